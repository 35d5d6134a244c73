// Row 5: popup first render with 5,000 shortlist entries ÷ with 10. Two extension browsers, seeded through
// chrome.storage.local on an extension page, opened alternately; timed inside the popup from navigation start
// to the first shortlist row (the shortlist tab is clicked by an init script as soon as it exists), and on to the
// whole list being in (the count line's data-complete), reported beside it.
import type { Served } from './browsers.ts';
import { storageItems } from './records.ts';
import { alternating, type Spread, spread } from './stats.ts';

const WATCH = `
window.__clBench = new Promise((resolve) => {
  let clicked = null;
  const check = () => {
    const tab = Array.from(document.querySelectorAll('[role="tab"]')).find((b) => /shortlist|lista/i.test(b.textContent || ''));
    if (tab && clicked === null) { clicked = performance.now(); tab.click(); }
    if (row === null && document.querySelector('[data-testid="cl-shortlist-row"]')) row = performance.now();
    if (row !== null && document.querySelector('[data-testid="cl-shortlist-count"][data-complete="true"]')) {
      observer.disconnect();
      resolve({ row, full: performance.now(), clicked });
    }
  };
  let row = null;
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-complete'] });
  setTimeout(() => resolve({ row: row ?? NaN, full: NaN, clicked }), 30000);
});`;

type Popup = Served & { ext: { extensionId: string } };

const popupUrl = (b: Popup) => `chrome-extension://${b.ext.extensionId}/src/popup/index.html`;

/**
 * Replaces the extension's storage with `n` saved profiles; returns the bytes stored (JSON). Three recent posts
 * per record: with twelve (a TikTok profile shows 18) 5,000 records are 13 MB and storage.local refuses them
 * (kQuotaBytes, 10 MiB without unlimitedStorage; found by this bench, 2026).
 */
export async function seed(b: Popup, n: number): Promise<number> {
  const items = storageItems(n, 3);
  const page = await b.context.newPage();
  await page.goto(popupUrl(b));
  const error = await page.evaluate(async (data) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: ChromeArea } } }).chrome.storage.local;
    try {
      await api.clear();
      await api.set(data);
      return null;
    } catch (e) {
      return String(e);
    }
  }, items);
  await page.close();
  if (error) throw new Error(`seeding ${n} records failed: ${error}`);
  return JSON.stringify(items).length;
}

interface ChromeArea {
  clear(): Promise<void>;
  set(items: Record<string, unknown>): Promise<void>;
}

interface Opened {
  row: number;
  click: number;
  /** Navigation → the whole shortlist listed (filters, counts and select-all work on every row). */
  full: number;
}

async function firstRow(b: Popup): Promise<Opened> {
  const page = await b.context.newPage();
  await page.addInitScript(WATCH);
  await page.goto(popupUrl(b));
  const t = await page.evaluate(
    () =>
      (globalThis as unknown as { __clBench: Promise<{ row: number; full: number; clicked: number | null }> })
        .__clBench,
  );
  await page.close();
  return { row: t.row, full: t.full, click: t.row - (t.clicked ?? Number.NaN) };
}

export interface PopupResult {
  large: Spread;
  small: Spread;
  largeClick: Spread;
  smallClick: Spread;
  largeFull: Spread;
  smallFull: Spread;
  ratio: number;
  bytes: number;
}

export async function popupRender(large: Popup, small: Popup, runs: number, n = 5000): Promise<PopupResult> {
  const bytes = await seed(large, n);
  await seed(small, 10);
  await firstRow(large); // warm-up: the worker starts and migrates
  await firstRow(small);
  const [l, s] = await alternating(
    runs,
    () => firstRow(large),
    () => firstRow(small),
  );
  const large5000 = spread(l.map((x) => x.row));
  const small10 = spread(s.map((x) => x.row));
  return {
    large: large5000,
    small: small10,
    largeClick: spread(l.map((x) => x.click)),
    smallClick: spread(s.map((x) => x.click)),
    largeFull: spread(l.map((x) => x.full)),
    smallFull: spread(s.map((x) => x.full)),
    ratio: large5000.median / small10.median,
    bytes,
  };
}
