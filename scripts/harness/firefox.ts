// Launches a real Firefox (Debian firefox-esr) with dist/firefox installed as a temporary add-on, over
// WebDriver BiDi with puppeteer-core (facts checked in ../shared/design/TOOLCHAIN.md "A real Firefox in tests").
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../src/manifest.config.ts';
import { ROOT } from './chromium.ts';
import type { SavedPages } from './serve.ts';

export const FIREFOX_DIST = join(ROOT, 'dist/firefox');
/** Fixed so tests know the extension's origin before installing it (pref `extensions.webextensions.uuids`). */
export const FIREFOX_EXTENSION_UUID = '6f1c2a4e-8b3d-4c5e-9f70-c1e4a2b3d5f6';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

export function firefoxPath(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

export interface FirefoxWithExtension {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(
  options: { headless?: boolean; dist?: string; prefs?: Record<string, unknown> } = {},
): Promise<FirefoxWithExtension> {
  const dist = options.dist ?? FIREFOX_DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} is not built: run npm run build`);
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('no Firefox found: apt-get install -y firefox-esr, or set FIREFOX_PATH');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    protocol: 'webDriverBiDi',
    defaultViewport: { width: 1280, height: 860 },
    // Without it moz-extension:// pages do not open under remote control.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      ...options.prefs,
    },
  });
  try {
    await browser.installExtension(dist);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, close: () => browser.close() };
}

/** Answers the page's requests from the saved pages; everything else is aborted (no network). */
export async function serveSavedPages(page: Page, pages: SavedPages): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const answer = pages.answer(request.url(), request.isNavigationRequest());
    const done = answer ? request.respond({ ...answer, contentType: answer.headers['content-type'] }) : request.abort();
    // A request can be cancelled by the page first; nothing left to answer then.
    void done.catch(() => undefined);
  });
}

/**
 * Opens (or reloads) a moz-extension:// page in `page`. 2026-11, Firefox ESR 153: `page.goto` and
 * `page.reload` on an extension page never resolve (Mozilla bug 1755014), so the navigation is started
 * without waiting and the new document is awaited: the old one is marked, the new one has no mark.
 */
export async function gotoExtensionPage(page: Page, path: string, timeout = 10_000): Promise<void> {
  const url = `${FIREFOX_EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`;
  await page.evaluate(() => {
    (globalThis as { __e2eLeft?: boolean }).__e2eLeft = true;
  });
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  // Poll by hand: while the document is being replaced, a BiDi evaluate can fail outright
  // ("right-hand side of 'in' should be an object, got null", seen in CI 2026-11); that is "not yet", not a failure.
  const deadline = Date.now() + timeout;
  for (;;) {
    const arrived = await page
      .evaluate(
        (target: string) =>
          location.href === target &&
          !(globalThis as { __e2eLeft?: boolean }).__e2eLeft &&
          document.readyState === 'complete',
        url,
      )
      .catch(() => false);
    if (arrived) return;
    if (Date.now() > deadline) throw new Error(`the extension page ${url} did not load within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
