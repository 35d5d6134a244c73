import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreProfile } from '../../../../src/core/scoring/index.ts';
import { exact, post, shown, snapshot } from '../../../support/scoring-fixtures.ts';

/*
 * Snapshots shaped like real pages, typed in by hand from shared/real-pages/SOURCES.md (the readers are
 * written separately). The last block checks, when ../shared is present, that the values below are really there.
 */

// tiktok-profile_illojuan_rendered-dom_en_2025-12-30.html: statsV2 followerCount "783427", heartCount "3922256",
// videoCount "19", followingCount 0; 18 × strong[data-e2e=video-views] in grid order; no per-video likes in the grid.
const ILLOJUAN_VIEWS = [
  '192.1K',
  '1.9M',
  '4.4M',
  '2.3M',
  '2M',
  '1M',
  '2.5M',
  '1.1M',
  '1.9M',
  '548.8K',
  '434.5K',
  '414.6K',
  '4.8M',
  '826.4K',
  '4M',
  '513.9K',
  '414.1K',
  '344.9K',
];

const illojuan = snapshot('tiktok', {
  handle: 'illojuan',
  followers: exact(783_427),
  following: exact(0),
  posts: exact(19),
  totalLikes: exact(3_922_256),
  recentPosts: ILLOJUAN_VIEWS.map((v, i) => post(`v${i}`, { views: shown(v) })),
});

// ig-profile_pluto__travel_2021-06-09_sharedData.html: edge_followed_by 2187, edge_follow 110, 12 timeline posts
// (edge_liked_by, edge_media_to_comment, taken_at_timestamp as UTC ISO).
const PLUTO_POSTS: readonly [string, number, number, string][] = [
  ['CP5lh1YLbj4', 16, 1, '2021-06-09T12:41:01Z'],
  ['CP0JMJ2r5Q5', 33, 2, '2021-06-07T09:57:12Z'],
  ['CPsUX-Gr7Kr', 37, 1, '2021-06-04T09:01:00Z'],
  ['CPnj5kyLsgv', 36, 1, '2021-06-02T12:40:27Z'],
  ['CPVvFngrHym', 136, 12, '2021-05-26T14:31:54Z'],
  ['CPTDNzsrhu8', 47, 1, '2021-05-25T13:30:31Z'],
  ['CPIWHz_rL7d', 31, 3, '2021-05-21T09:43:37Z'],
  ['CPBAcxnLWg1', 51, 2, '2021-05-18T13:19:33Z'],
  ['CO-EtwJrTkK', 42, 2, '2021-05-17T09:59:06Z'],
  ['CO2TCp3gTN-', 23, 1, '2021-05-14T09:30:32Z'],
  ['COz4rC9N2mo', 42, 6, '2021-05-13T11:02:56Z'],
  ['COvZIYXrX9d', 33, 2, '2021-05-11T17:08:53Z'],
];

const pluto = snapshot('instagram', {
  handle: 'pluto__travel',
  followers: exact(2_187),
  following: exact(110),
  posts: exact(142),
  recentPosts: PLUTO_POSTS.map(([id, likes, comments, at]) =>
    post(id, { likes: exact(likes), comments: exact(comments), publishedAt: at }),
  ),
});

describe('TikTok @illojuan (grid views only → lifetime fallbacks)', () => {
  // No dates in this hand-typed snapshot: the first 12 videos in the grid's order.
  const insight = scoreProfile(illojuan);
  it('tier Macro (783,427)', () => expect(insight.tier).toEqual({ id: 'macro', label: 'Macro' }));
  it('by views: 3,922,256 ÷ 19 = 206,434.5 likes per video ÷ median views of the first 12 (1.5M) ≈ 13.76 %', () => {
    // The first 12 grid values sorted: … 1M, 1.1M | 1.9M, 1.9M … → median (1.1M + 1.9M) ÷ 2 = 1.5M.
    expect(insight.engagement?.basis).toBe('views');
    expect(insight.engagement?.fallback).toBe(true);
    expect(insight.engagement?.rate).toBeCloseTo(3_922_256 / 19 / 1_500_000, 12);
    expect(insight.engagement?.sample).toBe(12);
    expect(insight.sample).toMatchObject({ rule: 'page-order', posts: 12, excluded: { older: 6 } });
  });
  it('the range carries the rounding of "2M"-style counts and the median interval', () => {
    expect(insight.engagement?.low).toBeLessThan(0.1);
    expect(insight.engagement?.high).toBeGreaterThan(0.2);
  });
  it('by followers: 206,434.5 ÷ 783,427 ≈ 26.35 %, exact counts → no range', () => {
    const s = insight.engagement?.secondary;
    expect(s?.rate).toBeCloseTo(3_922_256 / 19 / 783_427, 12);
    expect(s?.low).toBe(s?.rate);
  });
  it('a lifetime figure is never compared with the per-video Modash bands', () => {
    expect(insight.benchmark).toBeNull();
    expect(insight.headline?.label).toBe('Lifetime engagement (fallback)');
    expect(insight.headline?.rating).toBe('lifetime figure: not compared with per-post benchmarks');
  });
  it('outside the microinfluencer range, decided from the followers alone', () => {
    expect(insight.fit.verdict).toBe('outside-range');
    expect(insight.fit.reasons[0]?.text).toBe('783,427 followers, above 100K');
    expect(insight.fit.reasons[1]?.code).toBe('lifetime-only');
    expect(insight.signals).toEqual([]);
  });
});

