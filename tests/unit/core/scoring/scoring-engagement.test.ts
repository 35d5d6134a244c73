import { describe, expect, it } from 'vitest';
import { engagementFor } from '../../../../src/core/scoring/engagement.ts';
import { scoreProfile } from '../../../../src/core/scoring/index.ts';
import { samplePosts } from '../../../../src/core/scoring/sample.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../../../src/core/scoring/settings.ts';
import { binomialHalfCdf, medianInterval, medianRankK } from '../../../../src/core/scoring/stats.ts';
import { textsFor } from '../../../../src/core/scoring/texts.ts';
import type { ProfileSnapshot } from '../../../../src/core/snapshot.ts';
import { exact, igPosts, post, shown, snapshot } from '../../../support/scoring-fixtures.ts';

const S = DEFAULT_SCORING_SETTINGS;
const en = textsFor('en');

/** The rates on the snapshot's sample, as scoring computes them (undated posts: the page's order). */
const rates = (snap: ProfileSnapshot, settings = S, texts = en) =>
  engagementFor(snap, samplePosts(snap, settings, null).posts, settings, texts);

describe('order-statistic interval of the median', () => {
  it('binomial(12, ½): P(B ≤ 2) = 79/4096', () => {
    expect(binomialHalfCdf(12, 2)).toBeCloseTo(79 / 4096, 12);
  });
  it('12 posts at 90 % → ranks 3 and 10, coverage 1 − 2·79/4096 ≈ 96.1 %', () => {
    expect(medianRankK(12, 0.9)).toEqual({ k: 3, coverage: 1 - (2 * 79) / 4096 });
  });
  it('5 posts → the whole sample (ranks 1 and 5), coverage 1 − 2/32 = 93.75 %', () => {
    expect(medianRankK(5, 0.9)).toEqual({ k: 1, coverage: 0.9375 });
  });
  it('4 posts cannot reach 90 %: whole sample, coverage 87.5 %', () => {
    expect(medianRankK(4, 0.9)).toEqual({ k: 1, coverage: 0.875 });
  });
  it('takes the lower rank on the lows and the upper rank on the highs', () => {
    const obs = [1, 2, 3, 4, 5].map((v) => ({ value: v, low: v - 0.5, high: v + 0.5 }));
    expect(medianInterval(obs, 0.9)).toEqual({ value: 3, low: 0.5, high: 5.5, coverage: 0.9375 });
  });
});

