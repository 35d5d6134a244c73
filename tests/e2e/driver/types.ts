// The browser-neutral driver the e2e scenarios are written against once; one implementation per browser
// (chromium.ts over playwright-core, firefox.ts over puppeteer-core/WebDriver BiDi).
import type { CardFn } from './card-call.ts';

export type BrowserName = 'chromium' | 'firefox';

/** A browser found on this machine. */
export interface FoundBrowser {
  name: BrowserName;
  /** e.g. "chromium 156", "firefox-esr 153". */
  label: string;
  path: string;
}

/** What one browser allows, so scenarios that cannot run there are skipped by name, visibly. */
export interface Capabilities {
  /** The same profile folder can be reopened after a restart (Firefox: each launch is a fresh profile). */
  restartKeepsProfile: boolean;
  /** The extension's required host permissions can be removed at run time, as a user can (Firefox only). */
  withholdHostAccess: boolean;
  /** The extension's background console can be watched for errors (Chromium's service worker). */
  backgroundErrors: boolean;
  /**
   * A manifest command can be fired as its shortcut fires it (Chromium: commands.onCommand.dispatch in the worker;
   * headless browsers have no window accelerators, and Firefox offers no way in from outside).
   */
  firesCommands: boolean;
  /** A tab can be given the OS's light or dark scheme (Firefox: puppeteer's BiDi has no prefers-color-scheme). */
  emulatesColorScheme: boolean;
  /**
   * The requests the extension itself makes (its background, its pages) can be watched, and code run in its
   * background (Chromium: the context sees the service worker's requests; Firefox: interception here is per tab).
   */
  watchesExtensionRequests: boolean;
}

/** Every http(s) request since `watchRequests()` (`seen`), and those the extension itself made (`fromExtension`). */
export interface RequestWatch {
  readonly seen: string[];
  /** "worker → url" or "<extension page url> → url". */
  readonly fromExtension: string[];
  stop(): void;
}

/** The overlay card as the user sees it: its host's attributes and, by test id, texts and attributes. */
export interface Card {
  profile: string | null;
  shadowMode: string | null;
  /** test id → the first element's text (whitespace collapsed); absent ids are missing. */
  texts: Record<string, string>;
  /** test id → that element's attributes. */
  attributes: Record<string, Record<string, string>>;
  /** The card's whole text, to check what it must not show. */
  text: string;
}

export interface Viewport {
  width: number;
  height: number;
}

/** An element to click in ordinary (not shadow) DOM: a CSS selector, or a role and an accessible name. */
export type Target = string | { role: string; name: RegExp };

export interface DriverPage {
  readonly browser: BrowserName;
  /** Evaluates a script's text in the page (for code a transpiler must not touch: axe-core, walks with helpers). */
  evaluateScript(expression: string): Promise<unknown>;
  /** Presses a key as a user does ("Tab", "Shift+Tab", "Enter"): a trusted key event to the focused element. */
  press(key: string): Promise<void>;
  /** Runs `fn(arg)` in the page (serialised: no closures, no named inner functions). */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits until `fn(arg)` is truthy in the page. */
  waitUntil<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  /**
   * Whether the extension's content script was injected into the page's top frame, as the browser's debugging
   * protocol sees it (Chromium: its isolated world, named after the extension); null where the protocol cannot tell
   * (Firefox: WebDriver BiDi lists no content-script realms, ESR 153). The page itself never sees the question.
   */
  contentScriptInjected(): Promise<boolean | null>;
  /** Waits for the overlay of `profile` (or of any profile), with a follower value when `withFollowers`. */
  waitForOverlay(profile?: string, options?: { withFollowers?: boolean; timeoutMs?: number }): Promise<void>;
  /**
   * Runs `fn(root, arg)` in the page's main world with the overlay's shadow root, which is closed: the driver gets it
   * from the browser's debugging protocol, a path no page has (card-call.ts). Null when the page has no overlay.
   */
  inCard<A, R>(fn: CardFn<A, R>, arg: A): Promise<R | null>;
  /** Waits until `fn(root, arg)` is truthy in the overlay's shadow root. */
  waitUntilCard<A>(fn: CardFn<A, unknown>, arg: A, timeoutMs?: number): Promise<void>;
  /** The overlay card, or null when the page has none. */
  readCard(): Promise<Card | null>;
  /** A real (trusted) click on `[data-testid=testId]` inside the overlay's shadow root, at its place on screen. */
  clickInOverlay(testId: string): Promise<void>;
  /** A real (trusted) click, so it counts as a user gesture (permissions.request needs one). */
  click(target: Target): Promise<void>;
  /** Chooses files (paths on disk) in the `<input type=file>` at `selector`, as a user does: input and change fire. */
  setInputFiles(selector: string, paths: string[]): Promise<void>;
  /** Navigates this tab to a served URL (a profile page) and waits for it to load. */
  goto(url: string): Promise<void>;
  /** Navigates this page to another extension page (or reloads it) and waits for it to load. */
  gotoPopup(query?: string): Promise<void>;
  /** Makes this tab the active one of its window (the one a keyboard shortcut acts on). */
  bringToFront(): Promise<void>;
  /** Uncaught errors in the page's main world since the tab opened (the page's own code and our observer). */
  pageErrors(): string[];
  sleep(ms: number): Promise<void>;
  /** Writes the page's HTML and a screenshot to `base`.html / `base`.png. */
  saveEvidence(base: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionDriver {
  readonly name: BrowserName;
  readonly capabilities: Capabilities;
  /** `url` answers with `html` from now on (every other request is aborted: no network). */
  serve(url: string, html: string): void;
  /** The page's own fetch or XHR to exactly `url` answers with `body` (an API response); unserved ones fail. */
  serveData(url: string, body: string, contentType?: string): void;
  /** A new tab at a served URL; `viewport` (CSS pixels) when the window's size matters. */
  openProfile(url: string, viewport?: Viewport): Promise<DriverPage>;
  /** A new tab with the popup page, `?profile=` etc. from `query` ("" for none), at `viewport`, the OS in `scheme`. */
  openPopup(query?: string, options?: { viewport?: Viewport; scheme?: 'light' | 'dark' }): Promise<DriverPage>;
  /** Runs `fn(arg)` on an extension page (where `browser`/`chrome` extension APIs exist). */
  evaluateInExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Runs `fn(arg)` in the extension's background (capabilities.watchesExtensionRequests). */
  evaluateInBackground<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Starts recording requests (capabilities.watchesExtensionRequests). */
  watchRequests(): RequestWatch;
  /** Everything in the extension's storage.local. */
  readExtensionStorage(): Promise<Record<string, unknown>>;
  /** Errors the background logged since launch (empty unless capabilities.backgroundErrors). */
  backgroundErrors(): string[];
  /** Fires manifest command `name` with the active tab, as its keyboard shortcut does (capabilities.firesCommands). */
  fireCommand(name: string): Promise<void>;
  /**
   * Closes and relaunches on the same profile (only when capabilities.restartKeepsProfile); with `kill`, the browser
   * is killed first (SIGKILL: no shutdown, no flush), as a crash or a power cut leaves it.
   */
  restart(options?: { kill?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export interface DriverFactory {
  readonly name: BrowserName;
  readonly capabilities: Capabilities;
  find(): FoundBrowser | null;
  launch(): Promise<ExtensionDriver>;
}