describe('Instagram pluto__travel, June 2021 (scored on the day it was saved)', () => {
  const insight = scoreProfile(pluto, { now: new Date('2021-06-09T13:00:00Z') });
  it('the last 90 days, the two posts under 3 days old left out: 10 posts', () => {
    expect(insight.sample).toMatchObject({ rule: 'window', posts: 10, excluded: { 'too-new': 2 } });
  });
  it('median of 10 posts: (38 + 44) ÷ 2 = 41 ÷ 2,187 ≈ 1.87 %; ranks 2 and 9 → 34 and 53 ÷ 2,187', () => {
    // Sums of the 10, sorted: 24 34 35 37 38 | 44 48 48 53 148.
    expect(insight.engagement?.rate).toBeCloseTo(41 / 2_187, 12);
    expect(insight.engagement?.low).toBeCloseTo(34 / 2_187, 12);
    expect(insight.engagement?.high).toBeCloseTo(53 / 2_187, 12);
    expect(insight.engagement?.method).toBe(
      'median of 10 posts: (likes + comments) ÷ followers; range = 98% interval of the median plus rounding',
    );
  });
  it('vs the Modash 1K–5K midpoint 3.9 % → 0.48×: Low, and not "far below" (no warning)', () => {
    expect(insight.benchmark?.median).toBe(0.039);
    expect(insight.benchmark?.ratio).toBeCloseTo(41 / 2_187 / 0.039, 9);
    expect(insight.benchmark?.band).toBe('1K–5K followers');
    expect(insight.benchmark?.rating).toBe('low');
    expect(insight.benchmark?.date).toBe('2025');
    expect(insight.headline).toMatchObject({
      label: 'Engagement per post',
      figure: '1.9%',
      of: 'of followers',
      rating: 'Low for Nano on Instagram (band median 3.9%)',
    });
    expect(insight.signals).toEqual([]);
  });
  it('active: posted today, 11 gaps over ≈ 28.8 days ≈ 2.7 a week', () => {
    const span = (Date.parse('2021-06-09T12:41:01Z') - Date.parse('2021-05-11T17:08:53Z')) / 86_400_000;
    expect(insight.activity?.postsPerWeek).toBeCloseTo((11 / span) * 7, 9);
    expect(insight.activity?.daysSinceLastPost).toBeLessThan(1);
  });
  it('weak fit: below its band, four checks clean, active → 0 + 24 + 20 = 44', () => {
    expect(insight.fit.verdict).toBe('weak');
    expect(insight.fit.score).toBe(44);
    expect(insight.fit.reasons.map((r) => r.code)).toEqual([
      'followers-in-range',
      'engagement-below',
      'signals-clean',
      'active',
    ]);
  });
});

const REAL = resolve(import.meta.dirname, '../../../../../shared/real-pages');

describe.skipIf(!existsSync(REAL))('the hand-typed values are the ones in the saved pages', () => {
  it('illojuan: statsV2 and the 18 grid view counts, in order', () => {
    const html = readFileSync(resolve(REAL, 'tiktok/tiktok-profile_illojuan_rendered-dom_en_2025-12-30.html'), 'utf8');
    const views = [...html.matchAll(/data-e2e="video-views"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(views).toEqual(ILLOJUAN_VIEWS);
    expect(html).toContain('"followerCount":"783427"');
    expect(html).toContain('"heartCount":"3922256"');
  });
  it('pluto__travel: followers and the 12 posts in _sharedData', () => {
    const html = readFileSync(resolve(REAL, 'instagram/ig-profile_pluto__travel_2021-06-09_sharedData.html'), 'utf8');
    const start = html.indexOf('{', html.indexOf('window._sharedData'));
    const end = html.indexOf('</script>', start);
    const data = JSON.parse(html.slice(start, end).trim().replace(/;$/, ''));
    const user = data.entry_data.ProfilePage[0].graphql.user;
    expect(user.edge_followed_by.count).toBe(2_187);
    const posts = user.edge_owner_to_timeline_media.edges.map(
      (e: {
        node: {
          shortcode: string;
          edge_liked_by: { count: number };
          edge_media_to_comment: { count: number };
          taken_at_timestamp: number;
        };
      }) => [
        e.node.shortcode,
        e.node.edge_liked_by.count,
        e.node.edge_media_to_comment.count,
        new Date(e.node.taken_at_timestamp * 1000).toISOString().replace('.000Z', 'Z'),
      ],
    );
    expect(posts).toEqual(PLUTO_POSTS);
  });
});
