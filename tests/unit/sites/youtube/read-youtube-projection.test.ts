// The projection the page hands the worker instead of YouTube's whole browse data: every part of the YouTube
// read answers on it exactly as on the whole response (real captures, random edits of them, hand-made edge
// cases), it is idempotent (the worker projects again), and on channel pages it is a few tens of kB.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SnapshotBuilder } from '../../../../src/sites/reader.ts';
import { browseHl, readBrowse } from '../../../../src/sites/youtube/browse.ts';
import { channelIdentity } from '../../../../src/sites/youtube/identity.ts';
import { initialData } from '../../../../src/sites/youtube/initial-data.ts';
import { itemsRoot, readItems } from '../../../../src/sites/youtube/items.ts';
import { projectBrowse } from '../../../../src/sites/youtube/project.ts';
import { fixtureText, HAS_REAL, htmlDocument, REAL, realText } from '../../../support/read-helpers-tt-ig-yt.ts';

const NOW = new Date('2026-01-26T18:00:00Z');

/** Everything the YouTube read takes from browse data, for one URL handle. */
function readAll(data: unknown, urlHandle: string | null) {
  const identity = channelIdentity(data);
  const hl = browseHl(data);
  const lang = hl ?? 'en';
  const b = new SnapshotBuilder('youtube', urlHandle ?? 'x', 'https://www.youtube.com/@x', lang);
  const note = readBrowse(b, data, { lang, now: NOW, label: 'browse', identity, urlHandle });
  const posts = readItems(itemsRoot(data), { lang, now: NOW, channelId: identity.channelId, requireOwner: false });
  return { names: [...identity.names].sort(), identity, hl, note, snapshot: b.finish([note], 'test'), posts };
}

function expectSameRead(data: unknown, urlHandle: string | null): unknown {
  const projected = projectBrowse(data);
  expect(readAll(projected, urlHandle)).toEqual(readAll(data, urlHandle));
  return projected;
}

const ONE_MEDIA = initialData(htmlDocument(fixtureText('youtube/yt-channel-home_OneMedia_es-ES_2024-01.html')));

function realPayloads(): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [['OneMedia ytInitialData (fixture)', ONE_MEDIA]];
  if (!HAS_REAL) return out;
  for (const file of readdirSync(resolve(REAL, 'youtube')).filter((f) =>
    /^yt-(browse|search|next)-.*\.json$/.test(f),
  )) {
    const json = JSON.parse(realText(`youtube/${file}`)) as { response?: unknown };
    out.push([file, json.response ?? json]);
  }
  return out;
}

const PAYLOADS = realPayloads();
const handleOf = (data: unknown) => channelIdentity(data).handle ?? channelIdentity(data).channelId;

describe('on real captures', () => {
  it.each(PAYLOADS)('%s: the read is the same, the projection is idempotent and survives JSON', (_name, data) => {
    // Channel pages name their channel; a watch page's comments (handed over whole) do not.
    if (projectBrowse(data) !== data) expect(channelIdentity(data).names.size).toBeGreaterThan(0);
    const projected = expectSameRead(data, handleOf(data));
    expectSameRead(data, 'someone-else');
    expect(projectBrowse(projected)).toEqual(projected);
    expect(projectBrowse(JSON.parse(JSON.stringify(projected)))).toEqual(projected);
  });

  it.each(PAYLOADS.filter(([, d]) => projectBrowse(d) !== d))('%s: a channel page projects to < 64 kB', (_n, data) => {
    const whole = JSON.stringify(data).length;
    const projected = JSON.stringify(projectBrowse(data)).length;
    expect(projected).toBeLessThan(64_000);
    expect(projected).toBeLessThan(whole);
  });

  it('OneMedia keeps every item of its Home tab', () => {
    const read = readAll(projectBrowse(ONE_MEDIA), 'OneMedia.');
    expect(read.posts.length).toBeGreaterThan(20);
    expect(read.snapshot.followers).not.toBeNull();
  });
});

