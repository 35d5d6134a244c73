import { describe, expect, it } from 'vitest';
import { findBenchmark } from '../../../../src/core/scoring/benchmarks.ts';
import { activityPoints, authenticityPoints, engagementPoints } from '../../../../src/core/scoring/fit.ts';
import { scoreProfile } from '../../../../src/core/scoring/index.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../../../src/core/scoring/settings.ts';
import { CHECKS, type Check } from '../../../../src/core/scoring/signals.ts';
import { exact, post, snapshot } from '../../../support/scoring-fixtures.ts';

const NOW = new Date('2025-06-30T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
/** The creator median the table holds for Instagram at 20,000 followers (whatever its source). */
const MEDIAN = findBenchmark('instagram', 'followers', 'engagement', 20_000)?.median ?? Number.NaN;

/** 20,000 followers, 6 posts 3 days apart, likes with a normal spread, following 300. */
function instagram(ratePerPost: number, options: { lastPostDaysAgo?: number; followers?: number } = {}) {
  const followers = options.followers ?? 20_000;
  const base = ratePerPost * followers;
  // Median factor 1 → median rate = ratePerPost; CV ≈ 45 %, inside trendHERO's normal 40–100 %.
  const factors = [0.4, 0.7, 1, 1, 1.3, 1.9];
  return snapshot('instagram', {
    followers: exact(followers),
    following: exact(300),
    recentPosts: factors.map((f, i) =>
      post(`p${i}`, {
        likes: exact(Math.round(base * f * 0.95)),
        comments: exact(Math.round(base * f * 0.05)),
        publishedAt: daysAgo((options.lastPostDaysAgo ?? 4) + 3 * i),
      }),
    ),
  });
}

// Four of the five authenticity checks can run on one visit (follower growth needs a second): 4 × 6 = 24 points.
const FIRST_VISIT_CHECKS = 24;

describe('the five verdicts', () => {
  it('strong: 2.3× the band median, 4 checks clean, posting this week → 50 + 24 + 20 = 94', () => {
    const fit = scoreProfile(instagram(2.3 * MEDIAN), { now: NOW }).fit;
    expect(fit.verdict).toBe('strong');
    expect(fit.score).toBe(50 + FIRST_VISIT_CHECKS + 20);
    expect(fit.reasons.map((r) => r.code)).toEqual([
      'followers-in-range',
      'engagement-well-above',
      'signals-clean',
      'active',
    ]);
    expect(fit.reasons[0]?.text).toBe('20,000 followers, inside 1K–100K');
  });
  it('possible: typical engagement (1×) → 25 + 24 + 20 = 69', () => {
    const fit = scoreProfile(instagram(MEDIAN), { now: NOW }).fit;
    expect(fit.verdict).toBe('possible');
    expect(fit.score).toBe(25 + FIRST_VISIT_CHECKS + 20);
    expect(fit.reasons[1]?.code).toBe('engagement-typical');
  });
  it('weak: 0.38× → 0 + 24 + 20 = 44', () => {
    const fit = scoreProfile(instagram(0.38 * MEDIAN), { now: NOW }).fit;
    expect(fit.verdict).toBe('weak');
    expect(fit.score).toBe(FIRST_VISIT_CHECKS + 20);
  });
  it('outside-range: 250,000 followers, score kept under the "possible" cut', () => {
    const fit = scoreProfile(instagram(2.3 * MEDIAN, { followers: 250_000 }), { now: NOW }).fit;
    expect(fit.verdict).toBe('outside-range');
    expect(fit.score).toBeLessThan(DEFAULT_SCORING_SETTINGS.verdict.possible);
    expect(fit.reasons[0]?.code).toBe('followers-above-range');
  });
  it('outside-range is decided first: 84 followers and no readable post', () => {
    const fit = scoreProfile(snapshot('instagram', { followers: exact(84) }), { now: NOW }).fit;
    expect(fit.verdict).toBe('outside-range');
    expect(fit.reasons[0]?.code).toBe('followers-below-range');
  });
  it.each([999, 100_001])('outside-range from the whole interval: %i followers', (n) => {
    expect(scoreProfile(snapshot('instagram', { followers: exact(n) })).fit.verdict).toBe('outside-range');
  });
  it('a rounded count wholly above the range ("120K": 115K–125K) is outside; one that straddles it is not', () => {
    const above = scoreProfile(snapshot('tiktok', { followers: { value: 120_000, min: 115_000, max: 125_000 } }));
    expect(above.fit.verdict).toBe('outside-range');
    const straddles = scoreProfile(snapshot('tiktok', { followers: { value: 100_000, min: 95_000, max: 105_000 } }));
    expect(straddles.fit.verdict).toBe('insufficient-data');
  });
  it('no verdict without evidence: in range, no posts → not enough data, whatever else is clean', () => {
    const fit = scoreProfile(snapshot('instagram', { followers: exact(20_000), following: exact(10) }), {
      now: NOW,
    }).fit;
    expect(fit.verdict).toBe('insufficient-data');
    expect(fit.reasons[1]?.code).toBe('no-posts');
    expect(fit.score).toBeLessThan(DEFAULT_SCORING_SETTINGS.verdict.possible);
  });
  it('insufficient-data: followers unread', () => {
    const snap = { ...instagram(2.3 * MEDIAN), followers: null };
    const insight = scoreProfile(snap, { now: NOW });
    expect(insight.fit.verdict).toBe('insufficient-data');
    expect(insight.engagement).toBeNull();
    expect(insight.fit.reasons[0]?.code).toBe('followers-unknown');
  });
  it('a warning caps a strong score at "possible"', () => {
    const snap = { ...instagram(2.3 * MEDIAN), following: exact(25_000) }; // follows more than follow it
    const fit = scoreProfile(snap, { now: NOW }).fit;
    expect(fit.verdict).toBe('possible');
    expect(fit.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['signals-warn', 'signal-cap']));
  });
  it("an edited fit range moves the verdict (1K–10K per the article's other figure)", () => {
    const settings = { ...DEFAULT_SCORING_SETTINGS, fitRange: { min: 1_000, max: 10_000 } };
    expect(scoreProfile(instagram(2.3 * MEDIAN), { now: NOW, settings }).fit.verdict).toBe('outside-range');
  });
  it('a rounded count straddling the range edge is judged, and says so', () => {
    const snap = {
      ...instagram(2.3 * MEDIAN, { followers: 100_000 }),
      followers: { value: 100_000, min: 99_500, max: 100_500 },
    };
    const fit = scoreProfile(snap, { now: NOW }).fit;
    expect(fit.reasons[0]?.code).toBe('followers-edge');
    expect(fit.verdict).not.toBe('outside-range');
  });
  it('inactive for 100 days costs the activity points (the newest 12 posts, none in the window)', () => {
    const fit = scoreProfile(instagram(2.3 * MEDIAN, { lastPostDaysAgo: 100 }), { now: NOW }).fit;
    expect(fit.score).toBe(50 + FIRST_VISIT_CHECKS);
    expect(fit.reasons[3]).toEqual({ code: 'inactive', text: 'last post 3 months ago: inactive' });
  });
  it('reasons come in Spanish with Spanish number formats', () => {
    const fit = scoreProfile(instagram(2.3 * MEDIAN, { followers: 48_213 }), { now: NOW, lang: 'es' }).fit;
    expect(fit.reasons[0]?.text).toBe('48.213 seguidores, dentro de 1\u00a0mil–100\u00a0mil');
    expect(fit.label).toBe('Encaja muy bien como microinfluencer');
  });
});

