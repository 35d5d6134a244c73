// The browsers the bench compares: Chromium with the built extension (scripts/harness/chromium.ts) and plain
// Chromium with the same flags, both serving the saved pages offline (scripts/harness/serve.ts).
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath, type ExtensionBrowser, launchWithExtension } from '../harness/chromium.ts';
import { PageServer } from '../harness/serve.ts';

export interface Served {
  context: BrowserContext;
  server: PageServer;
  close(): Promise<void>;
}

export async function withExtension(): Promise<Served & { ext: ExtensionBrowser }> {
  const ext = await launchWithExtension();
  const server = new PageServer(ext.context);
  await server.start();
  return { context: ext.context, server, ext, close: () => ext.close() };
}

export async function withoutExtension(): Promise<Served> {
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const server = new PageServer(context);
  await server.start();
  return { context, server, close: () => browser.close() };
}

export function chromiumVersion(served: Served): string {
  return served.context.browser()?.version() ?? 'unknown';
}

/** Navigation start → end of the load event, from the page's own navigation timing (ms). */
export async function loadTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      if (nav && nav.loadEventEnd > 0) return nav.loadEventEnd - nav.startTime;
      await new Promise((r) => setTimeout(r, 10));
    }
    return Number.NaN;
  });
}