/** Every path to a value in `data`, up to `limit`, for edits. */
function paths(data: unknown, limit = 30_000): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [];
  const stack: Array<[unknown, Array<string | number>]> = [[data, []]];
  while (stack.length > 0 && out.length < limit) {
    const [node, path] = stack.pop() as [unknown, Array<string | number>];
    if (path.length > 0) out.push(path);
    if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) stack.push([v, [...path, Array.isArray(node) ? Number(k) : k]]);
    }
  }
  return out;
}

/** A copy of `data` with the value at each path replaced (or removed when `value` is undefined). */
function edited(data: unknown, edits: Array<[Array<string | number>, unknown]>): unknown {
  const copy = structuredClone(data);
  for (const [path, value] of edits) {
    let node = copy as Record<string | number, unknown> | null;
    for (const step of path.slice(0, -1)) node = (node?.[step] ?? null) as typeof node;
    if (node === null || typeof node !== 'object') continue;
    const last = path.at(-1) as string | number;
    if (value === undefined && !Array.isArray(node)) delete node[last];
    else node[last] = structuredClone(value); // a fresh copy: a shared one could be edited into a cycle
  }
  return copy;
}

const REPLACEMENTS = [
  undefined,
  null,
  'lorem',
  7,
  [],
  {},
  true,
  'https://www.youtube.com/@x?hl=de',
  { badgeStyle: 'LIVE' },
];

describe('on random edits of real captures', () => {
  const runs = process.env.LONG ? 400 : 30;
  for (const [name, data] of PAYLOADS.filter(([, d]) => projectBrowse(d) !== d)) {
    const all = paths(data);
    const handle = handleOf(data);
    it(`${name}: removed or retyped fields leave the read on the projection equal`, () => {
      const edit = fc.tuple(fc.constantFrom(...all), fc.constantFrom(...REPLACEMENTS));
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
          const copy = edited(data, edits);
          const projected = expectSameRead(copy, handle);
          expect(projectBrowse(projected)).toEqual(projected);
        }),
        { numRuns: runs },
      );
    });
  }
});

// A minimal channel page whose selected tab holds `items`, with header/topbar as given.
const channel = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  responseContext: { visitorData: 'v' },
  header: { c4TabbedHeaderRenderer: { subscriberCountText: { simpleText: '1.2K subscribers' } } },
  metadata: { channelMetadataRenderer: { externalId: 'UC1', vanityChannelUrl: 'http://www.youtube.com/@chan' } },
  contents: {
    twoColumnBrowseResultsRenderer: {
      tabs: [
        { tabRenderer: { endpoint: { browseEndpoint: { canonicalBaseUrl: '/@chan' } }, title: 'Home' } },
        { tabRenderer: { selected: true, content: { richGridRenderer: { contents: items } } } },
        { expandableTabRenderer: {} },
      ],
    },
  },
  ...extra,
});

const video = (id: string, more: Record<string, unknown> = {}) => ({
  richItemRenderer: {
    content: {
      videoRenderer: {
        videoId: id,
        viewCountText: { simpleText: '1,234 views' },
        publishedTimeText: { simpleText: '2 days ago' },
        thumbnail: { thumbnails: [{ url: 'https://i.ytimg.com/x.jpg', width: 1 }] },
        navigationEndpoint: { watchEndpoint: { videoId: id } },
        ...more,
      },
    },
  },
});

