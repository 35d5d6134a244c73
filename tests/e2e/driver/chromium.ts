// The driver over Chromium + playwright-core: dist/chrome in a persistent context (scripts/harness/chromium.ts), the
// served pages under their real hostnames (scripts/harness/serve.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page, Request } from 'playwright-core';
import { chromiumPath, type ExtensionBrowser, launchWithExtension } from '../../../scripts/harness/chromium.ts';
import { PageServer } from '../../../scripts/harness/serve.ts';
import { pollCard } from './card-call.ts';
import { evaluateInCardCdp, extensionWorldCdp } from './card-cdp.ts';
import { CARD_IDS, clickPointInRoot, erased, overlayReadyInRoot, readCardInRoot } from './in-page.ts';
import type {
  Capabilities,
  DriverFactory,
  DriverPage,
  ExtensionDriver,
  FoundBrowser,
  RequestWatch,
  Target,
} from './types.ts';
import { browserVersion } from './version.ts';

const CAPABILITIES: Capabilities = {
  restartKeepsProfile: true,
  withholdHostAccess: false,
  backgroundErrors: true,
  firesCommands: true,
  emulatesColorScheme: true,
  watchesExtensionRequests: true,
};

export const chromiumFactory: DriverFactory = {
  name: 'chromium',
  capabilities: CAPABILITIES,
  find(): FoundBrowser | null {
    let path: string;
    try {
      path = chromiumPath();
    } catch {
      return null;
    }
    return { name: 'chromium', label: `chromium ${browserVersion(path)}`, path };
  },
  launch: launchChromiumDriver,
};

interface Session {
  browser: ExtensionBrowser;
  server: PageServer;
}

async function openSession(options: { userDataDir?: string } = {}): Promise<Session> {
  const browser = await launchWithExtension(options);
  const server = new PageServer(browser.context);
  await server.start();
  return { browser, server };
}

/** The pid of the Chromium main process using `userDataDir` (ours: the folder is unique to this run). */
function browserPid(userDataDir: string): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.includes(`--user-data-dir=${userDataDir}`) && !args.some((a) => a.startsWith('--type='))) {
        return Number(entry);
      }
    } catch {
      // the process ended while we looked
    }
  }
  return null;
}

async function launchChromiumDriver(): Promise<ExtensionDriver> {
  const served = new Map<string, string>();
  const servedData = new Map<string, { body: string; contentType: string | undefined }>();
  let session = await openSession();
  let extensionPage: Page | null = null;

  const popupUrl = (query = '') => `chrome-extension://${session.browser.extensionId}/src/popup/index.html${query}`;
  const extensionPageNow = async (): Promise<Page> => {
    if (extensionPage && !extensionPage.isClosed()) return extensionPage;
    extensionPage = await session.browser.context.newPage();
    await extensionPage.goto(popupUrl());
    return extensionPage;
  };

  return {
    name: 'chromium',
    capabilities: CAPABILITIES,
    serve(url, html) {
      served.set(url, html);
      session.server.add(url, html);
    },
    serveData(url, body, contentType) {
      servedData.set(url, { body, contentType });
      session.server.addData(url, body, contentType);
    },
    async openProfile(url, viewport) {
      const page = await session.browser.context.newPage();
      const errors = pageErrorsOf(page);
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(url);
      return wrap(page, popupUrl, session.browser.extensionId, errors);
    },
    async openPopup(query = '', { viewport, scheme } = {}) {
      const page = await session.browser.context.newPage();
      const errors = pageErrorsOf(page);
      if (scheme) await page.emulateMedia({ colorScheme: scheme });
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(popupUrl(query));
      return wrap(page, popupUrl, session.browser.extensionId, errors);
    },
    async evaluateInExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
      return (await (await extensionPageNow()).evaluate(erased(fn), arg)) as R;
    },
    async evaluateInBackground<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
      return (await session.browser.worker.evaluate(erased(fn), arg)) as R;
    },
    watchRequests() {
      const { context, extensionId } = session.browser;
      const onRequest = (request: Request) => {
        const url = request.url();
        if (!/^https?:/.test(url)) return;
        watch.seen.push(url);
        const frameUrl = frameUrlOf(request);
        const byWorker = request.serviceWorker() !== null;
        const headers = request.headers();
        const initiator = `${headers.origin ?? ''} ${headers.referer ?? ''}`;
        if (byWorker || frameUrl.startsWith('chrome-extension://') || initiator.includes(extensionId)) {
          watch.fromExtension.push(`${byWorker ? 'worker' : frameUrl} → ${url}`);
        }
      };
      const watch: RequestWatch = { seen: [], fromExtension: [], stop: () => context.off('request', onRequest) };
      context.on('request', onRequest);
      return watch;
    },
    readExtensionStorage() {
      return session.browser.worker.evaluate(() => chrome.storage.local.get(null));
    },
    backgroundErrors: () => session.browser.workerErrors,
    async fireCommand(name) {
      await session.browser.worker.evaluate(async (command) => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        chrome.commands.onCommand.dispatch(command, tab);
      }, name);
    },
    async restart({ kill = false } = {}) {
      extensionPage = null;
      const userDataDir = session.browser.userDataDir;
      if (kill) {
        const pid = browserPid(userDataDir);
        if (pid === null) throw new Error(`no Chromium process uses ${userDataDir}`);
        process.kill(pid, 'SIGKILL');
        // Closing what is left of a killed browser fails: expected.
        await session.browser.close({ keepProfile: true }).catch(() => undefined);
      } else await session.browser.close({ keepProfile: true });
      session = await openSession({ userDataDir });
      for (const [url, html] of served) session.server.add(url, html);
      for (const [url, { body, contentType }] of servedData) session.server.addData(url, body, contentType);
    },
    close: () => session.browser.close(),
  };
}

