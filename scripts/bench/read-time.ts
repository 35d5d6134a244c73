// Row 3: main-thread time of reading a profile, in the real page. The readers are bundled (bench-only IIFE in
// .tmp/bench) and injected as the content script of a copy of the built extension (its real worker, no other
// content script), so a read that hands its data to the worker really sends it (chrome.runtime.sendMessage
// serialises on the page's thread) and nothing of ours ran in the page before: each load times one cold read
// (first run of the code, regex compiles included) and then warm re-reads (what every DOM change costs).
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { build } from 'vite';
import { CHROME_DIST, type ExtensionBrowser, launchWithExtension, ROOT } from '../harness/chromium.ts';
import { pageDataScript, SAMPLES, sampleHtml } from '../harness/samples.ts';
import { PageServer } from '../harness/serve.ts';
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
  /** The main-world observer's answer to the content script's ask at start-up (its projection), where it ran. */
  ask: Spread | null;
  /** Projections the observer handed over before the first read, per load (the read sends them). */
  handedOver: number;
  /** Where the page hands its data to the worker: the worker's half of the first read (another thread). */
  worker: Spread | null;
  followers: number | null;
}

type Reads = { ms: number[]; cloneMs: number[]; ok: boolean; followers: number | null; handedOver: number };

/**
 * The built extension with the readers bundle as its only content script (isolated world, at document_idle like
 * ours; its top level only defines CreatorLensBench), serving the saved pages.
 */
export async function readersExtension(bundle: string): Promise<Served & { ext: ExtensionBrowser }> {
  const dist = join(OUT, 'readers-extension');
  rmSync(dist, { recursive: true, force: true });
  cpSync(CHROME_DIST, dist, { recursive: true });
  writeFileSync(join(dist, 'bench-readers.js'), bundle);
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<{ js: string[]; matches: string[]; world?: string; run_at?: string }>;
  };
  // Our isolated-world scripts give way to the readers bundle; the main-world observers stay, as on a real page.
  manifest.content_scripts = [
    {
      js: ['bench-readers.js'],
      matches: manifest.content_scripts.filter((c) => c.world !== 'MAIN').flatMap((c) => c.matches),
      run_at: 'document_idle',
    },
    ...manifest.content_scripts.filter((c) => c.world === 'MAIN'),
  ];
  writeFileSync(join(dist, 'manifest.json'), JSON.stringify(manifest));
  const ext = await launchWithExtension({ dist });
  const server = new PageServer(ext.context);
  await server.start();
  for (const sample of SAMPLES) server.add(sample.url, sampleHtml(sample));
  return { context: ext.context, server, ext, close: () => ext.close() };
}

/** An expression's value in an execution context of the page (CDP: the content script's world is not Playwright's). */
async function evaluateIn<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId,
    returnByValue: true,
  });
  if (exceptionDetails)
    throw new Error(`bench readers: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}

/** The id of the extension's content-script world in the page's main frame (its origin is the extension's). */
async function contentScriptWorld(cdp: CDPSession, extensionId: string): Promise<number> {
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }> = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await cdp.send('Runtime.enable'); // reports the contexts that already exist, then new ones
  for (let waited = 0; waited < 10_000; waited += 20) {
    const world = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`,
    );
    // Injected at document_idle: the world exists once the bundle's top level has run.
    if (world && (await evaluateIn(cdp, world.id, 'typeof CreatorLensBench')) === 'object') return world.id;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('bench readers: the readers content script is not in the page');
}

const call = (fn: string, ...args: unknown[]) =>
  `CreatorLensBench.${fn}(${args.map((a) => JSON.stringify(a)).join(', ')})`;

export async function readTimes(served: Served & { ext: ExtensionBrowser }, runs: number): Promise<ReadTimeRow[]> {
  const rows: ReadTimeRow[] = [];
  for (const sample of SAMPLES) {
    const first: number[] = [];
    const firstCpu: number[] = [];
    const warm: number[] = [];
    const cloned: number[] = [];
    const worker: number[] = [];
    const ask: number[] = [];
    let handedOver = 0;
    let followers: number | null = null;
    for (let i = 0; i < runs; i++) {
      const page = await served.context.newPage();
      const dataScript = pageDataScript(sampleHtml(sample));
      if (dataScript) await page.addInitScript({ content: dataScript });
      await page.goto(sample.url, { waitUntil: 'load' });
      const cdp = await served.context.newCDPSession(page);
      const world = await contentScriptWorld(cdp, served.ext.extensionId);
      // Thread CPU of the renderer's main thread (CDP Performance.getMetrics ThreadTime) around the first read,
      // less that of an empty evaluate in the same page: the work itself, without the time the thread waited for a
      // core on this shared machine (which the wall-clock figure includes).
      await cdp.send('Performance.enable');
      const threadMs = async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
      };
      const askMs = await evaluateIn<number | null>(cdp, world, call('prepare'));
      if (askMs !== null) ask.push(askMs);
      // prepare mounts the overlay: let the page style and paint it before the thread's CPU is sampled.
      await new Promise((resolve) => setTimeout(resolve, 150));
      const e0 = await threadMs();
      await evaluateIn(cdp, world, '0');
      const e1 = await threadMs();
      const once = await evaluateIn<Reads>(cdp, world, call('timeReads', 1, 0, false));
      handedOver = once.handedOver;
      const e2 = await threadMs();
      firstCpu.push(e2 - e1 - (e1 - e0));
      const workerMs = await evaluateIn<number | null>(cdp, world, call('timeWorkerHalf'));
      if (workerMs !== null) worker.push(workerMs);
      const rest = await evaluateIn<Reads>(cdp, world, call('timeReads', 20, 5, true));
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
      ask: ask.length > 0 ? spread(ask) : null,
      handedOver,
      followers,
    });
  }
  return rows;
}
