// Row 6: CSV export of 5,000 entries (src/exchange shortlistToCsv), in Node, scoring done beforehand.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { scoreRecord } from '../../src/background/score.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import { ROOT } from '../harness/chromium.ts';
import { benchRecord } from './records.ts';
import { type Spread, spread } from './stats.ts';

export type CsvResult = { ok: true; ms: Spread; bytes: number } | { ok: false; reason: string };

export async function csvExport(runs: number, n = 5000): Promise<CsvResult> {
  const module = join(ROOT, 'src/exchange/index.ts');
  if (!existsSync(module)) return { ok: false, reason: 'n/a (exchange module not present)' };
  const exchange = (await import(module)) as typeof import('../../src/exchange/index.ts');
  const rows = Array.from({ length: n }, (_, i) => {
    const record = benchRecord(i);
    return { record, insight: scoreRecord(record, DEFAULT_SETTINGS, 'en') };
  });
  let bytes = exchange.shortlistToCsv(rows, { lang: 'en' }).length; // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    bytes = exchange.shortlistToCsv(rows, { lang: i % 2 === 0 ? 'en' : 'es' }).length;
    ms.push(performance.now() - t0);
  }
  return { ok: true, ms: spread(ms), bytes };
}
