import { describe, expect, it } from 'vitest';
import { BENCHMARKS } from '../../../../src/core/scoring/benchmarks.ts';
import { scoreProfile } from '../../../../src/core/scoring/index.ts';
import { exact, post, snapshot } from '../../../support/scoring-fixtures.ts';

const NOW = new Date('2025-12-23T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

// X and Facebook hold brand-account medians only (Rival IQ): shown as context, never a ratio, never a verdict.
describe('brand-account benchmarks are context, not a yardstick for creators', () => {
  // A creator's timeline on X without view counts (the 2023 layout): interactions ÷ followers.
  const timeline = snapshot('x', {
    followers: exact(86_423),
    recentPosts: [684, 1_200, 2_500, 900, 1_800, 3_100].map((likes, i) =>
      post(`t${i}`, { likes: exact(likes), comments: exact(40), shares: exact(20), publishedAt: daysAgo(5 + 6 * i) }),
    ),
  });

  it('states the brand median in words, gives no ratio, and gives no verdict', () => {
    const insight = scoreProfile(timeline, { lang: 'en', now: NOW });
    expect(insight.engagement?.rate).not.toBeNull();
    expect(insight.benchmark).toMatchObject({ population: 'brands', ratio: null });
    expect(insight.benchmark?.text).toMatch(/^for context: brand accounts on X have a median of 0\.029%/);
    expect(insight.headline?.rating).toMatch(/no creator benchmark/);
    expect(insight.fit.reasons[1]?.code).toBe('no-benchmark');
    expect(insight.fit.verdict).toBe('insufficient-data');
  });

  it('says the same in Spanish', () => {
    const insight = scoreProfile(timeline, { lang: 'es', now: NOW });
    expect(insight.benchmark?.text).toMatch(/como contexto: las cuentas de marca en X/);
  });
});

describe('the benchmark table', () => {
  it('every row has a source, a date and a rate; brand rows never judge', () => {
    for (const row of BENCHMARKS) {
      expect(row.source.length, JSON.stringify(row)).toBeGreaterThan(10);
      expect(row.date).toMatch(/^20\d\d(-\d\d)?$/);
      expect(row.median).toBeGreaterThan(0);
      if (row.population === 'brands') expect(row.use).toBe('reference');
    }
  });
  it('no figure older than 2023 is left in the table (older ones live in "How we score" history)', () => {
    for (const row of BENCHMARKS) expect(Number(row.date.slice(0, 4))).toBeGreaterThanOrEqual(2023);
  });
  it('primary bands of one platform and basis never overlap', () => {
    const primary = BENCHMARKS.filter((r) => r.use === 'primary');
    for (const a of primary)
      for (const b of primary) {
        if (a === b || a.platform !== b.platform || a.basis !== b.basis) continue;
        const overlap = a.minFollowers < (b.maxFollowers ?? Infinity) && b.minFollowers < (a.maxFollowers ?? Infinity);
        expect(overlap, `${a.platform} ${a.minFollowers} / ${b.minFollowers}`).toBe(false);
      }
  });
});
