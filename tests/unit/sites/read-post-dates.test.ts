// What the readers tell scoring about each post on the real pages: its date, and whether the page lists it in a
// timeline or in a selection (X's logged-out highlights).
import { describe, expect, it } from 'vitest';
import type { ProfileSnapshot } from '../../../src/core/snapshot.ts';
import { instagramReader } from '../../../src/sites/instagram/read.ts';
import { tiktokReader } from '../../../src/sites/tiktok/read.ts';
import { xReader } from '../../../src/sites/x/read.ts';
import { fixtureText, htmlDocument, snapshotOf } from '../../support/read-helpers-tt-ig-yt.ts';

const read = (reader: typeof xReader, file: string, url: string): ProfileSnapshot =>
  snapshotOf(reader.readDocument(htmlDocument(fixtureText(file)), new URL(url)));

describe('X logged out: the page lists highlighted posts, not the timeline', () => {
  it.each([
    ['x/x-profile_javilop_rendered-dom_en_2025-12-23.html', 'https://x.com/javilop', 3],
    ['x/x-profile_Kikobeats_rendered-dom_en_2025-12-23.html', 'https://x.com/kikobeats', 2],
    ['x/x-profile_Kikobeats_rendered-dom_en_2023-01-01.html', 'https://twitter.com/Kikobeats', 1],
  ])('%s: every unpinned post is marked curated', (file, url, unpinned) => {
    const snap = read(xReader, file, url);
    const posts = snap.recentPosts.filter((p) => !p.pinned);
    expect(posts).toHaveLength(unpinned);
    expect(posts.every((p) => p.curated === true)).toBe(true);
    expect(posts.every((p) => p.publishedAt)).toBe(true);
  });

  it('the same page without the sign-in prompts (logged in): a list out of date order is still a selection', () => {
    const html = fixtureText('x/x-profile_javilop_rendered-dom_en_2025-12-23.html').replace(
      /data-testid="(login|signup)"/g,
      'data-testid="x-$1"',
    );
    const posts = snapshotOf(xReader.readDocument(htmlDocument(html), new URL('https://x.com/javilop'))).recentPosts;
    // 2024-08, 2023-02, 2025-08 in page order: not newest first.
    expect(posts.filter((p) => !p.pinned).every((p) => p.curated === true)).toBe(true);
  });
});

describe('TikTok grid: dates from the video ids, a newest-first timeline', () => {
  it('@illojuan: 18 videos, each dated, none curated, newest first', () => {
    const snap = read(
      tiktokReader,
      'tiktok/tiktok-profile_illojuan_rendered-dom_en_2025-12-30.html',
      'https://www.tiktok.com/@illojuan',
    );
    expect(snap.recentPosts).toHaveLength(18);
    const times = snap.recentPosts.map((p) => Date.parse(p.publishedAt ?? ''));
    expect(times.every(Number.isFinite)).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(snap.recentPosts.some((p) => p.curated)).toBe(false);
    // 16 of the 18 are from 2022 or earlier: the grid is no recent activity.
    expect(times.filter((t) => t < Date.parse('2023-01-01')).length).toBe(16);
  });
});

describe('Instagram 2021 (_sharedData): dated timeline posts', () => {
  it('@pluto__travel: 12 posts, dated, none curated', () => {
    const snap = read(
      instagramReader,
      'instagram/ig-profile_pluto__travel_2021-06-09_sharedData.html',
      'https://www.instagram.com/pluto__travel/',
    );
    expect(snap.recentPosts).toHaveLength(12);
    expect(snap.recentPosts.every((p) => p.publishedAt && !p.curated)).toBe(true);
  });
});
