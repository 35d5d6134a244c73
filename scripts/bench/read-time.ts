// Row 3: main-thread time of reading a profile, in the real page. The readers are bundled (bench-only IIFE in
// .tmp/bench) and evaluated in each saved page; each load times one cold read (parses the embedded JSON) and
// then warm re-reads (what the content script does on every DOM change).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { localeFacts } from '../../src/core/parse-count/locale-facts.ts';
import { ROOT } from '../harness/chromium.ts';
import { pageLang, SAMPLES, sampleHtml } from '../harness/samples.ts';
import type { Served } from './browsers.ts';
import { type Spread, spread } from './stats.ts';

const OUT = join(ROOT, '.tmp/bench');

export async function buildReadersBundle(): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir: OUT,
      emptyOutDir: false,
      minify: true,
      lib: {
        entry: join(ROOT, 'scripts/bench/readers-entry.ts'),
        formats: ['iife'],
        name: 'CreatorLensBench',
        fileName: () => 'readers.iife.js',
      },
    },
  });
  return readFileSync(join(OUT, 'readers.iife.js'), 'utf8');
}

export interface ReadTimeRow {
  sample: string;
  first: Spread;
  /** The first read's main-thread CPU time (ThreadTime), without an empty evaluate's own. */
  firstCpu: Spread;
  warm: Spread;
  /** A fresh copy of the page read with warm code: JSON parsed again, code and parser tables warm. */
  newDocWarmCode: Spread;
  /** Where the page hands its data to the worker: the worker's half of the first read (another thread). */
  worker: Spread | null;
  followers: number | null;
}

type Reads = { ms: number[]; cloneMs: number[]; ok: boolean; followers: number | null };
type Bench = {
  timeReads(n: number, clones: number, facts: string | null, finish: boolean): Reads;
  timeWorkerHalf(): number | null;
};

/** `n` reads of the live page and `clones` of fresh copies, inside the page (readers-entry.ts). */
function timeIn(page: Page, n: number, clones: number, facts: string | null, finish = true): Promise<Reads> {
  return page.evaluate(
    ([runs, copies, json, done]) =>
      (globalThis as unknown as { CreatorLensBench: Bench }).CreatorLensBench.timeReads(runs, copies, json, done),
    [n, clones, facts, finish] as const,
  );
}

/** The worker's half of the read just handed over (null where the page reads its document itself). */
function workerHalfIn(page: Page): Promise<number | null> {
  return page.evaluate(() => (globalThis as unknown as { CreatorLensBench: Bench }).CreatorLensBench.timeWorkerHalf());
}

export async function readTimes(plain: Served, bundle: string, runs: number): Promise<ReadTimeRow[]> {
  const rows: ReadTimeRow[] = [];
  for (const sample of SAMPLES) {
    const first: number[] = [];
    const firstCpu: number[] = [];
    const warm: number[] = [];
    const cloned: number[] = [];
    const worker: number[] = [];
    let followers: number | null = null;
    // What the content script gets from the background before its first read (learnt in Node's Intl here).
    const facts = JSON.stringify(localeFacts(pageLang(sampleHtml(sample))));
    for (let i = 0; i < runs; i++) {
      const page = await plain.context.newPage();
      await page.goto(sample.url, { waitUntil: 'load' });
      // Runtime.evaluate is not subject to the page's CSP (the saved pages forbid scripts).
      await page.evaluate(`${bundle};globalThis.CreatorLensBench = CreatorLensBench; 0`);
      // Thread CPU of the renderer's main thread (CDP Performance.getMetrics ThreadTime) around the first read,
      // less that of an empty evaluate in the same page: the work itself, without the time the thread waited for a
      // core on this shared machine (which the wall-clock figure includes).
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const threadMs = async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
      };
      const e0 = await threadMs();
      await page.evaluate(() => 0);
      const e1 = await threadMs();
      const once = await timeIn(page, 1, 0, facts, false);
      const e2 = await threadMs();
      firstCpu.push(e2 - e1 - (e1 - e0));
      const workerMs = await workerHalfIn(page);
      if (workerMs !== null) worker.push(workerMs);
      const rest = await timeIn(page, 20, 5, null);
      if (!rest.ok) throw new Error(`${sample.name}: the readers did not read the page in the browser`);
      followers = rest.followers;
      first.push(once.ms[0] ?? Number.NaN);
      warm.push(...rest.ms);
      cloned.push(...rest.cloneMs);
      await cdp.detach();
      await page.close();
    }
    rows.push({
      sample: sample.name,
      first: spread(first),
      firstCpu: spread(firstCpu),
      warm: spread(warm),
      newDocWarmCode: spread(cloned),
      worker: worker.length > 0 ? spread(worker) : null,
      followers,
    });
  }
  return rows;
}
