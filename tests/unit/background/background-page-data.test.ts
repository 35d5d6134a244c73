// The worker's half of the page-data path: API responses the page received (as the observer projects them) join
// the page's own read. Identity first: a payload about another account, or about nobody, changes nothing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergePosts, readHandedPayload, withPageData } from '../../../src/background/page-data.ts';
import { route } from '../../../src/background/router.ts';
import { keepKeys, PAYLOAD_KEYS } from '../../../src/content/page-data/keep-keys.ts';
import type { ProfileSnapshot, RecentPost } from '../../../src/core/snapshot.ts';
import type { ProfileView } from '../../../src/messages/view.ts';
import { instagramReader } from '../../../src/sites/instagram/read.ts';
import { tiktokReader } from '../../../src/sites/tiktok/read.ts';
import { xReader } from '../../../src/sites/x/read.ts';
import { harness } from '../../support/background-deps.ts';
import { HAS_REAL, REAL } from '../../support/read-helpers-tt-ig-yt.ts';

const exact = (n: number) => ({ value: n, min: n, max: n });
const projected = (site: keyof typeof PAYLOAD_KEYS, file: string) =>
  JSON.stringify(keepKeys(JSON.parse(readFileSync(resolve(REAL, file), 'utf8')), new Set(PAYLOAD_KEYS[site])));
const post = (id: string, at: string | null, likes = 1, more: Partial<RecentPost> = {}): RecentPost => ({
  id,
  likes: exact(likes),
  comments: exact(0),
  views: null,
  publishedAt: at,
  ...more,
});

describe('mergePosts', () => {
  it('the same post once, the page data winning; new posts added; newest first, undated after', () => {
    const shown = [post('a', '2026-01-03T00:00:00Z', 10), post('u', null), post('b', '2026-01-01T00:00:00Z', 20)];
    const data = [post('b', '2026-01-01T00:00:00Z', 25, { origin: 'page-data' }), post('c', '2026-01-02T00:00:00Z')];
    const merged = mergePosts(shown, data);
    expect(merged.map((p) => p.id)).toEqual(['a', 'c', 'b', 'u']);
    expect(merged.find((p) => p.id === 'b')).toMatchObject({ likes: exact(25), origin: 'page-data' });
  });
});

describe('withPageData: which count stands', () => {
  const snap = (followers: ProfileSnapshot['followers']): ProfileSnapshot => ({
    platform: 'youtube',
    handle: 'onemedia.',
    url: 'https://www.youtube.com/@OneMedia.',
    lang: 'es',
    followers,
    following: null,
    posts: null,
    totalLikes: null,
    recentPosts: [],
    sources: { followers: 'shown' },
  });
  const rounded = (min: number, max: number) => ({ value: (min + max) / 2, min, max });
  it('exact over rounded, either way round; of two rounded the narrower; at equal precision what stands', () => {
    expect(withPageData(snap(rounded(1.2e6, 1.3e6)), snap(exact(1_234_567))).followers).toEqual(exact(1_234_567));
    expect(withPageData(snap(exact(1_234_567)), snap(rounded(1.2e6, 1.3e6))).followers).toEqual(exact(1_234_567));
    expect(withPageData(snap(exact(5)), snap(exact(6))).followers).toEqual(exact(5));
    const narrower = withPageData(snap(rounded(1.2e6, 1.3e6)), snap(rounded(1.23e6, 1.24e6)));
    expect(narrower.followers).toEqual(rounded(1.23e6, 1.24e6));
    expect(narrower.sources.followers).toMatch(/^page data/);
    const same = withPageData(snap(rounded(1.2e6, 1.3e6)), snap(rounded(1.3e6, 1.4e6)));
    expect(same.followers).toEqual(rounded(1.2e6, 1.3e6));
    expect(same.sources.followers).toBe('shown');
  });
});

