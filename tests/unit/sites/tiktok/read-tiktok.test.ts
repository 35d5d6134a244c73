import { describe, expect, it } from 'vitest';
import { tiktokReader } from '../../../../src/sites/tiktok/read.ts';
import { tiktokStat } from '../../../../src/sites/tiktok/stats.ts';
import {
  exact,
  expectAllCountsNull,
  expectRoundedAround,
  fixtureText,
  HAS_REAL,
  htmlDocument,
  realJson,
  realText,
  snapshotOf,
} from '../../../support/read-helpers-tt-ig-yt.ts';

const PROFILE = 'tiktok/tiktok-profile_illojuan_rendered-dom_en_2025-12-30.html';
const ILLOJUAN = new URL('https://www.tiktok.com/@illojuan');
const profileDoc = () => htmlDocument(fixtureText(PROFILE));

describe('TikTok profile page (metascraper rendered DOM, 2025-12-30)', () => {
  const snap = snapshotOf(tiktokReader.readDocument(profileDoc(), ILLOJUAN));

  it('reads the exact statsV2 numbers, not the rounded stats', () => {
    expect(snap.followers).toEqual(exact(783427));
    expect(snap.sources.followers).toBe('statsV2');
    expect(snap.totalLikes).toEqual(exact(3922256));
    expect(snap.posts).toEqual(exact(19));
    expect(snap.following).toEqual(exact(0));
    expect(snap.lang).toBe('en');
    expect(snap.sources.lang).toBe('webapp.app-context.language');
    expect(snap.verified).toBe(true);
    expect(snap.displayName).toBe('IlloJuan');
  });

  it('reads the 18 grid videos with their compact views', () => {
    expect(snap.recentPosts).toHaveLength(18);
    expect(snap.recentPosts[0]?.id).toBe('7571863205253778710');
    expectRoundedAround(snap.recentPosts[0]?.views, 192100);
    expectRoundedAround(snap.recentPosts[1]?.views, 1.9e6);
    expect(snap.recentPosts.every((p) => /^\d+$/.test(p.id) && p.likes === null)).toBe(true);
    expect(snap.sources.recentPosts).toBe('dom:[data-e2e=video-views]');
  });
});

