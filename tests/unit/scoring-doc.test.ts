// "How we score" (docs/SCORING.md, shown in the popup) says what the code does: every benchmark figure and every
// default it names is the one the code uses.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCHMARKS } from '../../src/core/scoring/benchmarks.ts';
import { RATING_CUTS } from '../../src/core/scoring/rating.ts';
import { DEFAULT_SCORING_SETTINGS as D } from '../../src/core/scoring/settings.ts';

const doc = readFileSync(resolve(import.meta.dirname, '../../docs/SCORING.md'), 'utf8');
const pct = (f: number) => `${Number((f * 100).toPrecision(4))}`;
/** "10.5" also as the doc may write it, "10.50". */
const padded = (figure: string) => figure.replace(/\b(\d+\.\d)\b/g, '$10');

describe('docs/SCORING.md matches the code', () => {
  it('every benchmark row: its figure (the band, or the value) and its source', () => {
    for (const row of BENCHMARKS) {
      const figure =
        row.low !== undefined && row.high !== undefined ? `${pct(row.low)}–${pct(row.high)}` : pct(row.median);
      expect(
        doc.includes(`${figure} %`) || doc.includes(`${padded(figure)} %`),
        `${row.platform} ${row.minFollowers}: ${figure}`,
      ).toBe(true);
      expect(doc, row.source).toContain(row.source.split(',')[0] as string);
    }
  });
  it('the sample defaults, the minimum posts and the rating cut-offs', () => {
    expect(doc).toContain(`last ${D.sample.windowDays} days`);
    expect(doc).toContain(`newest ${D.sample.newest}`);
    expect(doc).toContain(`younger than ${D.sample.minAgeDays} days`);
    expect(doc).toContain(`Under ${D.thresholds.minPosts} posts there is no rate at all`);
    expect(doc).toContain(`under ${RATING_CUTS.low}×`);
    expect(doc).toContain(`over ${RATING_CUTS.high}×`);
    expect(doc).toContain(`≥ ${D.verdict.strong} Strong fit`);
    expect(doc).toContain(`≥ ${D.verdict.possible} Possible fit`);
  });
});
