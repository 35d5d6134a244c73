import { describe, expect, it } from 'vitest';
import { activityOf, parsePublishedAt } from '../../src/core/scoring/activity.ts';
import { activityPoints, engagementPoints } from '../../src/core/scoring/fit.ts';
import { scoreProfile } from '../../src/core/scoring/index.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../src/core/scoring/settings.ts';
import { exact, post, snapshot } from './scoring-fixtures.ts';

const NOW = new Date('2025-06-30T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

/** 20,000 followers (HypeAuditor 20K–100K median 2.63 %), 6 posts 3 days apart, likes with a normal spread. */
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
        publishedAt: daysAgo((options.lastPostDaysAgo ?? 1) + 3 * i),
      }),
    ),
  });
}

describe('the five verdicts', () => {
  it('strong: 6 % vs 2.63 % median (2.3×), clean, posting this week → 50 + 30 + 20 = 100', () => {
    const fit = scoreProfile(instagram(0.06), { now: NOW }).fit;
    expect(fit.verdict).toBe('strong');
    expect(fit.score).toBe(100);
    expect(fit.reasons.map((r) => r.code)).toEqual([
      'followers-in-range',
      'engagement-well-above',
      'signals-clean',
      'active',
    ]);
    expect(fit.reasons[0]?.text).toBe('20,000 followers, inside 1K–100K');
  });
  it('possible: typical engagement (1×) → 25 + 30 + 20 = 75', () => {
    const fit = scoreProfile(instagram(0.0263), { now: NOW }).fit;
    expect(fit.verdict).toBe('possible');
    expect(fit.score).toBe(75);
    expect(fit.reasons[1]?.code).toBe('engagement-typical');
  });
  it('weak: 1 % (0.38×) → 0 + 30 + 20 = 50', () => {
    const fit = scoreProfile(instagram(0.01), { now: NOW }).fit;
    expect(fit.verdict).toBe('weak');
    expect(fit.score).toBe(50);
  });
  it('outside-range: 250,000 followers, score kept under the "possible" cut', () => {
    const fit = scoreProfile(instagram(0.06, { followers: 250_000 }), { now: NOW }).fit;
    expect(fit.verdict).toBe('outside-range');
    expect(fit.score).toBeLessThan(DEFAULT_SCORING_SETTINGS.verdict.possible);
    expect(fit.reasons[0]?.code).toBe('followers-above-range');
  });
  it('insufficient-data: followers unread', () => {
    const snap = { ...instagram(0.06), followers: null };
    const insight = scoreProfile(snap, { now: NOW });
    expect(insight.fit.verdict).toBe('insufficient-data');
    expect(insight.engagement).toBeNull();
    expect(insight.fit.reasons[0]?.code).toBe('followers-unknown');
  });
  it('a warning caps a strong score at "possible"', () => {
    const snap = { ...instagram(0.06), following: exact(5_000) }; // mass following
    const fit = scoreProfile(snap, { now: NOW }).fit;
    expect(fit.verdict).toBe('possible');
    expect(fit.reasons.map((r) => r.code)).toContain('signals-warn');
  });
  it("an edited fit range moves the verdict (1K–10K per the article's other figure)", () => {
    const settings = { ...DEFAULT_SCORING_SETTINGS, fitRange: { min: 1_000, max: 10_000 } };
    expect(scoreProfile(instagram(0.06), { now: NOW, settings }).fit.verdict).toBe('outside-range');
  });
  it('a rounded count straddling the range edge is judged, and says so', () => {
    const snap = {
      ...instagram(0.06, { followers: 100_000 }),
      followers: { value: 100_000, min: 99_500, max: 100_500 },
    };
    const fit = scoreProfile(snap, { now: NOW }).fit;
    expect(fit.reasons[0]?.code).toBe('followers-edge');
    expect(fit.verdict).not.toBe('outside-range');
  });
  it('inactive for 100 days costs the activity points', () => {
    const fit = scoreProfile(instagram(0.06, { lastPostDaysAgo: 100 }), { now: NOW }).fit;
    expect(fit.score).toBe(80);
    expect(fit.reasons[3]?.code).toBe('inactive');
  });
  it('reasons come in Spanish with Spanish number formats', () => {
    const fit = scoreProfile(instagram(0.06, { followers: 48_213 }), { now: NOW, lang: 'es' }).fit;
    expect(fit.reasons[0]?.text).toBe('48.213 seguidores, dentro de 1\u00a0mil–100\u00a0mil');
    expect(fit.label).toBe('Encaja muy bien como microinfluencer');
  });
});

describe('score parts', () => {
  it('engagement points: 0 at ½×, 25 at 1×, 50 at 2×, capped', () => {
    expect([0.25, 0.5, 1, 2, 4].map((r) => engagementPoints(r, true))).toEqual([0, 0, 25, 50, 50]);
    expect(engagementPoints(null, false)).toBe(25);
  });
  it('activity points by days since the last post (inactive after 30)', () => {
    expect([0, 15, 16, 30, 31, 90, 91].map((d) => activityPoints(d, 30))).toEqual([20, 20, 15, 15, 5, 5, 0]);
    expect(activityPoints(null, 30)).toBe(10);
  });
});

describe('post dates', () => {
  it('ISO dates and YouTube relative text', () => {
    expect(parsePublishedAt('2025-06-29T12:00:00Z', NOW)).toBe(Date.parse('2025-06-29T12:00:00Z'));
    expect(parsePublishedAt('2 weeks ago', NOW)).toBe(NOW.getTime() - 14 * 86_400_000);
    expect(parsePublishedAt('Streamed 3 days ago', NOW)).toBe(NOW.getTime() - 3 * 86_400_000);
    expect(parsePublishedAt('hace 1 semana', NOW)).toBe(NOW.getTime() - 7 * 86_400_000);
    expect(parsePublishedAt('hace 2 días', NOW)).toBe(NOW.getTime() - 2 * 86_400_000);
  });
  it('relative text without a clock, junk and null give nothing', () => {
    expect(parsePublishedAt('2 weeks ago', null)).toBeNull();
    expect(parsePublishedAt('1', NOW)).toBeNull();
    expect(parsePublishedAt(null, NOW)).toBeNull();
  });
  it('activity: days since the last post and posts per week; pinned excluded', () => {
    const snap = snapshot('youtube', {
      recentPosts: [
        post('pin', { publishedAt: '1 day ago', pinned: true }),
        post('a', { publishedAt: '1 week ago' }),
        post('b', { publishedAt: '2 weeks ago' }),
        post('c', { publishedAt: '3 weeks ago' }),
      ],
    });
    // Three dates a week apart: last 7 days ago; 2 gaps over 14 days → 1 post a week.
    expect(activityOf(snap, NOW)).toEqual({ daysSinceLastPost: 7, postsPerWeek: 1, dated: 3 });
  });
});
