// The driver over a real Firefox (ESR) + puppeteer-core over WebDriver BiDi, dist/firefox as a temporary add-on.

import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ElementHandle, KeyInput, Page } from 'puppeteer-core';
import {
  type FirefoxWithExtension,
  firefoxPath,
  gotoExtensionPage,
  launchFirefoxWithExtension,
  serveSavedPages,
} from '../../../scripts/harness/firefox.ts';
import { SavedPages } from '../../../scripts/harness/serve.ts';
import { evaluateInCardBidi } from './card-bidi.ts';
import { pollCard } from './card-call.ts';
import { CARD_IDS, clickPointInRoot, erased, markByRoleInPage, overlayReadyInRoot, readCardInRoot } from './in-page.ts';
import type { Capabilities, DriverFactory, DriverPage, ExtensionDriver, FoundBrowser, Target } from './types.ts';
import { browserVersion } from './version.ts';

const CAPABILITIES: Capabilities = {
  restartKeepsProfile: false,
  withholdHostAccess: true,
  backgroundErrors: false,
  firesCommands: false,
  emulatesColorScheme: false,
  watchesExtensionRequests: false,
};

/**
 * Without this pref Firefox answers permissions.request with a doorhanger prompt that nothing can accept
 * in headless automation (the request just stays pending); with it, a request made in a user gesture is
 * granted at once. Checked on ESR 153.
 */
export const FIREFOX_TEST_PREFS = { 'extensions.webextOptionalPermissionPrompts': false };

const POPUP = 'src/popup/index.html';

export const firefoxFactory: DriverFactory = {
  name: 'firefox',
  capabilities: CAPABILITIES,
  find(): FoundBrowser | null {
    const path = firefoxPath();
    if (!path) return null;
    const name = basename(path).includes('esr') ? 'firefox-esr' : 'firefox';
    return { name: 'firefox', label: `${name} ${browserVersion(path)}`, path };
  },
  launch: launchFirefoxDriver,
};

async function launchFirefoxDriver(): Promise<ExtensionDriver> {
  const pages = new SavedPages();
  const firefox: FirefoxWithExtension = await launchFirefoxWithExtension({ prefs: FIREFOX_TEST_PREFS });
  let extensionPage: Page | null = null;

  const newTab = async (): Promise<Page> => {
    const page = await firefox.browser.newPage();
    await serveSavedPages(page, pages);
    return page;
  };
  const extensionPageNow = async (): Promise<Page> => {
    if (extensionPage && !extensionPage.isClosed()) return extensionPage;
    extensionPage = await firefox.browser.newPage();
    await gotoExtensionPage(extensionPage, POPUP);
    return extensionPage;
  };

  return {
    name: 'firefox',
    capabilities: CAPABILITIES,
    serve: (url, html) => pages.add(url, html),
    serveData: (url, body, contentType) => pages.addData(url, body, contentType),
    async openProfile(url, viewport) {
      const page = await newTab();
      const errors = pageErrorsOf(page);
      if (viewport) await page.setViewport(viewport);
      await page.goto(url);
      return wrap(page, errors);
    },
    async openPopup(query = '', { viewport, scheme } = {}) {
      const page = await firefox.browser.newPage();
      const errors = pageErrorsOf(page);
      if (scheme)
        throw new Error('Firefox here cannot emulate prefers-color-scheme (capabilities.emulatesColorScheme)');
      if (viewport) await page.setViewport(viewport);
      await gotoExtensionPage(page, `${POPUP}${query}`);
      return wrap(page, errors);
    },
    async evaluateInExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
      return (await (await extensionPageNow()).evaluate(erased(fn), arg)) as R;
    },
    async evaluateInBackground() {
      throw new Error('Firefox here cannot run code in the background (capabilities.watchesExtensionRequests)');
    },
    watchRequests() {
      throw new Error("Firefox here intercepts per tab and cannot see the background's requests");
    },
    async readExtensionStorage() {
      return (await extensionPageNow()).evaluate(() => browser.storage.local.get(null));
    },
    backgroundErrors: () => [],
    async fireCommand() {
      throw new Error('Firefox offers no way to fire a manifest command from outside');
    },
    async restart() {
      throw new Error('Firefox profiles do not persist across launches in this harness');
    },
    close: () => firefox.close(),
  };
}

function pageErrorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    const message = error instanceof Error ? error.message : String(error);
    // BiDi reports as page errors Firefox's notes on the saved pages' own CSP (script-src 'none'), which are not ours.
    if (!message.startsWith('Content-Security-Policy:')) errors.push(message);
  });
  return errors;
}

function wrap(page: Page, errors: string[]): DriverPage {
  let marks = 0;
  return {
    browser: 'firefox',
    async evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
      return (await page.evaluate(erased(fn), arg)) as R;
    },
    async waitUntil<A>(fn: (arg: A) => unknown, arg: A, timeoutMs = 10_000) {
      await page.waitForFunction(erased(fn), { timeout: timeoutMs, polling: 50 }, arg);
    },
    evaluateScript: (expression) => page.evaluate(expression),
    async press(key) {
      // puppeteer presses one key at a time: hold the modifiers of "Shift+Tab" around the last one.
      const keys = key.split('+') as KeyInput[];
      const last = keys.pop() as KeyInput;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(last);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    // script.getRealms lists the page's window realm only, never an extension's content-script sandbox.
    contentScriptInjected: async () => null,
    inCard: (fn, arg) => evaluateInCardBidi(page, fn, arg),
    async waitUntilCard(fn, arg, timeoutMs = 10_000) {
      await pollCard(() => evaluateInCardBidi(page, fn, arg), timeoutMs, 'the card');
    },
    async waitForOverlay(profile, { withFollowers = false, timeoutMs = 10_000 } = {}) {
      const want = { profile: profile ?? null, withFollowers };
      await pollCard(() => evaluateInCardBidi(page, overlayReadyInRoot, want), timeoutMs, `the overlay of ${profile}`);
    },
    readCard: () => evaluateInCardBidi(page, readCardInRoot, CARD_IDS),
    async clickInOverlay(testId) {
      // Selectors cannot pierce the closed root: a real mouse click where the card draws the button.
      const at = await pollCard(() => evaluateInCardBidi(page, clickPointInRoot, testId), 10_000, testId);
      await page.mouse.click(at.x, at.y);
    },
    async click(target: Target) {
      if (typeof target === 'string') return page.locator(target).click();
      marks += 1;
      const mark = String(marks);
      // The popup renders after its first messages arrive: wait for the control, as Playwright's getByRole does.
      const want = { role: target.role, source: target.name.source, flags: target.name.flags, mark };
      let found = false;
      for (const deadline = Date.now() + 10_000; !found && Date.now() < deadline; ) {
        found = Boolean(await page.evaluate(markByRoleInPage, want));
        if (!found) await new Promise((done) => setTimeout(done, 100));
      }
      if (!found) throw new Error(`no ${target.role} named ${target.name}`);
      await page.locator(`[data-e2e-click="${mark}"]`).click();
    },
    async setInputFiles(selector, paths) {
      const input = await page.waitForSelector(selector);
      if (!input) throw new Error(`no ${selector}`);
      // WebDriver BiDi input.setFiles, which fires input and change as a user's choice does.
      await (input as ElementHandle<HTMLInputElement>).uploadFile(...paths);
      await input.dispose();
    },
    async goto(url) {
      await page.goto(url);
    },
    gotoPopup: (query = '') => gotoExtensionPage(page, `${POPUP}${query}`),
    bringToFront: () => page.bringToFront(),
    pageErrors: () => [...errors],
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
    async saveEvidence(base) {
      writeFileSync(`${base}.html`, await page.content());
      await page.screenshot({ path: `${base}.png` });
    },
    close: () => page.close(),
  };
}

declare const browser: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
