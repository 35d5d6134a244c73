// Row 4: numbers appear in the DOM → the overlay shows them. Each run opens the profile URL served as the site's
// app shell (the content script starts, finds nothing, shows "reading"), then puts the saved page's nodes into
// the document in one step and measures, inside the page, from the moment they are in until the overlay shows
// the follower count (cl-scoring or cl-followers carries a value), and until the scored card does (cl-followers). The shell carries the page's style sheets, as a site's app shell does when it
// navigates in-app (the marketer going from one profile to the next); the step brings the rest of the head
// (metadata) and the body. The same step with the style sheets arriving in it too (an empty shell, as this row
// was measured until the sixth session) is reported beside it.

import { evaluateInCardCdp } from '../../tests/e2e/driver/card-cdp.ts';
import { pageLang, SAMPLES, sampleHtml } from '../harness/samples.ts';
import type { Served } from './browsers.ts';
import { type Spread, spread } from './stats.ts';

/** The site's app shell; like the real ones it declares the page's language, and it may carry the page's styles. */
const shell = (lang: string, styles: string) =>
  `<!doctype html><html lang="${lang}"><head><title>loading</title>${styles}</head><body><div id="app"></div></body></html>`;
const HOST = '[data-testid="creator-lens-overlay"]';

/** The saved page's style sheets (inline styles and stylesheet links), which an app shell already holds. */
function styleSheets(html: string): string {
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  return (head.match(/<style[^>]*>[\s\S]*?<\/style>|<link[^>]*rel=["']?stylesheet[^>]*>/gi) ?? []).join('');
}

/** In the page (a string: tsx's helpers must not leak into page code): the step, minus the shell's own styles. */
const INSERT = `function insert(html, shellHasStyles) {
  const saved = new DOMParser().parseFromString(html, 'text/html');
  const isStyle = (n) => n.nodeName === 'STYLE' || (n.nodeName === 'LINK' && /stylesheet/i.test(n.getAttribute('rel') || ''));
  const head = Array.from(saved.head.childNodes).filter((n) => !(shellHasStyles && isStyle(n)));
  document.title = saved.title;
  document.head.append(...head.map((n) => document.importNode(n, true)));
  document.body.append(...Array.from(saved.body.childNodes).map((n) => document.importNode(n, true)));
}`;

/**
 * Runs in the page. Returns [ms until the overlay shows the follower count, ms until the scored card shows it
 * (NaN on timeout), ms the step took]. The count may come first, alone (cl-scoring: the page read it exactly),
 * or with the score (cl-followers: the worker's answer).
 */
const MEASURE = `async (shadow, [html, shellHasStyles]) => {
  ${INSERT}
  function has(id) {
    const el = shadow.querySelector('[data-testid="' + id + '"]');
    return Boolean(el && el.getAttribute('data-value'));
  }
  let counted = NaN;
  const done = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const now = performance.now();
      if (Number.isNaN(counted) && (has('cl-scoring') || has('cl-followers'))) counted = now;
      if (has('cl-followers')) { observer.disconnect(); resolve(now); }
    });
    observer.observe(shadow, { subtree: true, childList: true, attributes: true });
    setTimeout(() => resolve(NaN), 5000);
  });
  const t0 = performance.now();
  insert(html, shellHasStyles);
  // The numbers are in the DOM from here; building the page (the site's own work) is reported, not counted.
  const t1 = performance.now();
  const scored = await done;
  return [counted - t1, scored - t1, t1 - t0];
}`;

/** The same step without the extension: how long the page's own work keeps its main thread busy after it. */
const PAGE_ALONE = `async (html, shellHasStyles) => {
  ${INSERT}
  insert(html, shellHasStyles);
  const t1 = performance.now();
  return (await new Promise((resolve) => setTimeout(() => resolve(performance.now()), 0))) - t1;
}`;

export interface Latency {
  /** Until the overlay shows the follower count: alone first when the page read it exactly, else with the score. */
  ms: Spread;
  /** Until the scored card (tier, engagement, verdict) shows it: the worker's answer, drawn. */
  scoredMs: Spread;
  /** Putting the page's nodes into the document (the site's work, before the numbers are there). */
  appendMs: Spread;
  /** Baseline, plain Chromium: from the same moment until the page's own work lets a task run. */
  pageBusyMs: Spread;
  failed: number;
}

export interface LatencyRow extends Latency {
  sample: string;
  /** The same with the style sheets arriving in the step (an empty shell). */
  stylesInStep: Latency;
}

/** One model of the step, `runs` times, alternating with and without the extension. */
async function latency(
  ext: Served,
  plain: Served,
  html: string,
  url: (run: number) => string,
  shellHasStyles: boolean,
  runs: number,
): Promise<Latency> {
  const times: number[] = [];
  const scoredTimes: number[] = [];
  const appends: number[] = [];
  const busy: number[] = [];
  let failed = 0;
  const page0 = shell(pageLang(html), shellHasStyles ? styleSheets(html) : '');
  for (let run = 0; run < runs; run++) {
    const at = url(run);
    ext.server.add(at, page0);
    const page = await ext.context.newPage();
    await page.goto(at, { waitUntil: 'load' });
    await page.locator(HOST).waitFor({ state: 'attached', timeout: 10_000 });
    await page.waitForTimeout(600); // the first read (nothing there) and its debounce are over
    // The card's root is closed: the step runs with it through the debugger (as the e2e tests read it).
    const measured = await evaluateInCardCdp(page, MEASURE, [html, shellHasStyles]);
    const [ms, scored, append] = Array.isArray(measured) ? measured.map(Number) : [];
    if (ms !== undefined && scored !== undefined && append !== undefined && Number.isFinite(scored) && ms >= 0) {
      times.push(ms);
      scoredTimes.push(scored);
      appends.push(append);
    } else failed++;
    await page.close();
    plain.server.add(at, page0);
    const alone = await plain.context.newPage();
    await alone.goto(at, { waitUntil: 'load' });
    busy.push(Number(await alone.evaluate(`(${PAGE_ALONE})(${JSON.stringify(html)}, ${shellHasStyles})`)));
    await alone.close();
  }
  return {
    ms: spread(times),
    scoredMs: spread(scoredTimes),
    appendMs: spread(appends),
    pageBusyMs: spread(busy),
    failed,
  };
}

export async function overlayLatencies(ext: Served, plain: Served, runs: number): Promise<LatencyRow[]> {
  const rows: LatencyRow[] = [];
  for (const sample of SAMPLES) {
    const html = sampleHtml(sample);
    const url = (model: string) => (run: number) =>
      `${sample.url}${sample.url.includes('?') ? '&' : '?'}clbench=${model}${run}`;
    const inShell = await latency(ext, plain, html, url('s'), true, runs);
    const stylesInStep = await latency(ext, plain, html, url('e'), false, runs);
    rows.push({ sample: sample.name, ...inShell, stylesInStep });
  }
  return rows;
}