describe('hand-made edge cases', () => {
  it('a live lockup keeps its answer, not its image', () => {
    const lockup = (id: string, style: string) => ({
      lockupViewModel: {
        contentId: id,
        contentType: 'LOCKUP_CONTENT_TYPE_VIDEO',
        contentImage: { thumbnailViewModel: { image: { sources: [{ url: 'u' }] }, overlays: [{ badgeStyle: style }] } },
        metadata: {
          lockupMetadataViewModel: {
            metadata: {
              contentMetadataViewModel: {
                metadataRows: [
                  { metadataParts: [{ text: { content: 'Chan' } }] },
                  { metadataParts: [{ text: { content: '5 views' } }, { text: { content: '1 day ago' } }, {}] },
                ],
              },
            },
          },
        },
      },
    });
    const data = channel([lockup('a', 'THUMBNAIL_OVERLAY_BADGE_STYLE_LIVE'), lockup('b', 'DEFAULT')]);
    const projected = expectSameRead(data, 'chan');
    expect(readAll(projected, 'chan').posts.map((p) => [p.id, p.kind ?? null])).toEqual([
      ['a', 'live'],
      ['b', null],
    ]);
    expect(JSON.stringify(projected)).not.toContain('sources');
  });

  it('live overlays, upcoming data and bylines of other channels answer the same', () => {
    const data = channel([
      video('a', { thumbnailOverlays: [{ thumbnailOverlayTimeStatusRenderer: { style: 'LIVE' } }, { other: {} }] }),
      video('b', { upcomingEventData: { startTime: '1' } }),
      video('c', { ownerText: { runs: [{ text: 'x', navigationEndpoint: { browseEndpoint: { browseId: 'UC2' } } }] } }),
      video('d', { shortBylineText: { runs: [{ navigationEndpoint: { browseEndpoint: { browseId: 'UC1' } } }] } }),
      video('d'),
      video('e', { badges: [{ metadataBadgeRenderer: { style: 'BADGE_STYLE_TYPE_LIVE_NOW' } }] }),
    ]);
    const projected = expectSameRead(data, 'chan');
    const read = readAll(projected, 'chan').posts.map((p) => [p.id, p.kind ?? null]);
    expect(read).toEqual([
      ['a', 'live'],
      ['b', 'live'],
      ['d', null],
      ['e', 'live'],
    ]);
  });

  it('hl= only in the topbar, only in frameworkUpdates, or nowhere', () => {
    const topbar = {
      desktopTopbarRenderer: { a: [{ url: 'https://accounts.google.com/x?shl=1' }, { u: '/signin?hl=es' }] },
    };
    for (const extra of [{ topbar }, { topbar: {}, frameworkUpdates: { e: ['/help?hl=de-DE'] } }, {}]) {
      const projected = expectSameRead(channel([video('a')], extra), 'chan');
      expect(browseHl(projected)).toBe(browseHl(channel([video('a')], extra)));
    }
    expect(browseHl(projectBrowse(channel([video('a')], { topbar })))).toBe('es');
  });

  // Hand-made: no real capture of a topic channel (the carousel header of e.g. the Sports channel) is in the corpus.
  // The shape follows rustypipe's CarouselHeaderRendererItem and NewPipe's topicChannelDetailsRenderer reads.
  it('a topic channel: followers from the details subtitle, else its subscribe button', () => {
    const topic = (details: Record<string, unknown>) => ({
      carouselHeaderRenderer: {
        contents: [
          { carouselItemRenderer: { carouselItems: [] } },
          { topicChannelDetailsRenderer: { title: { simpleText: 'Sports' }, ...details } },
        ],
      },
    });
    const button = { subscribeButtonRenderer: { subscriberCountText: { simpleText: '74.4m subscribers' } } };
    const cases = [
      topic({ subtitle: { simpleText: '74.4m subscribers' }, subscribeButton: button }),
      topic({ subtitle: { simpleText: 'Sports' }, subscribeButton: button }),
    ];
    for (const header of cases) {
      const data = channel([video('a')], { header });
      expectSameRead(data, 'chan');
      const { snapshot } = readAll(projectBrowse(data), 'chan');
      // en-GB "74.4m", truncated by YouTube: 74.4–74.5 million.
      expect(snapshot.followers).toEqual({ value: 74_400_000, min: 74_400_000, max: 74_499_999 });
    }
    const none = readAll(channel([video('a')], { header: topic({ subtitle: { simpleText: 'Sports' } }) }), 'chan');
    expect(none.snapshot.followers).toBeNull();
  });

  it('responses that are not a channel page with a selected tab are handed over whole', () => {
    const noTab = channel([video('a')]);
    (
      noTab.contents.twoColumnBrowseResultsRenderer.tabs[1] as { tabRenderer: { selected: boolean } }
    ).tabRenderer.selected = false;
    const search = { responseContext: {}, contents: { twoColumnSearchResultsRenderer: {} } };
    for (const data of [noTab, search, null, 'text', [channel([])]]) expect(projectBrowse(data)).toBe(data);
  });

  it("never throws, and ends on cyclic objects (the bridge projects the page's own objects)", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (header, content) => {
        const data = channel([]);
        (data as Record<string, unknown>).header = header ?? {};
        (
          data.contents.twoColumnBrowseResultsRenderer.tabs[1] as { tabRenderer: Record<string, unknown> }
        ).tabRenderer.content = content;
        expect(() => projectBrowse(data)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    const inner: Record<string, unknown> = {};
    const loop: Record<string, unknown> = { a: { b: inner } };
    inner.c = loop;
    const cyclic = channel([video('a'), loop, { wide: [loop, loop] }], { topbar: { x: loop } });
    (cyclic.header as Record<string, unknown>).self = cyclic.header;
    const projected = projectBrowse(cyclic) as { contents: unknown };
    expect(readAll(projected, 'chan').posts.map((p) => p.id)).toEqual(['a']);
  });

  it('items inside playlists, endpoints, menus, thumbnails and titles are not list items', () => {
    const hidden = { gridPlaylistRenderer: { items: [video('p')] }, menu: video('m'), title: video('t') };
    const data = channel([video('a'), hidden]);
    expect(readAll(data, 'chan').posts.map((p) => p.id)).toEqual(['a']);
    expectSameRead(data, 'chan');
  });
});

describe('Home-tab shelves: the uploads shelf is a timeline, the other shelves are the channel picks', () => {
  const shelf = (items: unknown[], marks: { playlistId?: string; browseId?: string }) => ({
    itemSectionRenderer: {
      contents: [
        {
          shelfRenderer: {
            title: {
              runs: [
                {
                  text: 'T',
                  ...(marks.browseId ? { navigationEndpoint: { browseEndpoint: { browseId: marks.browseId } } } : {}),
                },
              ],
            },
            ...(marks.playlistId
              ? {
                  playAllButton: {
                    buttonRenderer: { navigationEndpoint: { watchEndpoint: { playlistId: marks.playlistId } } },
                  },
                }
              : {}),
            content: {
              horizontalListRenderer: {
                items: items.map((i) => (i as { richItemRenderer: { content: unknown } }).richItemRenderer.content),
              },
            },
          },
        },
      ],
    },
  });
  const trailer = {
    itemSectionRenderer: {
      contents: [{ channelVideoPlayerRenderer: { videoId: 't', viewCountText: { simpleText: '9 views' } } }],
    },
  };

  it('marks promo-shelf videos curated and the trailer as a trailer; the uploads shelf stays a timeline', () => {
    const data = channel([
      trailer,
      shelf([video('p1'), video('t')], { playlistId: 'PLpromo', browseId: 'VLPLpromo' }),
      shelf([video('u1'), video('u2')], { playlistId: 'UULF1', browseId: 'UC1' }),
      shelf([video('g1')], {}),
      shelf([video('s1')], { browseId: 'UC1' }),
    ]);
    const projected = expectSameRead(data, 'chan');
    const read = readAll(projected, 'chan').posts.map((p) => [p.id, p.kind ?? null, p.curated ?? false]);
    expect(read).toEqual([
      ['t', 'trailer', false],
      ['p1', null, true],
      ['u1', null, false],
      ['u2', null, false],
      ['g1', null, true],
      ['s1', null, false],
    ]);
    // The projection keeps only the marks it needs from each shelf.
    expect(JSON.stringify(projected)).not.toContain('"text":"T"');
  });

  it('OneMedia (Home tab, es-ES, 2024-01): 8 uploads-shelf videos, the trailer, 21 promo-shelf videos; Spanish dates read', () => {
    const posts = readAll(ONE_MEDIA, 'OneMedia.').posts;
    const timeline = posts.filter((p) => !p.curated && !p.kind);
    expect(timeline).toHaveLength(8);
    expect(posts.filter((p) => p.kind === 'trailer')).toHaveLength(1);
    expect(posts.filter((p) => p.curated)).toHaveLength(21);
    // "hace 2 días" and the like, read in Spanish: every uploads-shelf video has a date before the clock.
    for (const p of timeline) expect(Date.parse(p.publishedAt ?? '')).toBeLessThan(NOW.getTime());
  });
});