describe.skipIf(!HAS_REAL)('readHandedPayload: identity first, on real captures', () => {
  const timeline = () =>
    projected('instagram', 'instagram/ig-user-timeline-graphql_anasaiaofficial_page2_2024-03-17.json');
  it('an Instagram timeline page for the profile in the URL: its 12 posts, exact, marked as page data', () => {
    const read = readHandedPayload(instagramReader, timeline(), new URL('https://www.instagram.com/anasaiaofficial/'));
    expect(read?.recentPosts).toHaveLength(12);
    expect(
      read?.recentPosts.every((p) => p.origin === 'page-data' && p.likes !== 'hidden' && p.likes?.min === p.likes?.max),
    ).toBe(true);
  });
  it('the same payload on another profile’s page changes nothing', () => {
    expect(
      readHandedPayload(instagramReader, timeline(), new URL('https://www.instagram.com/someoneelse/')),
    ).toBeNull();
  });
  it('a payload that names nobody (a TikTok item list stripped of its authors) is refused', () => {
    const text = projected('tiktok', 'tiktok/tiktok-item_list-REDUCED_2026-01-29.json');
    expect(readHandedPayload(tiktokReader, text, new URL('https://www.tiktok.com/@oddanimalspecimens'))).toBeNull();
    // With each item's author (as the live endpoint sends it), the same items are read.
    const items = (JSON.parse(text) as Array<Record<string, unknown>>).map((i) => ({
      ...i,
      author: { uniqueId: 'oddanimalspecimens' },
    }));
    const read = readHandedPayload(
      tiktokReader,
      JSON.stringify(items),
      new URL('https://www.tiktok.com/@oddanimalspecimens'),
    );
    expect(read?.recentPosts.length).toBe(53);
  });
  it('X UserTweets: the timeline’s owner, with or without a pinned tweet', () => {
    const text = projected('x', 'x/x-UserTweets_XDevelopers_2026-08-07.json');
    const read = readHandedPayload(xReader, text, new URL('https://x.com/XDevelopers'));
    expect(read?.followers?.value).toBe(695_695);
    expect(read?.recentPosts.filter((p) => !p.pinned).length).toBe(4);
    expect(readHandedPayload(xReader, text, new URL('https://x.com/javilop'))).toBeNull();
  });
  it('not JSON, or JSON of another kind → null', () => {
    expect(readHandedPayload(xReader, '{"data":', new URL('https://x.com/a'))).toBeNull();
    expect(readHandedPayload(xReader, '{"data":{"nothing":1}}', new URL('https://x.com/a'))).toBeNull();
  });
});

describe.skipIf(!HAS_REAL)('the router: a page read, then the page’s API responses join it', () => {
  const url = 'https://www.instagram.com/anasaiaofficial/';
  const origin = { from: 'content' as const, tabId: 1, url: new URL(url) };
  const ref = { platform: 'instagram' as const, handle: 'anasaiaofficial' };
  const pageRead: ProfileSnapshot = {
    platform: 'instagram',
    handle: 'anasaiaofficial',
    url,
    lang: 'en',
    followers: { value: 12_300, min: 12_250, max: 12_350 },
    following: null,
    posts: null,
    totalLikes: null,
    recentPosts: [],
    sources: { followers: 'meta description' },
  };
  const timeline = projected('instagram', 'instagram/ig-user-timeline-graphql_anasaiaofficial_page2_2024-03-17.json');

  it('the payload\u2019s 12 posts become the sample; a later page read keeps them; another account’s changes nothing', async () => {
    const h = harness();
    const first = await route({ kind: 'content:profile-read', snapshot: pageRead }, origin, h.deps);
    expect((first as { data: ProfileView }).data.insight?.engagement).toBeNull();

    const joined = (await route({ kind: 'content:payload', ref, text: timeline }, origin, h.deps)) as {
      data: ProfileView;
    };
    expect(joined.data.snapshot.recentPosts.filter((p) => p.origin === 'page-data')).toHaveLength(12);
    expect(joined.data.insight?.engagement?.rate).not.toBeNull();
    expect(joined.data.insight?.sample?.posts).toBe(12);

    // The page reads itself again (scrolling): the API posts stay.
    const again = (await route({ kind: 'content:profile-read', snapshot: pageRead }, origin, h.deps)) as {
      data: ProfileView;
    };
    expect(again.data.snapshot.recentPosts.filter((p) => p.origin === 'page-data')).toHaveLength(12);

    // The same payload sent from another profile's page: refused, that profile untouched.
    const elsewhere = { from: 'content' as const, tabId: 1, url: new URL('https://www.instagram.com/someoneelse/') };
    const before = h.dump();
    const refused = await route(
      { kind: 'content:payload', ref: { platform: 'instagram', handle: 'someoneelse' }, text: timeline },
      elsewhere,
      h.deps,
    );
    expect(refused).toEqual({ ok: true, data: null });
    expect(h.dump()).toEqual(before);
  });

  it('a payload naming a profile the sending page does not show is rejected before it is read', async () => {
    const h = harness();
    const reply = await route(
      { kind: 'content:payload', ref: { platform: 'instagram', handle: 'someoneelse' }, text: timeline },
      origin,
      h.deps,
    );
    expect(reply.ok).toBe(false);
  });

  it('an oversized or malformed payload message is rejected with a reason', async () => {
    const h = harness();
    const big = await route({ kind: 'content:payload', ref, text: 'x'.repeat(300 * 1024) }, origin, h.deps);
    expect(big).toMatchObject({ ok: false, error: expect.stringMatching(/malformed content message/) });
    const bad = await route({ kind: 'content:payload', ref, text: 42 }, origin, h.deps);
    expect(bad.ok).toBe(false);
  });
});
