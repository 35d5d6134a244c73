import { describe, expect, it } from 'vitest';
import { ProfileSnapshotSchema } from '../../../../src/core/snapshot.ts';
import { xReader } from '../../../../src/sites/x/read.ts';
import { exact, fixtureText, htmlDocument } from '../../../support/read-helpers-x-facebook.ts';

// Real rendered X profiles (metascraper fixtures, MIT; values from shared/real-pages/SOURCES.md).
function read(file: string, url: string) {
  const result = xReader.readDocument(htmlDocument(fixtureText(`x/${file}`)), new URL(url));
  if (!result.ok) throw new Error(result.error);
  expect(ProfileSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
  return result.snapshot;
}

describe('X rendered profile, Kikobeats 2025-12-23', () => {
  const snap = read('x-profile_Kikobeats_rendered-dom_en_2025-12-23.html', 'https://x.com/Kikobeats');

  it('reads exact counts from the JSON-LD mainEntity', () => {
    expect(snap.followers).toEqual(exact(3893));
    expect(snap.following).toEqual(exact(406));
    expect(snap.posts).toEqual(exact(23961));
    expect(snap.sources.followers).toMatch(/json-ld mainEntity/);
    expect(snap.displayName).toBe('Kiko Beats');
    expect(snap.lang).toBe('en');
  });

  it('says why there is no lifetime like count', () => {
    expect(snap.totalLikes).toBeNull();
    expect(snap.missing?.totalLikes).toMatch(/no lifetime like count/);
  });

  it('reads the three tweets from their action-group labels, pinned first', () => {
    expect(snap.recentPosts.map((p) => [p.id, p.comments?.value, p.shares?.value, p.likes, p.views?.value])).toEqual([
      ['1759241476758733209', 10, 1, exact(27), 11424],
      ['1987508451887784324', 785, 890, exact(6027), 788311],
      ['1935738866390253649', 36, 31, exact(767), 101187],
    ]);
    expect(snap.recentPosts.map((p) => p.pinned === true)).toEqual([true, false, false]);
    expect(snap.recentPosts[0]?.publishedAt).toBe('2024-02-18T15:40:27.000Z');
    expect(snap.sources.recentPosts).toMatch(/action-group aria-label/);
  });

  it('takes the tweet time, not the quoted tweet time', () => {
    expect(snap.recentPosts[2]?.publishedAt).toBe('2025-06-19T16:38:04.000Z');
  });

  it('accepts the handle in another case in the URL', () => {
    const other = read('x-profile_Kikobeats_rendered-dom_en_2025-12-23.html', 'https://x.com/kikobeats/media');
    expect(other.handle).toBe('kikobeats');
    expect(other.followers).toEqual(exact(3893));
    expect(other.recentPosts).toHaveLength(3);
  });
});

describe('X rendered profile, javilop 2025-12-23', () => {
  const html = fixtureText('x/x-profile_javilop_rendered-dom_en_2025-12-23.html');

  it('prefers the exact JSON-LD 86423 over the visible "86.4K"', () => {
    const snap = read('x-profile_javilop_rendered-dom_en_2025-12-23.html', 'https://x.com/javilop');
    expect(snap.followers).toEqual(exact(86423));
    expect(snap.following).toEqual(exact(1351));
    expect(snap.posts).toEqual(exact(74263));
    expect(snap.recentPosts).toHaveLength(4);
    expect(snap.recentPosts[1]).toMatchObject({
      id: '1827080302172500161',
      likes: exact(100549),
      comments: exact(1264),
      shares: exact(7363),
      views: exact(7483408),
    });
    expect(snap.recentPosts.filter((p) => p.pinned)).toHaveLength(1);
  });

  it('without the JSON-LD, reads the header links as intervals that contain the true numbers', () => {
    const doc = htmlDocument(html);
    for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) el.remove();
    const result = xReader.readDocument(doc, new URL('https://x.com/javilop'));
    if (!result.ok) throw new Error(result.error);
    const { followers, following, posts } = result.snapshot;
    expect(followers?.min).toBe(86400); // "86.4K", truncated by X
    expect(followers && followers.min <= 86423 && 86423 <= followers.max).toBe(true);
    expect(followers && followers.max - followers.min).toBeGreaterThan(0);
    expect(result.snapshot.sources.followers).toMatch(/verified_followers/);
    expect(following).toEqual(exact(1351));
    // "74.2K posts" under the name; the JSON-LD said 74263
    expect(posts && posts.min <= 74263 && 74263 <= posts.max).toBe(true);
    expect(result.snapshot.sources.posts).toMatch(/visible text/);
  });
});

describe('X rendered profile, Kikobeats 2023-01-01 (twitter.com, older layout)', () => {
  const snap = read('x-profile_Kikobeats_rendered-dom_en_2023-01-01.html', 'https://twitter.com/Kikobeats');

  it('reads the JSON-LD under its 2023 key "author"', () => {
    expect(snap.followers).toEqual(exact(3324));
    expect(snap.following).toEqual(exact(393));
    expect(snap.sources.followers).toMatch(/json-ld author/);
  });

  it('reads "1 reply, 6 Retweets, 36 likes" and "1 reply, 2 likes" with the omitted zero', () => {
    expect(snap.recentPosts.map((p) => [p.comments?.value, p.shares?.value, p.likes])).toEqual([
      [1, 6, exact(36)],
      [1, 0, exact(2)],
    ]);
    expect(snap.recentPosts[0]?.pinned).toBe(true); // social context "Pinned Tweet"
  });

  it('takes views from the analytics link when the 2023 label has none, and null when that has none', () => {
    expect(snap.recentPosts[0]?.views).toBeNull(); // "View Tweet analytics": a 2021 tweet, before view counts
    expect(snap.recentPosts[1]?.views).toEqual(exact(428)); // "428 Views. View Tweet analytics"
  });

  it('falls back to the older /followers link without the JSON-LD', () => {
    const doc = htmlDocument(fixtureText('x/x-profile_Kikobeats_rendered-dom_en_2023-01-01.html'));
    for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) el.remove();
    const result = xReader.readDocument(doc, new URL('https://twitter.com/Kikobeats'));
    if (!result.ok) throw new Error(result.error);
    expect(result.snapshot.followers).toEqual(exact(3324));
    expect(result.snapshot.sources.followers).toMatch(/\/USER\/followers/);
    expect(result.snapshot.following).toEqual(exact(393));
    const posts = result.snapshot.posts; // "23.1K Tweets"; the JSON-LD said 23154
    expect(posts && posts.min <= 23154 && 23154 <= posts.max).toBe(true);
  });
});
