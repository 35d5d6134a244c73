import { describe, expect, it } from 'vitest';
import { instagramReader } from '../../../../src/sites/instagram/read.ts';
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

const PLUTO = new URL('https://www.instagram.com/pluto__travel/');
const OLD = 'instagram/ig-profile_pluto__travel_2021-06-09_sharedData.html';
const NEW = 'instagram/ig-profile_pluto__travel_2024-12-31.html';
const read = (html: string, url = PLUTO) => snapshotOf(instagramReader.readDocument(htmlDocument(html), url));

describe('Instagram pluto__travel 2021 (window._sharedData, logged in)', () => {
  const snap = read(fixtureText(OLD));

  it('reads the exact graphql user counts', () => {
    expect(snap.followers).toEqual(exact(2187));
    expect(snap.sources.followers).toBe('_sharedData.edge_followed_by');
    expect(snap.following).toEqual(exact(110));
    expect(snap.posts).toEqual(exact(142));
    expect(snap.displayName).toBe('Pluto');
    expect(snap.lang).toBe('en');
  });

  it('reads the 12 grid posts with likes and comments', () => {
    expect(snap.recentPosts).toHaveLength(12);
    const byId = new Map(snap.recentPosts.map((p) => [p.id, p]));
    expect(byId.get('CP5lh1YLbj4')).toMatchObject({ likes: exact(16), comments: exact(1) });
    expect(byId.get('CP0JMJ2r5Q5')).toMatchObject({ likes: exact(33), comments: exact(2) });
    expect(byId.get('CPsUX-Gr7Kr')).toMatchObject({ likes: exact(37), comments: exact(1) });
    expect(byId.get('CPnj5kyLsgv')).toMatchObject({ likes: exact(36), comments: exact(1) });
    expect(byId.get('CP5lh1YLbj4')?.publishedAt).toBe('2021-06-09T12:41:01.000Z');
  });

  it('falls back to the header link title when _sharedData is removed or mangled', () => {
    for (const change of ['remove', 'truncate'] as const) {
      const doc = htmlDocument(fixtureText(OLD));
      const script = Array.from(doc.querySelectorAll('script')).find((s) =>
        (s.textContent ?? '').includes('window._sharedData = '),
      );
      if (!script) throw new Error('fixture changed');
      if (change === 'remove') script.remove();
      else script.textContent = (script.textContent ?? '').slice(0, 3000);
      const snap = snapshotOf(instagramReader.readDocument(doc, PLUTO));
      expect(snap.followers).toEqual(exact(2187));
      expect(snap.sources.followers).toBe('dom:a[href$="/followers/"] span[title]');
      expect(snap.following).toEqual(exact(110));
      expect(snap.posts).toEqual(exact(142));
      expect(snap.recentPosts).toEqual([]);
    }
  });
});

describe('Instagram pluto__travel 2024 (server HTML, logged out)', () => {
  it('reads og:description when og:url is this profile', () => {
    const snap = read(fixtureText(NEW));
    expect(snap.followers).toEqual(exact(2362));
    expect(snap.following).toEqual(exact(136));
    expect(snap.posts).toEqual(exact(224));
    expect(snap.sources.followers).toBe('og:description');
    expect(snap.missing?.recentPosts).toBeTruthy();
  });

  it('does not use the first document’s og tags for another profile (SPA navigation)', () => {
    const snap = read(fixtureText(NEW), new URL('https://www.instagram.com/someoneelse/'));
    expectAllCountsNull(snap);
    expect(snap.missing?.followers).toMatch(/og:url is https:\/\/www.instagram.com\/pluto__travel\//);
  });

  it('returns reasons, not numbers, when the meta tags are removed', () => {
    const doc = htmlDocument(fixtureText(NEW));
    for (const el of Array.from(doc.querySelectorAll('meta[property="og:description"], meta[name="description"]')))
      el.remove();
    const snap = snapshotOf(instagramReader.readDocument(doc, PLUTO));
    expectAllCountsNull(snap);
  });

  it('refuses post and reel URLs', () => {
    expect(
      instagramReader.readDocument(htmlDocument(fixtureText(NEW)), new URL('https://www.instagram.com/p/CPQjO5RIIO9/')),
    ).toMatchObject({ ok: false });
  });
});

describe('Instagram hand-made layers', () => {
  const page = (head: string, body = '') => `<html lang="en"><head>${head}</head><body>${body}</body></html>`;
  const og = (url: string, description: string) =>
    `<meta property="og:url" content="${url}"><meta property="og:description" content="${description}">`;

  it('reads compact og numbers of big accounts as intervals', () => {
    const snap = read(
      page(
        og(
          'https://www.instagram.com/pluto__travel/',
          '30.3m Followers, 830 Following, 24.6k Posts - See Instagram photos',
        ),
      ),
    );
    expectRoundedAround(snap.followers, 30_300_000);
    expect(snap.following).toEqual(exact(830));
    expectRoundedAround(snap.posts, 24_600);
  });

  it('reads xig_user_by_username from a data-sjs blob only for this username', () => {
    const blob = (username: string) =>
      `<script type="application/json" data-sjs>${JSON.stringify({ require: [['ScheduledServerJS', 'handle', null, [{ __bbox: { result: { data: { xig_user_by_username: { username, follower_count: 15689074, following_count: 45, all_media_count: null, is_verified: true } } } } }]]] })}</script>`;
    const head = og('https://www.instagram.com/google/', '15M Followers, 45 Following, 2,004 Posts - See');
    const snap = read(page(head, blob('google')), new URL('https://www.instagram.com/google/'));
    expect(snap.followers).toEqual(exact(15689074));
    expect(snap.sources.followers).toBe('xig_user_by_username.follower_count');
    expect(snap.posts).toEqual(exact(2004)); // all_media_count is null for guests: og fills it
    expect(snap.verified).toBe(true);
    const stale = read(page('', blob('google')), new URL('https://www.instagram.com/pluto__travel/'));
    expect(stale.followers).toBeNull();
    expect(stale.missing?.followers).toMatch(/user is @google/);
  });

  it('maps hidden like counts to "hidden", never 0', () => {
    const timeline = {
      xdt_api__v1__feed__user_timeline_graphql_connection: {
        edges: [
          {
            node: {
              code: 'A1',
              like_count: 0,
              comment_count: 3,
              like_and_view_counts_disabled: true,
              user: { username: 'pluto__travel' },
            },
          },
          { node: { code: 'B2', like_count: 12, comment_count: 1, user: { username: 'pluto__travel' } } },
          { node: { code: 'C3', like_count: 99, comment_count: 9, user: { username: 'someoneelse' } } },
        ],
      },
    };
    const snap = read(page('', `<script type="application/json" data-sjs>${JSON.stringify(timeline)}</script>`));
    expect(snap.recentPosts.map((p) => p.id)).toEqual(['A1', 'B2']);
    expect(snap.recentPosts[0]?.likes).toBe('hidden');
    expect(snap.recentPosts[0]?.comments).toEqual(exact(3));
    expect(snap.recentPosts[1]?.likes).toEqual(exact(12));
  });

  it('reads a followers link whose title is exact while the text is compact, and ignores other users’ links', () => {
    const header = (user: string) =>
      `<header><ul><li><span><span>1,234</span> posts</span></li><li><a href="/${user}/followers/"><span title="1,234,567">1.2M</span> followers</a></li><li><a href="/${user}/following/"><span>321</span> following</a></li></ul></header>`;
    const snap = read(page('', header('pluto__travel')));
    expect(snap.followers).toEqual(exact(1234567));
    expect(snap.following).toEqual(exact(321));
    expect(snap.posts).toEqual(exact(1234));
    expectAllCountsNull(read(page('', header('someoneelse'))));
  });

  it('never throws on a broken document', () => {
    const broken = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    ) as Document;
    expect(instagramReader.readDocument(broken, PLUTO).ok).toBe(false);
  });
});

