import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Count } from '../../../../src/core/count.ts';
import { InsightSchema } from '../../../../src/core/insight.ts';
import { PLATFORMS } from '../../../../src/core/platform.ts';
import { scoreProfile } from '../../../../src/core/scoring/index.ts';
import { ProfileSnapshotSchema } from '../../../../src/core/snapshot.ts';

/** Counts from exact small integers to absurd rounded doubles (overflow must not leak Infinity). */
const count: fc.Arbitrary<Count> = fc.oneof(
  fc.integer({ min: 0, max: 5_000_000 }).map((v) => ({ value: v, min: v, max: v })),
  fc
    .tuple(
      fc.double({ min: 0, max: 1e12, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1e6, noNaN: true }),
    )
    .map(([v, down, up]) => ({ value: v, min: v * (1 - down), max: v + up })),
  fc.double({ min: 0, max: 1.7e308, noNaN: true }).map((v) => ({ value: v, min: 0, max: v })),
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.oneof(fc.constant(null), a);

const recentPost = fc.record(
  {
    id: fc.string({ maxLength: 10 }),
    likes: fc.oneof(fc.constant(null), fc.constant('hidden' as const), count),
    comments: maybe(count),
    views: maybe(count),
    shares: maybe(count),
    publishedAt: maybe(
      fc.oneof(
        fc.constantFrom('2 weeks ago', '3 days ago', 'hace 1 mes', 'Streamed 1 year ago', 'yesterday', ''),
        fc
          .date({ min: new Date('2015-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        fc.string({ maxLength: 20 }),
      ),
    ),
    pinned: fc.boolean(),
  },
  { requiredKeys: ['id', 'likes', 'comments', 'views'] },
);

const snapshotArb = fc.record({
  platform: fc.constantFrom(...PLATFORMS),
  handle: fc.string({ minLength: 1, maxLength: 20 }),
  url: fc.constant('https://example.com/'),
  lang: fc.constantFrom('en', 'es', 'de', ''),
  followers: maybe(count),
  following: maybe(count),
  posts: maybe(count),
  totalLikes: maybe(count),
  recentPosts: fc.array(recentPost, { maxLength: 40 }),
  private: fc.boolean(),
  sources: fc.constant({}),
});

const observation = fc.record({
  at: fc.oneof(
    fc
      .date({ min: new Date('2020-01-01'), max: new Date('2026-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    fc.string({ maxLength: 10 }),
  ),
  followers: maybe(count),
  engagementRate: maybe(fc.double({ min: 0, max: 10, noNaN: true })),
});

function withinRange(e: { rate: number | null; low: number | null; high: number | null } | null | undefined) {
  if (!e) return;
  if (e.low !== null && e.high !== null) expect(e.low).toBeLessThanOrEqual(e.high);
  if (e.rate === null) return;
  if (e.low !== null) expect(e.low).toBeLessThanOrEqual(e.rate);
  if (e.high !== null) expect(e.rate).toBeLessThanOrEqual(e.high);
}

describe('scoreProfile on any schema-valid snapshot', () => {
  it('returns a schema-valid, JSON-safe Insight with low ≤ rate ≤ high and a 0–100 score', () => {
    fc.assert(
      fc.property(
        snapshotArb,
        fc.array(observation, { maxLength: 8 }),
        fc.constantFrom('en' as const, 'es' as const),
        fc.option(fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })),
        (snap, history, lang, now) => {
          fc.pre(ProfileSnapshotSchema.safeParse(snap).success);
          const insight = scoreProfile(snap, { history, lang, now: now ?? undefined });
          const parsed = InsightSchema.safeParse(insight);
          expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
          expect(JSON.parse(JSON.stringify(insight))).toEqual(insight);
          withinRange(insight.engagement);
          withinRange(insight.engagement?.secondary);
          expect(insight.fit.score).toBeGreaterThanOrEqual(0);
          expect(insight.fit.score).toBeLessThanOrEqual(100);
          expect(Number.isInteger(insight.fit.score)).toBe(true);
          expect(insight.fit.reasons.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400, seed: 4 },
    );
  });
  it('is deterministic: the same input gives the same Insight', () => {
    fc.assert(
      fc.property(snapshotArb, (snap) => {
        fc.pre(ProfileSnapshotSchema.safeParse(snap).success);
        const now = new Date('2025-12-30T00:00:00Z');
        expect(scoreProfile(snap, { now })).toEqual(scoreProfile(structuredClone(snap), { now }));
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