describe('TikTok degraded pages', () => {
  it('does not attribute the rehydration JSON, JSON-LD or header to another handle (stale after SPA navigation)', () => {
    const snap = snapshotOf(tiktokReader.readDocument(profileDoc(), new URL('https://www.tiktok.com/@someoneelse')));
    expectAllCountsNull(snap);
    expect(snap.missing?.followers).toMatch(/rehydration JSON is for @illojuan/);
    expect(snap.missing?.followers).toMatch(/header shows @illojuan/);
    expect(snap.recentPosts).toEqual([]);
  });

  it("a header that names no handle is not read after navigation: its counts may be the previous profile's", () => {
    const doc = profileDoc();
    for (const el of doc.querySelectorAll('[data-e2e="user-title"]')) el.remove();
    doc.title = 'TikTok';
    // Only the header's visible counts remain (5.5M-style compact text of the profile navigated away from).
    const snap = snapshotOf(tiktokReader.readDocument(doc, new URL('https://www.tiktok.com/@someoneelse')));
    expect(snap.followers).toBeNull();
    expect(snap.missing?.followers).toMatch(/header names no handle/);
    // The same header, once it names the new handle, is read (a positive sign the counts were there to read).
    const named = profileDoc();
    const title = named.querySelector('[data-e2e="user-title"]');
    if (title) title.textContent = 'someoneelse';
    expect(
      snapshotOf(tiktokReader.readDocument(named, new URL('https://www.tiktok.com/@someoneelse'))).followers,
    ).not.toBeNull();
  });

  it('uses the re-rendered DOM when the JSON is stale but the header shows the new handle', () => {
    const doc = profileDoc();
    const title = doc.querySelector('[data-e2e="user-title"]');
    const followers = doc.querySelector('[data-e2e="followers-count"]');
    if (!title || !followers) throw new Error('fixture changed');
    title.textContent = 'someoneelse';
    followers.textContent = '12.5K';
    const snap = snapshotOf(tiktokReader.readDocument(doc, new URL('https://www.tiktok.com/@someoneelse')));
    expectRoundedAround(snap.followers, 12_500);
    expect(snap.followers?.max).toBeLessThan(13_000);
    expect(snap.sources.followers).toBe('dom:strong[data-e2e="followers-count"]');
    expect(snap.posts).toBeNull(); // the DOM shows no video count; never the stale 19
    expect(snap.recentPosts).toEqual([]); // the grid links still point at @illojuan
  });

  it('falls back to JSON-LD when the rehydration script is removed', () => {
    const doc = profileDoc();
    doc.querySelector('#__UNIVERSAL_DATA_FOR_REHYDRATION__')?.remove();
    const snap = snapshotOf(tiktokReader.readDocument(doc, ILLOJUAN));
    expect(snap.followers).toEqual(exact(783427));
    expect(snap.sources.followers).toBe('json-ld');
    expect(snap.totalLikes).toEqual(exact(3922256));
    expect(snap.posts).toBeNull();
    expect(snap.missing?.posts).toMatch(/no __UNIVERSAL_DATA_FOR_REHYDRATION__/);
    expect(snap.lang).toBe('en'); // from <html lang> now
    expect(snap.sources.lang).toBe('html[lang]');
  });

  it('falls back to JSON-LD when the rehydration JSON is truncated (mangled)', () => {
    const doc = profileDoc();
    const script = doc.querySelector('#__UNIVERSAL_DATA_FOR_REHYDRATION__');
    if (!script) throw new Error('fixture changed');
    script.textContent = (script.textContent ?? '').slice(0, 5000);
    const snap = snapshotOf(tiktokReader.readDocument(doc, ILLOJUAN));
    expect(snap.sources.followers).toBe('json-ld');
    expect(snap.followers).toEqual(exact(783427));
  });

  it('reads the compact DOM text when both scripts are gone', () => {
    const doc = profileDoc();
    doc.querySelector('#__UNIVERSAL_DATA_FOR_REHYDRATION__')?.remove();
    doc.querySelector('#ProfilePage')?.remove();
    const snap = snapshotOf(tiktokReader.readDocument(doc, ILLOJUAN));
    expectRoundedAround(snap.followers, 783427);
    expect(snap.sources.followers).toBe('dom:strong[data-e2e="followers-count"]');
    expectRoundedAround(snap.totalLikes, 3922256);
    expect(snap.following).toEqual(exact(0));
  });

  it('returns nulls with the selectors tried when scripts and header nodes are removed', () => {
    const doc = profileDoc();
    for (const sel of [
      '#__UNIVERSAL_DATA_FOR_REHYDRATION__',
      '#ProfilePage',
      '[data-e2e="followers-count"]',
      '[data-e2e="following-count"]',
      '[data-e2e="likes-count"]',
    ]) {
      doc.querySelector(sel)?.remove();
    }
    const snap = snapshotOf(tiktokReader.readDocument(doc, ILLOJUAN));
    expectAllCountsNull(snap);
    expect(snap.missing?.followers).toContain('strong[data-e2e="followers-count"]');
  });

  it('reads an empty page as a snapshot with reasons, and never throws on a broken document', () => {
    expectAllCountsNull(snapshotOf(tiktokReader.readDocument(htmlDocument('<html><body></body></html>'), ILLOJUAN)));
    const broken = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    ) as Document;
    const result = tiktokReader.readDocument(broken, ILLOJUAN);
    expect(result.ok).toBe(false);
  });

  it('refuses URLs that are not a TikTok profile', () => {
    const result = tiktokReader.readDocument(
      profileDoc(),
      new URL('https://www.tiktok.com/@illojuan/video/7571863205253778710'),
    );
    expect(result).toMatchObject({ ok: false });
    expect(tiktokReader.readDocument(profileDoc(), new URL('https://www.youtube.com/@illojuan')).ok).toBe(false);
  });
});

