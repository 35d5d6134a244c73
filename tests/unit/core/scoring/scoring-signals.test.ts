import { describe, expect, it } from 'vitest';
import { followerJump, growthOf } from '../../../../src/core/scoring/history.ts';
import { scoreProfile } from '../../../../src/core/scoring/index.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../../../src/core/scoring/settings.ts';
import { exact, igPosts, snapshot } from '../../../support/scoring-fixtures.ts';

const codes = (s: ReturnType<typeof scoreProfile>) => s.signals.map((x) => x.code);
const T = DEFAULT_SCORING_SETTINGS.thresholds;

describe('engagement far below the band', () => {
  // 50,000 followers → HypeAuditor 20K–100K median 2.63 %; a third of it ≈ 0.877 %.
  const at = (likes: number) =>
    snapshot('instagram', { followers: exact(50_000), recentPosts: igPosts(Array(5).fill([likes, 2])) });
  it('fires when the whole range is under a third of the median (102 ÷ 50,000 = 0.2 %)', () => {
    expect(codes(scoreProfile(at(100)))).toContain('engagement-far-below');
  });
  it('does not fire at 2 % (1,002 ÷ 50,000)', () => {
    expect(codes(scoreProfile(at(1_000)))).not.toContain('engagement-far-below');
  });
});

describe('following', () => {
  const withFollowing = (followers: number, following: number) =>
    codes(scoreProfile(snapshot('instagram', { followers: exact(followers), following: exact(following) })));
  it('following ≥ followers fires (2,000 vs 1,500)', () => {
    expect(withFollowing(1_500, 2_000)).toEqual(['following-exceeds-followers']);
  });
  it('a creator following many accounts is no warning: "mass following" describes audiences, not creators', () => {
    expect(withFollowing(50_000, 7_500)).toEqual([]);
    // The check ran (and was clean): it counts among the checks in the reasons.
    const insight = scoreProfile(snapshot('instagram', { followers: exact(50_000), following: exact(7_500) }));
    expect(insight.fit.reasons.find((r) => r.code === 'signals-clean')?.text).toMatch(/1 of 5 checks/);
  });
  it('following = followers counts as "≥"', () => {
    expect(withFollowing(800, 800)).toEqual(['following-exceeds-followers']);
  });
});

describe('comments tiny for the likes', () => {
  const s = (likes: number, comments: number) =>
    codes(
      scoreProfile(
        snapshot('instagram', { followers: exact(20_000), recentPosts: igPosts(Array(5).fill([likes, comments])) }),
      ),
    );
  it('fires at 2 comments per 1,000 likes (0.2 % < 0.5 %)', () => expect(s(1_000, 2)).toContain('few-comments'));
  it('not at 30 per 1,000 (3 %)', () => expect(s(1_000, 30)).not.toContain('few-comments'));
  it('not judged on tiny totals (5 × 30 likes = 150 < 200)', () => expect(s(30, 0)).not.toContain('few-comments'));
});

describe('likes spread (coefficient of variation, trendHERO 40–100 %)', () => {
  const s = (likes: number[]) =>
    scoreProfile(
      snapshot('instagram', { followers: exact(2_000), recentPosts: igPosts(likes.map((l) => [l, 5] as const)) }),
    ).signals.find((x) => x.code.startsWith('likes-'));
  it('uniform likes (100, 101, 99, 100, 100: CV ≈ 0.6 %) → warn', () => {
    expect(s([100, 101, 99, 100, 100])).toMatchObject({ code: 'likes-uniform', severity: 'warn' });
  });
  it('normal spread (10, 50, 100, 200, 20: CV ≈ 91 %) → nothing', () => {
    expect(s([10, 50, 100, 200, 20])).toBeUndefined();
  });
  it('one outlier (10 ×4, 1,000: CV ≈ 190 %) → info', () => {
    expect(s([10, 10, 10, 10, 1_000])).toMatchObject({ code: 'likes-erratic', severity: 'info' });
  });
  it('not judged under 5 posts', () => {
    expect(s([100, 100, 100, 100])).toBeUndefined();
  });
});