describe('Instagram: median of (likes + comments) ÷ followers', () => {
  // Sums 55, 42, 70, 30, 50 over 1,000 followers → 5.5 %, 4.2 %, 7 %, 3 %, 5 %; sorted 3, 4.2, 5, 5.5, 7 → median 5 %.
  // n = 5 → ranks 1 and 5 (93.75 %) → range 3 %–7 %.
  const snap = snapshot('instagram', {
    followers: exact(1_000),
    recentPosts: igPosts([
      [50, 5],
      [40, 2],
      [60, 10],
      [30, 0],
      [45, 5],
    ]),
  });
  it('computes rate, range, basis, sample and method', () => {
    const e = rates(snap).primary;
    expect(e?.rate).toBeCloseTo(0.05, 12);
    expect(e?.low).toBeCloseTo(0.03, 12);
    expect(e?.high).toBeCloseTo(0.07, 12);
    expect(e?.basis).toBe('followers');
    expect(e?.sample).toBe(5);
    expect(e?.method).toBe(
      'median of 5 posts: (likes + comments) ÷ followers; range = 94% interval of the median plus rounding',
    );
  });
  it('hidden likes are excluded, never read as 0', () => {
    const withHidden = {
      ...snap,
      recentPosts: [...snap.recentPosts, post('h1', { likes: 'hidden', comments: exact(3) })],
    };
    const result = rates(withHidden);
    expect(result.primary?.sample).toBe(5);
    expect(result.primary?.rate).toBeCloseTo(0.05, 12);
    expect(result.hiddenLikes).toBe(1);
    expect(scoreProfile(withHidden).signals.map((s) => s.code)).toContain('hidden-likes');
  });
  it('pinned posts are excluded from "recent"', () => {
    const pinnedViral = post('pin', { likes: exact(900), comments: exact(100), pinned: true });
    const e = rates({ ...snap, recentPosts: [pinnedViral, ...snap.recentPosts] }).primary;
    expect(e?.sample).toBe(5);
    expect(e?.rate).toBeCloseTo(0.05, 12);
  });
  it('Spanish method text', () => {
    expect(rates(snap, S, textsFor('es')).primary?.method).toMatch(/^mediana de 5 publicaciones: \(me gusta/);
  });
});

describe('interval propagation: rounded followers widen the range', () => {
  const posts = igPosts([
    [60, 0],
    [50, 0],
    [40, 0],
    [55, 0],
    [45, 0],
  ]);
  it('"1.2K" (1,150–1,250) vs exactly 1,200', () => {
    const exactE = rates(snapshot('instagram', { followers: exact(1_200), recentPosts: posts })).primary;
    const roundE = rates(snapshot('instagram', { followers: shown('1.2K'), recentPosts: posts })).primary;
    // Exact: 40/1200 … 60/1200. Rounded: 40/1250 = 3.2 % … 60/1150 ≈ 5.217 %. Same point 50/1200.
    expect(exactE?.low).toBeCloseTo(40 / 1200, 12);
    expect(exactE?.high).toBeCloseTo(60 / 1200, 12);
    expect(roundE?.low).toBeCloseTo(40 / 1250, 12);
    expect(roundE?.high).toBeCloseTo(60 / 1150, 12);
    expect(roundE?.rate).toBeCloseTo(exactE?.rate ?? Number.NaN, 12);
  });
  it('rounded likes widen it too', () => {
    const e = rates(
      snapshot('instagram', {
        followers: exact(100_000),
        recentPosts: ['1.2K', '1.5K', '1.1K', '1.3K', '1.0K'].map((l, i) =>
          post(`r${i}`, { likes: shown(l), comments: exact(0) }),
        ),
      }),
    ).primary;
    // Points 1,000 … 1,500 → median 1.2 %; whole sample (5 posts): lows from 950, highs to 1,550.
    expect(e?.rate).toBeCloseTo(0.012, 12);
    expect(e?.low).toBeCloseTo(0.0095, 12);
    expect(e?.high).toBeCloseTo(0.0155, 12);
  });
});

describe('small samples', () => {
  const many = Array.from({ length: 12 }, (_, i) => [100 + 10 * i, 0] as const); // 100 … 210
  it('4 posts → no rate and no range at all, and "not enough data" saying what would supply it', () => {
    const snap = snapshot('instagram', { followers: exact(5_000), recentPosts: igPosts(many.slice(0, 4)) });
    const insight = scoreProfile(snap);
    expect(insight.engagement).toMatchObject({ rate: null, low: null, high: null, sample: 4 });
    expect(insight.fit.verdict).toBe('insufficient-data');
    const reason = insight.fit.reasons.find((r) => r.code === 'too-few-posts');
    expect(reason?.text).toMatch(/only 4 recent posts .*\(at least 5 needed\).*scroll/);
    // The same account with a fifth post is judged.
    const five = scoreProfile({ ...snap, recentPosts: igPosts(many.slice(0, 5)) });
    expect(five.engagement?.rate).not.toBeNull();
    expect(five.fit.verdict).not.toBe('insufficient-data');
  });
  it('12 posts give a narrower range than 5 posts from the same spread', () => {
    const five = igPosts([
      [100, 0],
      [130, 0],
      [160, 0],
      [190, 0],
      [210, 0],
    ]);
    const e5 = rates(snapshot('instagram', { followers: exact(5_000), recentPosts: five })).primary;
    const e12 = rates(snapshot('instagram', { followers: exact(5_000), recentPosts: igPosts(many) })).primary;
    // 5 posts: ranks 1–5 → 100…210; 12 posts: ranks 3–10 → 120…190.
    expect(e12?.low).toBeCloseTo(120 / 5000, 12);
    expect(e12?.high).toBeCloseTo(190 / 5000, 12);
    const width = (e: typeof e5) => (e?.high ?? 0) - (e?.low ?? 0);
    expect(width(e12)).toBeLessThan(width(e5));
    expect(e12?.coverage).toBeGreaterThan(0.95);
  });
});

describe('TikTok: by views, and by followers', () => {
  it('per-post (likes + comments + shares) ÷ views, secondary ÷ followers', () => {
    const snap = snapshot('tiktok', {
      followers: exact(50_000),
      recentPosts: [
        post('a', { likes: exact(900), comments: exact(50), shares: exact(50), views: exact(10_000) }), // 10 %
        post('b', { likes: exact(400), comments: exact(50), shares: exact(50), views: exact(10_000) }), // 5 %
        post('c', { likes: exact(1_800), comments: exact(100), shares: exact(100), views: exact(20_000) }), // 10 %
        post('d', { likes: exact(600), comments: exact(100), shares: null, views: exact(10_000) }), // 7 %
        post('e', { likes: exact(700), comments: exact(50), shares: exact(50), views: exact(10_000) }), // 8 %
      ],
    });
    const { primary, secondary } = rates(snap);
    // Views: 5, 7, 8, 10, 10 % → median 8 %; 5 posts → whole sample 5–10 %.
    expect(primary?.basis).toBe('views');
    expect(primary?.rate).toBeCloseTo(0.08, 12);
    expect([primary?.low, primary?.high]).toEqual([0.05, 0.1]);
    // Followers: 1000, 500, 2000, 700, 800 ÷ 50,000 → 2, 1, 4, 1.4, 1.6 % → median 1.6 %.
    expect(secondary?.basis).toBe('followers');
    expect(secondary?.rate).toBeCloseTo(0.016, 12);
  });
  it('grid with views only → lifetime fallbacks on the median, labelled, never judged', () => {
    // Likes per video 1,000,000 ÷ 10 = 100,000; views 400K, 450K, 500K, 600K, 3M (one viral) → median 500K
    // → 20 % by views (a mean, 990K, would say 10 %); by followers 100,000 ÷ 200,000 = 50 %.
    const snap = snapshot('tiktok', {
      followers: exact(20_000),
      totalLikes: exact(1_000_000),
      posts: exact(10),
      recentPosts: [400_000, 450_000, 500_000, 600_000, 3_000_000].map((v, i) => post(`v${i}`, { views: exact(v) })),
    });
    const { primary, secondary } = rates(snap);
    expect(primary?.fallback).toBe(true);
    expect(primary?.basis).toBe('views');
    expect(primary?.rate).toBeCloseTo(0.2, 12);
    expect(primary?.method).toMatch(/^lifetime \(fallback\): .*median views of 5 recent videos/);
    expect(primary?.low).toBeLessThan(0.2);
    expect(primary?.high).toBeGreaterThan(0.2);
    expect(secondary?.fallback).toBe(true);
    expect(secondary?.rate).toBeCloseTo(5, 12);
    expect(secondary?.coverage).toBeNull();
    // Inside the fit range with a Modash row for its band, still: a lifetime figure is never compared.
    const insight = scoreProfile(snap);
    expect(insight.benchmark).toBeNull();
    expect(insight.fit.verdict).toBe('insufficient-data');
    expect(insight.fit.reasons.map((r) => r.code)).toContain('lifetime-only');
  });
});

describe('YouTube: median views per video ÷ subscribers; (likes + comments) ÷ views where likes are shown', () => {
  const videos = [
    post('a', { views: exact(2_000), likes: exact(100) }),
    post('b', { views: exact(3_000), likes: exact(150) }),
    post('c', { views: exact(1_000), likes: exact(40) }),
    post('d', { views: exact(5_000), likes: exact(200) }),
    post('e', { views: exact(4_000), likes: exact(220) }),
    post('f', { views: exact(6_000), likes: 'hidden' }),
  ];
  const snap = snapshot('youtube', { followers: exact(20_000), recentPosts: videos });
  it('computes both', () => {
    const { primary, secondary } = rates(snap);
    // Views ÷ subscribers: 10, 15, 5, 25, 20, 30 % → median 17.5 %, a reach figure, not engagement.
    expect(primary).toMatchObject({ basis: 'followers', measure: 'reach' });
    expect(primary?.rate).toBeCloseTo(0.175, 12);
    // Likes ÷ views: 5, 5, 4, 4, 5.5 % → median 5 %, 5 posts → 4–5.5 %.
    expect(secondary).toMatchObject({ basis: 'views', measure: 'engagement' });
    expect(secondary?.rate).toBeCloseTo(0.05, 12);
    expect(secondary?.low).toBeCloseTo(0.04, 12);
  });
  it('no current creator benchmark for YouTube: both rates shown, neither judged, no verdict', () => {
    const insight = scoreProfile(snap);
    expect(insight.benchmark).toBeNull();
    expect(insight.headline).toMatchObject({ label: 'Views per video', of: 'of subscribers', rating: null });
    expect(insight.fit.verdict).toBe('insufficient-data');
  });
  it('views only → no benchmark, engagement not judged, never "strong"', () => {
    const viewsOnly = { ...snap, recentPosts: videos.map((v) => ({ ...v, likes: null })) };
    const insight = scoreProfile(viewsOnly, { now: new Date('2026-01-01') });
    expect(insight.benchmark).toBeNull();
    expect(insight.fit.reasons.map((r) => r.code)).toContain('no-benchmark');
    expect(insight.fit.verdict).not.toBe('strong');
  });
});

describe('X and Facebook', () => {
  const x = (views: boolean) =>
    snapshot('x', {
      followers: exact(10_000),
      recentPosts: [
        [100, 10, 20, 10_000], // 1.3 % of followers, 1.3 % of views
        [50, 5, null, 2_000], // 0.55 %, 2.75 %
        [200, 20, 30, 25_000], // 2.5 %, 1 %
        [120, 10, 10, 7_000], // 1.4 %, 2 %
        [90, 5, 5, 4_000], // 1 %, 2.5 %
      ].map(([likes, replies, reposts, seen], i) =>
        post(`t${i}`, {
          likes: exact(likes as number),
          comments: exact(replies as number),
          shares: reposts === null ? null : exact(reposts as number),
          views: views ? exact(seen as number) : null,
        }),
      ),
    });
  it('X: (likes + replies + reposts) ÷ views is the main rate where views are shown', () => {
    const { primary, secondary } = rates(x(true));
    // By views 1.3, 2.75, 1, 2, 2.5 % → 2 %; by followers 1.3, 0.55, 2.5, 1.4, 1 % → 1.3 %.
    expect(primary).toMatchObject({ basis: 'views' });
    expect(primary?.rate).toBeCloseTo(0.02, 12);
    expect(secondary).toMatchObject({ basis: 'followers' });
    expect(secondary?.rate).toBeCloseTo(0.013, 12);
  });
  it('X without views: by followers; the brand median is context only, never a ratio or a verdict', () => {
    const insight = scoreProfile(x(false));
    expect(insight.engagement?.basis).toBe('followers');
    expect(insight.engagement?.rate).toBeCloseTo(0.013, 12);
    expect(insight.benchmark).toMatchObject({ population: 'brands', ratio: null });
    expect(insight.benchmark?.text).toMatch(/for context: brand accounts on X/);
    expect(insight.fit.verdict).toBe('insufficient-data');
  });
  it('Facebook: (reactions + comments) ÷ followers, shares left out', () => {
    const snap = snapshot('facebook', {
      followers: exact(5_000),
      recentPosts: [
        post('a', { likes: exact(100), comments: exact(10), shares: exact(50) }), // 2.2 %
        post('b', { likes: exact(50), comments: exact(5), shares: exact(0) }), // 1.1 %
        post('c', { likes: exact(80), comments: exact(20) }), // 2 %
        post('d', { likes: exact(80), comments: null }), // no comments count → not used
        post('e', { likes: exact(90), comments: exact(10) }), // 2 %
        post('f', { likes: exact(120), comments: exact(5) }), // 2.5 %
      ],
    });
    const e = scoreProfile(snap).engagement;
    expect(e?.rate).toBeCloseTo(0.02, 12);
    expect(e?.sample).toBe(5);
  });
});
