// Row 4: numbers appear in the DOM → the overlay shows them. Each run opens the profile URL served as an empty
// app shell (the content script starts, finds nothing, shows "reading"), then puts the saved page's nodes into
// the document in one step and measures, inside the page, from the moment they are in until the overlay's
// cl-followers carries a value.

import { pageLang, SAMPLES, sampleHtml } from '../harness/samples.ts';
import type { Served } from './browsers.ts';
import { type Spread, spread } from './stats.ts';

/** The site's empty app shell; like the real ones it already declares the page's language. */
const shell = (lang: string) =>
  `<!doctype html><html lang="${lang}"><head><title>loading</title></head><body><div id="app"></div></body></html>`;
const HOST = '[data-testid="creator-lens-overlay"]';

/** Runs in the page (a string: tsx's helpers must not leak into page code). Returns ms, NaN on timeout. */
const MEASURE = `async (html, host) => {
  const overlay = document.querySelector(host);
  const shadow = overlay && overlay.shadowRoot;
  if (!shadow) return -1;
  function shown() {
    const el = shadow.querySelector('[data-testid="cl-followers"]');
    return Boolean(el && el.getAttribute('data-value'));
  }
  const saved = new DOMParser().parseFromString(html, 'text/html');
  const done = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (shown()) { observer.disconnect(); resolve(performance.now()); }
    });
    observer.observe(shadow, { subtree: true, childList: true, attributes: true });
    setTimeout(() => resolve(NaN), 5000);
  });
  const t0 = performance.now();
  document.title = saved.title;
  document.head.append(...Array.from(saved.head.childNodes).map((n) => document.importNode(n, true)));
  document.body.append(...Array.from(saved.body.childNodes).map((n) => document.importNode(n, true)));
  // The numbers are in the DOM from here; building the page (the site's own work) is reported, not counted.
  const t1 = performance.now();
  return [(await done) - t1, t1 - t0];
}`;

/** The same step without the extension: how long the page's own work keeps its main thread busy after it. */
const PAGE_ALONE = `async (html) => {
  const saved = new DOMParser().parseFromString(html, 'text/html');
  document.title = saved.title;
  document.head.append(...Array.from(saved.head.childNodes).map((n) => document.importNode(n, true)));
  document.body.append(...Array.from(saved.body.childNodes).map((n) => document.importNode(n, true)));
  const t1 = performance.now();
  return (await new Promise((resolve) => setTimeout(() => resolve(performance.now()), 0))) - t1;
}`;

export interface LatencyRow {
  sample: string;
  ms: Spread;
  /** Putting the page's nodes into the document (the site's work, before the numbers are there). */
  appendMs: Spread;
  /** Baseline, plain Chromium: from the same moment until the page's own work lets a task run. */
  pageBusyMs: Spread;
  failed: number;
}

export async function overlayLatencies(ext: Served, plain: Served, runs: number): Promise<LatencyRow[]> {
  const rows: LatencyRow[] = [];
  for (const sample of SAMPLES) {
    const html = sampleHtml(sample);
    const times: number[] = [];
    const appends: number[] = [];
    const busy: number[] = [];
    let failed = 0;
    for (let run = 0; run < runs; run++) {
      const url = `${sample.url}${sample.url.includes('?') ? '&' : '?'}clbench=${run}`;
      ext.server.add(url, shell(pageLang(html)));
      const page = await ext.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.locator(HOST).waitFor({ state: 'attached', timeout: 10_000 });
      await page.waitForTimeout(600); // the first read (nothing there) and its debounce are over
      const measured = await page.evaluate(`(${MEASURE})(${JSON.stringify(html)}, ${JSON.stringify(HOST)})`);
      const [ms, append] = Array.isArray(measured) ? measured.map(Number) : [Number.NaN, Number.NaN];
      if (ms !== undefined && append !== undefined && Number.isFinite(ms) && ms >= 0) {
        times.push(ms);
        appends.push(append);
      } else failed++;
      await page.close();
      plain.server.add(url, shell(pageLang(html)));
      const alone = await plain.context.newPage();
      await alone.goto(url, { waitUntil: 'load' });
      busy.push(Number(await alone.evaluate(`(${PAGE_ALONE})(${JSON.stringify(html)})`)));
      await alone.close();
    }
    rows.push({ sample: sample.name, ms: spread(times), appendMs: spread(appends), pageBusyMs: spread(busy), failed });
  }
  return rows;
}