describe('Instagram payloads', () => {
  it('reads a user-timeline posts list with hidden likes', () => {
    const posts = [
      { code: 'X1', like_count: 5, comment_count: 1, user: { username: 'ana' } },
      { code: 'X2', like_count: 0, comment_count: 2, like_and_view_counts_disabled: true, user: { username: 'ana' } },
    ];
    const snap = snapshotOf(instagramReader.readPayload?.(posts, null));
    expect(snap.handle).toBe('ana');
    expect(snap.recentPosts.map((p) => p.likes)).toEqual([exact(5), 'hidden']);
  });

  it('returns null for JSON that is not Instagram-shaped', () => {
    expect(instagramReader.readPayload?.({ hello: 'world' }, null)).toBeNull();
  });
});

describe.skipIf(!HAS_REAL)('Instagram payloads and post pages (shared/real-pages)', () => {
  it('reads the REDUCED xig user (google)', () => {
    const snap = snapshotOf(
      instagramReader.readPayload?.(realJson('instagram/ig-user_google-REDUCED_2026-07-31.json'), null),
    );
    expect(snap.handle).toBe('google');
    expect(snap.followers).toEqual(exact(15689074));
    expect(snap.following).toEqual(exact(45));
    expect(snap.verified).toBe(true);
    expect(snap.posts).toBeNull();
  });

  it('reads the REDUCED user-timeline posts with --url, and asks for it without', () => {
    const json = realJson('instagram/ig-user-posts-REDUCED_2026-06-11.json');
    expect(instagramReader.readPayload?.(json, null)).toEqual({
      ok: false,
      error: 'cannot tell which profile: pass --url',
    });
    const snap = snapshotOf(instagramReader.readPayload?.(json, new URL('https://www.instagram.com/google/')));
    expect(snap.recentPosts).toHaveLength(36);
    const byId = new Map(snap.recentPosts.map((p) => [p.id, p]));
    expect(byId.get('DZc5TenzF7h')).toMatchObject({ likes: exact(2354), comments: exact(82) });
    expect(byId.get('DZcriO_x82j')).toMatchObject({ likes: exact(936), comments: exact(47) });
    expect(byId.get('DZa3XuESqjG')).toMatchObject({ likes: exact(787), comments: exact(36) });
  });

  it('does not read post and reel pages as profiles', () => {
    for (const [file, url] of [
      ['instagram/ig-post_CPQjO5RIIO9_2024-12-31.html', 'https://www.instagram.com/p/CPQjO5RIIO9/'],
      ['instagram/ig-reel_CN2VQ1yI_MA_2024-12-31.html', 'https://www.instagram.com/reel/CN2VQ1yI_MA/'],
    ] as const) {
      const doc = htmlDocument(realText(file));
      expect(instagramReader.readDocument(doc, new URL(url))).toMatchObject({ ok: false });
      // At the author's profile URL, the post's og tags (og:url = the post) are not the profile's numbers.
      expectAllCountsNull(
        snapshotOf(instagramReader.readDocument(doc, new URL('https://www.instagram.com/jaimelorentelo/'))),
      );
    }
  });
});
