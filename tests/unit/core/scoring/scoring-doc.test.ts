// "How we score" (docs/SCORING.md, and its Spanish twin docs/SCORING.es.md, shown in the popup) says what the code
// does: every benchmark figure and every default it names is the one the code uses, in both languages.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCHMARKS } from '../../../../src/core/scoring/benchmarks.ts';
import { RATING_CUTS } from '../../../../src/core/scoring/rating.ts';
import { DEFAULT_SCORING_SETTINGS as D } from '../../../../src/core/scoring/settings.ts';

const read = (name: string) => readFileSync(resolve(import.meta.dirname, '../../../../docs', name), 'utf8');
const pct = (f: number) => `${Number((f * 100).toPrecision(4))}`;
/** "10.5" also as the doc may write it, "10.50". */
const padded = (figure: string) => figure.replace(/\b(\d+\.\d)\b/g, '$10');

/** Each document, with how it writes a decimal and the phrases that carry the defaults. */
const DOCS = [
  {
    file: 'SCORING.md',
    decimal: (n: string) => n,
    phrases: [
      `last ${D.sample.windowDays} days`,
      `newest ${D.sample.newest}`,
      `younger than ${D.sample.minAgeDays} days`,
      `Under ${D.thresholds.minPosts} posts there is no rate at all`,
      `under ${RATING_CUTS.low}×`,
      `over ${RATING_CUTS.high}×`,
      `≥ ${D.verdict.strong} Strong fit`,
      `≥ ${D.verdict.possible} Possible fit`,
    ],
  },
  {
    file: 'SCORING.es.md',
    decimal: (n: string) => n.replace('.', ','),
    phrases: [
      `últimos ${D.sample.windowDays} días`,
      `${D.sample.newest} más recientes`,
      `menos de ${D.sample.minAgeDays} días`,
      `Con menos de ${D.thresholds.minPosts} publicaciones no hay tasa`,
      `por debajo de ${String(RATING_CUTS.low).replace('.', ',')}×`,
      `por encima de ${String(RATING_CUTS.high).replace('.', ',')}×`,
      `≥ ${D.verdict.strong} Encaja muy bien`,
      `≥ ${D.verdict.possible} Puede`,
    ],
  },
] as const;

describe.each(DOCS)('docs/$file matches the code', ({ file, decimal, phrases }) => {
  const doc = read(file);

  it('every benchmark row: its figure (the band, or the value) and its source', () => {
    for (const row of BENCHMARKS) {
      const figure =
        row.low !== undefined && row.high !== undefined ? `${pct(row.low)}–${pct(row.high)}` : pct(row.median);
      const written = [figure, padded(figure)].map((f) => `${f.split('–').map(decimal).join('–')} %`);
      expect(
        written.some((w) => doc.includes(w)),
        `${row.platform} ${row.minFollowers}: ${written[0]}`,
      ).toBe(true);
      expect(doc, row.source).toContain(row.source.split(',')[0] as string);
    }
  });
  it('the sample defaults, the minimum posts and the rating cut-offs', () => {
    for (const phrase of phrases) expect(doc).toContain(phrase);
  });
});