describe('TikTok hand-made layers', () => {
  const page = (body: string) => htmlDocument(`<html lang="es"><head></head><body>${body}</body></html>`);
  const rehydration = (uniqueId: string, stats: object, statsV2?: object) =>
    `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${JSON.stringify({
      __DEFAULT_SCOPE__: {
        'webapp.app-context': { language: 'es' },
        'webapp.user-detail': { userInfo: { user: { uniqueId }, stats, ...(statsV2 ? { statsV2 } : {}) } },
      },
    })}</script>`;

  it('matches the handle case-insensitively', () => {
    const doc = page(rehydration('MiXed', { followerCount: 12 }, { followerCount: '12' }));
    expect(snapshotOf(tiktokReader.readDocument(doc, new URL('https://www.tiktok.com/@mixed'))).followers).toEqual(
      exact(12),
    );
  });

  it('reads rounded stats as an interval when statsV2 is absent', () => {
    const snap = snapshotOf(
      tiktokReader.readDocument(
        page(rehydration('ana', { followerCount: 4_000_000, videoCount: 178 })),
        new URL('https://www.tiktok.com/@ana'),
      ),
    );
    expectRoundedAround(snap.followers, 4_001_943);
    expect(snap.sources.followers).toBe('stats (rounded)');
    expect(snap.posts).toEqual(exact(178));
    expect(snap.lang).toBe('es');
  });

  it('reads SIGI_STATE (2022–23) and __NEXT_DATA__ (2020–21) states', () => {
    const sigi = `<script id="SIGI_STATE" type="application/json">${JSON.stringify({ UserModule: { users: { ana: { uniqueId: 'ana' } }, stats: { ana: { followerCount: 1234, heartCount: 5678 } } } })}</script>`;
    const snapA = snapshotOf(tiktokReader.readDocument(page(sigi), new URL('https://www.tiktok.com/@ana')));
    expect(snapA.followers).toEqual(exact(1234));
    expect(snapA.sources.followers).toBe('SIGI_STATE.stats (rounded)');
    const next = `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { userInfo: { user: { uniqueId: 'ana' }, stats: { followingCount: 7 } } } } })}</script>`;
    expect(snapshotOf(tiktokReader.readDocument(page(next), new URL('https://www.tiktok.com/@ana'))).following).toEqual(
      exact(7),
    );
  });

  it('reads grid views, skips other handles, flags the pinned badge', () => {
    const card = (user: string, id: string, views: string, badge = '') =>
      `<div data-e2e="user-post-item">${badge}<a href="https://www.tiktok.com/@${user}/video/${id}"><strong data-e2e="video-views">${views}</strong></a></div>`;
    const doc = page(
      card('ana', '1', '2156') +
        card('bob', '2', '5K') +
        card('ana', '3', '1.2M', '<div data-e2e="video-card-badge">Pinned</div>'),
    );
    const snap = snapshotOf(tiktokReader.readDocument(doc, new URL('https://www.tiktok.com/@ana')));
    expect(snap.recentPosts.map((p) => p.id)).toEqual(['1', '3']);
    expect(snap.recentPosts[0]?.views).toEqual(exact(2156));
    expect(snap.recentPosts[0]?.pinned).toBeUndefined();
    expect(snap.recentPosts[1]?.pinned).toBe(true);
  });
});

