// One browser session per test file: Chromium with dist/chrome, saved pages served under real hostnames,
// and on a failed test the page's HTML and a screenshot written to artifacts/e2e/ for diagnosis.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, ROOT } from '../../scripts/harness/chromium.ts';
import { PageServer } from '../../scripts/harness/serve.ts';

export const ARTIFACTS = join(ROOT, 'artifacts/e2e');

export interface Session {
  browser: ExtensionBrowser;
  server: PageServer;
  popupUrl(profile?: string): string;
}

export async function openSession(options: { userDataDir?: string } = {}): Promise<Session> {
  const browser = await launchWithExtension(options);
  const server = new PageServer(browser.context);
  await server.start();
  return {
    browser,
    server,
    popupUrl: (profile) =>
      `chrome-extension://${browser.extensionId}/src/popup/index.html${profile ? `?profile=${encodeURIComponent(profile)}` : ''}`,
  };
}

/** Registers a failure hook that saves what `page` showed when the current test failed. */
export function keepEvidenceOnFailure(page: Page, name: string): void {
  onTestFailed(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const base = join(ARTIFACTS, name.replace(/[^\w.-]+/g, '_'));
    try {
      writeFileSync(`${base}.html`, await page.content());
      await page.screenshot({ path: `${base}.png`, fullPage: false });
    } catch (error) {
      writeFileSync(`${base}.error.txt`, String(error));
    }
  });
}
