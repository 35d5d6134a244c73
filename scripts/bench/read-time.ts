// Row 3: main-thread time of reading a profile, in the real page. The readers are bundled (bench-only IIFE in
// .tmp/bench) and evaluated in each saved page; each load times one cold read (parses the embedded JSON) and
// then warm re-reads (what the content script does on every DOM change).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  warm: Spread;
  /** A fresh copy of the page read with warm code: JSON parsed again, code and parser tables warm. */
  newDocWarmCode: Spread;
  followers: number | null;
}

export async function readTimes(plain: Served, bundle: string, runs: number): Promise<ReadTimeRow[]> {
  const rows: ReadTimeRow[] = [];
  for (const sample of SAMPLES) {
    const first: number[] = [];
    const warm: number[] = [];
    const cloned: number[] = [];
    let followers: number | null = null;
    // What the content script gets from the background before its first read (learnt in Node's Intl here).
    const facts = JSON.stringify(localeFacts(pageLang(sampleHtml(sample))));
    for (let i = 0; i < runs; i++) {
      const page = await plain.context.newPage();
      await page.goto(sample.url, { waitUntil: 'load' });
      // Runtime.evaluate is not subject to the page's CSP (the saved pages forbid scripts).
      await page.evaluate(`${bundle};globalThis.CreatorLensBench = CreatorLensBench; 0`);
      const result = await page.evaluate(
        ([n, json]) =>
          (
            globalThis as unknown as {
              CreatorLensBench: {
                timeReads(
                  n: number,
                  clones: number,
                  facts: string,
                ): { ms: number[]; cloneMs: number[]; ok: boolean; followers: number | null };
              };
            }
          ).CreatorLensBench.timeReads(n, 5, json),
        [21, facts] as const,
      );
      if (!result.ok) throw new Error(`${sample.name}: the readers did not read the page in the browser`);
      followers = result.followers;
      first.push(result.ms[0] ?? Number.NaN);
      warm.push(...result.ms.slice(1));
      cloned.push(...result.cloneMs);
      await page.close();
    }
    rows.push({
      sample: sample.name,
      first: spread(first),
      warm: spread(warm),
      newDocWarmCode: spread(cloned),
      followers,
    });
  }
  return rows;
}