describe('tiktokStat: rounded JSON numbers', () => {
  it('is exact below 10,000 and for values that are not a multiple of the rounding unit', () => {
    expect(tiktokStat(9999)).toEqual(exact(9999));
    expect(tiktokStat(783427)).toEqual(exact(783427));
    expect(tiktokStat('97723')).toEqual(exact(97723));
  });
  it('is an interval for multiples of the unit, covering rounding and truncation', () => {
    expectRoundedAround(tiktokStat(783400), 783427);
    expectRoundedAround(tiktokStat(783400), 783351);
    expectRoundedAround(tiktokStat(3_900_000), 3_922_256);
    expect(tiktokStat(-1)).toBeNull();
    expect(tiktokStat('12a')).toBeNull();
  });
});

describe.skipIf(!HAS_REAL)('TikTok payloads (shared/real-pages)', () => {
  it('reads a userInfo object with exact statsV2 and identity from the payload', () => {
    const snap = snapshotOf(
      tiktokReader.readPayload?.(realJson('tiktok/tiktok-userInfo_oddanimalspecimens_2026-01-29.json'), null),
    );
    expect(snap.handle).toBe('oddanimalspecimens');
    expect(snap.followers).toEqual(exact(4_001_943));
    expect(snap.sources.followers).toBe('userInfo.statsV2');
    expect(snap.totalLikes).toEqual(exact(77_615_151));
    expect(snap.posts).toEqual(exact(178));
    expect(snap.following).toEqual(exact(9));
  });

  it('refuses a userInfo whose handle is not the URL’s', () => {
    const result = tiktokReader.readPayload?.(
      realJson('tiktok/tiktok-userInfo_oddanimalspecimens_2026-01-29.json'),
      new URL('https://www.tiktok.com/@illojuan'),
    );
    expect(result).toMatchObject({ ok: false });
  });

  it('reads an item_list with rounded stats as intervals, exact below 10,000; needs --url', () => {
    const json = realJson('tiktok/tiktok-item_list-REDUCED_2026-01-29.json');
    expect(tiktokReader.readPayload?.(json, null)).toEqual({
      ok: false,
      error: 'cannot tell which profile: pass --url',
    });
    const snap = snapshotOf(tiktokReader.readPayload?.(json, new URL('https://www.tiktok.com/@oddanimalspecimens')));
    expect(snap.recentPosts).toHaveLength(53);
    const big = snap.recentPosts.find((p) => p.id === '7424178477068258603');
    expectRoundedAround(big?.views, 38_900_000);
    expectRoundedAround(big?.likes, 3_900_000);
    expectRoundedAround(big?.comments, 37_600);
    expectRoundedAround(big?.shares ?? null, 893_600);
    const small = snap.recentPosts.find((p) => p.id === '7057579848453147951');
    expect(small?.comments).toEqual(exact(3132));
    expect(small?.shares).toEqual(exact(2227));
    expect(snap.followers).toBeNull();
  });

  it('reads the video-detail itemStruct as one video of its author', () => {
    const snap = snapshotOf(
      tiktokReader.readPayload?.(
        realJson('tiktok/tiktok-video-detail-REDUCED_2026-01-29.json'),
        new URL('https://www.tiktok.com/@oddanimalspecimens'),
      ),
    );
    const post = snap.recentPosts.find((p) => p.id === '7198206283571285294');
    expect(post?.comments).toEqual(exact(4572));
    expectRoundedAround(post?.likes, 1_500_000);
    expect(snap.followers).toBeNull(); // authorStats are rounded and not read as the profile's
  });

  it('does not read a video page as a profile', () => {
    const doc = htmlDocument(
      realText('tiktok/tiktok-video_illojuan-7571863205253778710_rendered-dom_en_2025-12-30.html'),
    );
    expect(
      tiktokReader.readDocument(doc, new URL('https://www.tiktok.com/@illojuan/video/7571863205253778710')),
    ).toMatchObject({ ok: false });
    // Read at the author's profile URL it has no profile numbers: nulls with reasons, never authorStats' 783400.
    expectAllCountsNull(snapshotOf(tiktokReader.readDocument(doc, ILLOJUAN)));
  });
});