describe('score parts: only what was measured scores', () => {
  it('engagement points: 0 at ½×, 25 at 1×, 50 at 2×, capped; nothing when not judged', () => {
    expect([0.25, 0.5, 1, 2, 4].map((r) => engagementPoints(r))).toEqual([0, 0, 25, 50, 50]);
    expect(engagementPoints(null)).toBe(0);
  });
  it('authenticity: 6 points per check that ran clean; none for a check that could not run or warned', () => {
    const check = (ran: boolean, warn = false): Check => ({
      check: 'following',
      ran,
      signal: warn ? { code: 'x', severity: 'warn', text: '' } : null,
    });
    expect(CHECKS).toHaveLength(5);
    expect(authenticityPoints([])).toBe(0);
    expect(authenticityPoints([check(false), check(false)])).toBe(0);
    expect(authenticityPoints([check(true), check(true, true), check(false)])).toBe(6);
    expect(authenticityPoints(CHECKS.map(() => check(true)))).toBe(30);
  });
  it('activity points by days since the last post (inactive after 30); none without dates', () => {
    expect([0, 15, 16, 30, 31, 90, 91].map((d) => activityPoints(d, 30))).toEqual([20, 20, 15, 15, 5, 5, 0]);
    expect(activityPoints(null, 30)).toBe(0);
  });
  it('the same account scores the same on a page without dates only less, never more', () => {
    const dated = scoreProfile(instagram(MEDIAN), { now: NOW }).fit.score;
    const undated = instagram(MEDIAN);
    for (const p of undated.recentPosts) p.publishedAt = null;
    expect(scoreProfile(undated, { now: NOW }).fit.score).toBe(dated - 20);
  });
});

describe('activity', () => {
  it('days since the last post and posts per week over the window; pinned and curated posts excluded', () => {
    const snap = snapshot('youtube', {
      recentPosts: [
        post('pin', { publishedAt: daysAgo(1), pinned: true }),
        post('promo', { publishedAt: daysAgo(2), curated: true }),
        post('a', { publishedAt: daysAgo(7) }),
        post('b', { publishedAt: daysAgo(14) }),
        post('c', { publishedAt: daysAgo(21) }),
      ],
    });
    // Three dates a week apart: last 7 days ago; 2 gaps over 14 days → 1 post a week.
    expect(scoreProfile(snap, { now: NOW }).activity).toEqual({ daysSinceLastPost: 7, postsPerWeek: 1, dated: 3 });
  });
  it('a page that shows posts older than the window counts the posts inside it', () => {
    const snap = snapshot('instagram', {
      recentPosts: [10, 40, 70, 100, 130].map((d, i) => post(`p${i}`, { publishedAt: daysAgo(d) })),
    });
    // 3 posts in the last 90 days → 3 ÷ (90 ÷ 7) ≈ 0.23 a week.
    expect(scoreProfile(snap, { now: NOW }).activity?.postsPerWeek).toBeCloseTo(3 / (90 / 7), 12);
  });
});
