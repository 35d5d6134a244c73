// Which posts stand for the account now: the window, the newest-N fallback, each exclusion with its reason, and the
// properties a marketer relies on (an old or pinned post never moves the rate; the page's order never does).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreProfile } from '../../../../src/core/scoring/index.ts';
import { samplePosts } from '../../../../src/core/scoring/sample.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../../../src/core/scoring/settings.ts';
import type { RecentPost } from '../../../../src/core/snapshot.ts';
import { exact, post, snapshot } from '../../../support/scoring-fixtures.ts';

const S = DEFAULT_SCORING_SETTINGS;
const NOW = new Date('2026-06-30T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
const ig = (id: string, age: number, likes = 100, more: Partial<RecentPost> = {}) =>
  post(id, { likes: exact(likes), comments: exact(5), publishedAt: daysAgo(age), ...more });
const ids = (posts: readonly RecentPost[]) => posts.map((p) => p.id);
const sampleOf = (posts: RecentPost[], platform: 'instagram' | 'youtube' = 'instagram') =>
  samplePosts(snapshot(platform, { followers: exact(10_000), recentPosts: posts }), S, NOW);

describe('the window and the newest-N fallback', () => {
  it('the last 90 days when they hold at least 5 posts; older ones left out and counted', () => {
    const s = sampleOf([ig('a', 5), ig('b', 20), ig('c', 40), ig('d', 60), ig('e', 89), ig('f', 120), ig('g', 400)]);
    expect(s.rule).toBe('window');
    expect(ids(s.posts)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(s.excluded).toEqual({ older: 2 });
  });
  it('fewer than 5 in the window: the newest 12, whatever their age, with the span stated', () => {
    const posts = Array.from({ length: 15 }, (_, i) => ig(`p${i}`, 30 + i * 30));
    const s = sampleOf(posts);
    expect(s.rule).toBe('newest');
    expect(s.posts).toHaveLength(12);
    expect(s.to).toBe(Date.parse(daysAgo(30)));
    expect(s.from).toBe(Date.parse(daysAgo(30 + 11 * 30)));
    expect(s.excluded).toEqual({ older: 3 });
    const insight = scoreProfile(snapshot('instagram', { followers: exact(10_000), recentPosts: posts }), { now: NOW });
    expect(insight.sample?.text).toMatch(/^the newest 12 posts \(.+ – .+\): fewer than needed in the last 90 days$/);
  });
  it('posts younger than 3 days wait (still gathering likes), and are counted', () => {
    const s = sampleOf([ig('new', 1), ig('a', 5), ig('b', 10), ig('c', 15), ig('d', 20), ig('e', 25)]);
    expect(ids(s.posts)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(s.excluded).toEqual({ 'too-new': 1 });
    // …but they are the newest activity.
    expect(s.timeline[0]?.post.id).toBe('new');
  });
  it('no dates at all: the first 12 in the page order', () => {
    const posts = Array.from({ length: 14 }, (_, i) => post(`u${i}`, { likes: exact(10), comments: exact(1) }));
    const s = sampleOf(posts);
    expect(s.rule).toBe('page-order');
    expect(ids(s.posts)).toEqual(ids(posts.slice(0, 12)));
    expect(s.excluded).toEqual({ older: 2 });
  });
  it('an undated post among dated ones is left out: its age cannot be told', () => {
    const s = sampleOf([ig('a', 5), post('x', { likes: exact(1), comments: exact(1) }), ig('b', 6)]);
    expect(ids(s.posts)).toEqual(['a', 'b']);
    expect(s.excluded).toEqual({ undated: 1 });
  });
});

describe('exclusions, each with its reason', () => {
  it('pinned, live, trailer and curated posts never enter the sample', () => {
    const s = sampleOf([
      ig('pin', 700, 9_999, { pinned: true }),
      ig('live', 10, 500, { kind: 'live' }),
      ig('trailer', 30, 500, { kind: 'trailer' }),
      ig('promo', 12, 500, { curated: true }),
      ig('a', 5),
    ]);
    expect(ids(s.posts)).toEqual(['a']);
    expect(s.excluded).toEqual({ pinned: 1, live: 1, trailer: 1, curated: 1 });
    expect(ids(s.timeline.map((d) => d.post))).toEqual(['a']);
  });
  it('YouTube judges long videos and Shorts apart: the format with more posts', () => {
    const v = (id: string, age: number, kind?: 'short') =>
      post(id, { views: exact(1_000), publishedAt: daysAgo(age), ...(kind ? { kind } : {}) });
    const mostlyShorts = sampleOf(
      [v('s1', 4, 'short'), v('s2', 5, 'short'), v('s3', 6, 'short'), v('l1', 7)],
      'youtube',
    );
    expect(mostlyShorts.format).toBe('short');
    expect(ids(mostlyShorts.posts)).toEqual(['s1', 's2', 's3']);
    expect(mostlyShorts.excluded).toEqual({ 'other-format': 1 });
    const tie = sampleOf([v('s1', 4, 'short'), v('l1', 7)], 'youtube');
    expect(tie.format).toBe('video');
  });
  it('the insight says what was left out, in words', () => {
    const insight = scoreProfile(
      snapshot('instagram', {
        followers: exact(10_000),
        recentPosts: [ig('pin', 700, 9_999, { pinned: true }), ig('promo', 12, 500, { curated: true }), ig('a', 5)],
      }),
      { now: NOW },
    );
    expect(insight.sample?.excludedText).toBe('left out: 1 pinned, 1 from a selection, not the timeline');
    expect(insight.sample?.excluded).toEqual({ pinned: 1, curated: 1 });
  });
  it('only a selection on the page: no rate, and the reason says the page shows no timeline', () => {
    const posts = [1, 2, 3, 4, 5, 6].map((i) => ig(`h${i}`, 100 * i, 5_000, { curated: true }));
    const insight = scoreProfile(snapshot('x', { followers: exact(50_000), recentPosts: posts }), { now: NOW });
    expect(insight.engagement).toBeNull();
    expect(insight.fit.verdict).toBe('insufficient-data');
    expect(insight.fit.reasons[1]).toMatchObject({ code: 'no-timeline' });
    expect(insight.fit.reasons[1]?.text).toMatch(
      /selection of posts, not the latest ones: X shows logged-out visitors/,
    );
  });
});

// Ten timeline posts of varied engagement in the last 60 days.
const timelineArb = fc
  .array(fc.record({ age: fc.integer({ min: 3, max: 89 }), likes: fc.integer({ min: 1, max: 5_000 }) }), {
    minLength: 5,
    maxLength: 20,
  })
  .map((rows) => rows.map((r, i) => ig(`t${i}`, r.age, r.likes)));

describe('properties', () => {
  const rate = (posts: RecentPost[]) =>
    scoreProfile(snapshot('instagram', { followers: exact(20_000), recentPosts: posts }), { now: NOW }).engagement
      ?.rate;

  it('adding a post older than the window never changes the rate when the window holds enough', () => {
    fc.assert(
      fc.property(
        timelineArb,
        fc.integer({ min: 91, max: 3_000 }),
        fc.integer({ min: 1, max: 1e6 }),
        (posts, age, likes) => {
          expect(rate([...posts, ig('old', age, likes)])).toBe(rate(posts));
        },
      ),
    );
  });
  it('adding a pinned, live or curated post (any age, any counts) never changes the rate', () => {
    const marked = fc.constantFrom<Partial<RecentPost>>({ pinned: true }, { kind: 'live' }, { curated: true });
    fc.assert(
      fc.property(
        timelineArb,
        fc.integer({ min: 0, max: 3_000 }),
        fc.integer({ min: 0, max: 1e7 }),
        marked,
        fc.nat(),
        (posts, age, likes, mark, at) => {
          const extra = ig('extra', age, likes, mark);
          const withExtra = [...posts];
          withExtra.splice(at % (posts.length + 1), 0, extra);
          expect(rate(withExtra)).toBe(rate(posts));
        },
      ),
    );
  });
  it('reordering a timeline never changes the rate', () => {
    fc.assert(
      fc.property(
        timelineArb.chain((posts) =>
          fc.tuple(fc.constant(posts), fc.shuffledSubarray(posts, { minLength: posts.length })),
        ),
        ([posts, shuffled]) => {
          expect(rate(shuffled)).toBe(rate(posts));
        },
      ),
    );
  });
  it('the sample is newest first and holds no excluded post', () => {
    fc.assert(
      fc.property(timelineArb, (posts) => {
        const s = sampleOf(posts);
        const times = s.posts.map((p) => Date.parse(p.publishedAt ?? ''));
        expect(times).toEqual([...times].sort((a, b) => b - a));
        const left = Object.values(s.excluded).reduce((a, b) => a + (b ?? 0), 0);
        expect(s.posts.length + left).toBe(posts.length);
      }),
    );
  });
});