/** The frame a request came from; a service worker's request has none. */
function frameUrlOf(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

function pageErrorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

function wrap(page: Page, popupUrl: (query?: string) => string, extensionId: string, errors: string[]): DriverPage {
  return {
    browser: 'chromium',
    async evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
      return (await page.evaluate(erased(fn), arg)) as R;
    },
    async waitUntil<A>(fn: (arg: A) => unknown, arg: A, timeoutMs = 10_000) {
      await page.waitForFunction(erased(fn), arg, { timeout: timeoutMs, polling: 50 });
    },
    evaluateScript: (expression) => page.evaluate(expression),
    press: (key) => page.keyboard.press(key),
    contentScriptInjected: () => extensionWorldCdp(page, extensionId),
    inCard: (fn, arg) => evaluateInCardCdp(page, fn, arg),
    async waitUntilCard(fn, arg, timeoutMs = 10_000) {
      await pollCard(() => evaluateInCardCdp(page, fn, arg), timeoutMs, 'the card');
    },
    async waitForOverlay(profile, { withFollowers = false, timeoutMs = 10_000 } = {}) {
      const want = { profile: profile ?? null, withFollowers };
      await pollCard(() => evaluateInCardCdp(page, overlayReadyInRoot, want), timeoutMs, `the overlay of ${profile}`);
    },
    readCard: () => evaluateInCardCdp(page, readCardInRoot, CARD_IDS),
    async clickInOverlay(testId) {
      // Selectors cannot pierce the closed root: a real mouse click where the card draws the button.
      const at = await pollCard(() => evaluateInCardCdp(page, clickPointInRoot, testId), 10_000, testId);
      await page.mouse.click(at.x, at.y);
    },
    async click(target: Target) {
      if (typeof target === 'string') return page.locator(target).first().click();
      await page.getByRole(target.role as Parameters<Page['getByRole']>[0], { name: target.name }).click();
    },
    async setInputFiles(selector, paths) {
      await page.locator(selector).setInputFiles(paths);
    },
    async goto(url) {
      await page.goto(url);
    },
    async gotoPopup(query = '') {
      await page.goto(popupUrl(query));
    },
    bringToFront: () => page.bringToFront(),
    pageErrors: () => [...errors],
    sleep: (ms) => page.waitForTimeout(ms),
    async saveEvidence(base) {
      writeFileSync(`${base}.html`, await page.content());
      await page.screenshot({ path: `${base}.png` });
    },
    close: () => page.close(),
  };
}

declare const chrome: {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
  tabs: { query(q: object): Promise<unknown[]> };
  commands: { onCommand: { dispatch(command: string, tab: unknown): void } };
};