describe('follower jump between visits', () => {
  const before = { at: '2025-01-01T00:00:00Z', followers: exact(10_000), engagementRate: 0.05 }; // 500 per post
  it('+50 % in 7 days with engagement per post flat → unmatched', () => {
    const after = { at: '2025-01-08T00:00:00Z', followers: exact(15_000), engagementRate: 500 / 15_000 };
    expect(followerJump([after, before], T)).toMatchObject({ growth: 0.5, days: 7, unmatched: true });
  });
  it('engagement that grew along (800 per post ≥ 500 × 1.25) → matched', () => {
    const after = { at: '2025-01-08T00:00:00Z', followers: exact(15_000), engagementRate: 800 / 15_000 };
    expect(followerJump([before, after], T)?.unmatched).toBe(false);
  });
  it('+10 % is no jump; +50 % over 90 days is growth, not a jump', () => {
    expect(followerJump([before, { at: '2025-01-08T00:00:00Z', followers: exact(11_000) }], T)).toBeNull();
    expect(followerJump([before, { at: '2025-04-01T00:00:00Z', followers: exact(15_000) }], T)).toBeNull();
  });
  it('scoreProfile: the current visit is the last observation; warn when engagement did not follow', () => {
    // Now: 15,000 followers, 5 posts with 500 likes → 3.33 %; 500 per post, same as before.
    const snap = snapshot('instagram', { followers: exact(15_000), recentPosts: igPosts(Array(5).fill([490, 10])) });
    const jumped = scoreProfile(snap, { history: [before], now: new Date('2025-01-08T00:00:00Z') });
    expect(jumped.signals.find((x) => x.code === 'follower-jump')?.severity).toBe('warn');
    const unknown = scoreProfile(snap, {
      history: [{ ...before, engagementRate: null }],
      now: new Date('2025-01-08T00:00:00Z'),
    });
    expect(unknown.signals.find((x) => x.code === 'follower-jump')?.severity).toBe('info');
    expect(codes(scoreProfile(snap, { now: new Date('2025-01-08T00:00:00Z') }))).not.toContain('follower-jump');
  });
});

describe('growth over a history', () => {
  it('per day and per week over the span, oldest to newest whatever the order', () => {
    // 10,000 on 1 Jan → 10,700 on 15 Jan: +700 in 14 days = 50/day, 350/week = 3.5 %/week.
    const g = growthOf([
      { at: '2025-01-15T00:00:00Z', followers: exact(10_700) },
      { at: '2025-01-01T00:00:00Z', followers: exact(10_000) },
      { at: '2025-01-08T00:00:00Z', followers: null },
      { at: 'not a date', followers: exact(1) },
    ]);
    expect(g).toEqual({
      from: '2025-01-01T00:00:00Z',
      to: '2025-01-15T00:00:00Z',
      days: 14,
      change: 700,
      perDay: 50,
      perWeek: 350,
      percentPerWeek: 0.035,
      observations: 2,
    });
  });
  it('needs two dated counts', () => {
    expect(growthOf([{ at: '2025-01-01T00:00:00Z', followers: exact(5) }])).toBeNull();
  });
  it('needs them a day apart: two visits in one afternoon give no weekly rate', () => {
    const visit = (at: string, n: number) => ({ at, followers: exact(n) });
    expect(growthOf([visit('2025-01-01T12:00:00Z', 10_000), visit('2025-01-01T12:00:00.001Z', 10_055)])).toBeNull();
    expect(growthOf([visit('2025-01-01T12:00:00Z', 10_000), visit('2025-01-02T11:59:00Z', 10_055)])).toBeNull();
    expect(growthOf([visit('2025-01-01T12:00:00Z', 10_000), visit('2025-01-02T12:00:00Z', 10_055)])).toMatchObject({
      days: 1,
      perWeek: 385,
    });
  });
  it('appears in the insight with a sentence', () => {
    const insight = scoreProfile(snapshot('x', { followers: exact(10_700) }), {
      history: [{ at: '2025-01-01T00:00:00Z', followers: exact(10_000) }],
      now: new Date('2025-01-15T00:00:00Z'),
    });
    expect(insight.growth?.perWeek).toBe(350);
    expect(insight.growth?.text).toBe('+700 followers in 14 days (+350 a week)');
  });
});
