import { describe, expect, it } from 'vitest';
import { resolveRead } from '../../../../src/sites/shown/read.ts';
import { youtubePageReader } from '../../../../src/sites/youtube/page.ts';
import { createYouTubeReader, youtubeReader } from '../../../../src/sites/youtube/read.ts';
import { publishedAtOf, ytCount } from '../../../../src/sites/youtube/text.ts';
import {
  exact,
  expectAllCountsNull,
  expectInterval,
  fixtureText,
  HAS_REAL,
  htmlDocument,
  realJson,
  snapshotOf,
} from '../../../support/read-helpers-tt-ig-yt.ts';

const NOW = new Date('2026-01-26T18:00:00Z'); // the capture time of the 2026-01 browse responses
const reader = createYouTubeReader({ now: () => NOW });
const payload = (file: string, url: string | null = null, r = reader) =>
  snapshotOf(r.readPayload?.(realJson(`youtube/${file}`), url ? new URL(url) : null));
const post = (snap: ReturnType<typeof payload>, id: string) => snap.recentPosts.find((p) => p.id === id);

describe.skipIf(!HAS_REAL)('YouTube browse responses (NewPipe mocks, en-GB 2026)', () => {
  it('Vsauce: truncated subscribers, exact video views from videoRenderer', () => {
    const snap = payload('yt-browse-videos_Vsauce_en-GB_2026-01-26.json');
    expect(snap.handle).toBe('Vsauce');
    expect(snap.lang).toBe('en-GB');
    expectInterval(snap.followers, 24.6e6, 24.7e6);
    expect(snap.sources.followers).toBe('browse:pageHeaderViewModel.metadataRows');
    expect(snap.posts).toEqual(exact(636));
    expect(snap.recentPosts).toHaveLength(30);
    expect(post(snap, 'xHd4zsIbXJ0')?.views).toEqual(exact(6403051));
    expect(post(snap, 'mMaBVfIedFw')?.views).toEqual(exact(6098159));
    expect(post(snap, 'vjqt8T3tJIE')?.views).toEqual(exact(20046663));
    // "6 months ago" relative to the injected clock
    expect(post(snap, 'xHd4zsIbXJ0')?.publishedAt?.slice(0, 7)).toBe('2025-07');
    expect(snap.verified).toBe(true);
  });

  it('gronkh: lockupViewModel has only compact views → intervals', () => {
    const snap = payload('yt-browse-videos_gronkh_en-GB_2026-05-21_lockupViewModel.json');
    expectInterval(snap.followers, 5.04e6, 5.05e6);
    expectInterval(snap.posts, 18_000, 19_000);
    expectInterval(post(snap, 'ZzVJnP9sjlo')?.views, 26_000, 27_000);
    expectInterval(post(snap, 'O6THZcaek1I')?.views, 10_000, 11_000);
    expectInterval(post(snap, 'bgTe2C-udQA')?.views, 18_000, 19_000);
  });

  it('randomchannel: "84 subscribers" exact and the singular "1 video"', () => {
    const snap = payload('yt-browse-videos_randomchannel_en-GB_2026-01-26.json');
    expect(snap.followers).toEqual(exact(84));
    expect(snap.posts).toEqual(exact(1));
    expect(post(snap, 'ggMDYfQPKMU')?.views).toEqual(exact(5204));
  });

  it("randomchannel without its @handle in the data: keyed by the URL's handle, else by the channel id", () => {
    const json = realJson('youtube/yt-browse-videos_randomchannel_en-GB_2026-01-26.json') as Record<string, unknown>;
    const meta = (json.metadata as { channelMetadataRenderer: Record<string, unknown> }).channelMetadataRenderer;
    const { header: _header, ...rest } = json;
    const bare = { ...rest, metadata: { channelMetadataRenderer: { ...meta, vanityChannelUrl: undefined } } };
    const id = String(meta.externalId);
    const atUrl = snapshotOf(reader.readPayload?.(bare, new URL('https://www.youtube.com/@randomchannel1109/videos')));
    expect(atUrl.handle).toBe('randomchannel1109');
    const noUrl = snapshotOf(reader.readPayload?.(bare, null));
    expect(noUrl.handle).toBe(id);
    expect(noUrl.url).toBe(`https://www.youtube.com/channel/${id}`);
  });

  it('NBCNews: the singular "1 view"', () => {
    const snap = payload('yt-browse-videos_NBCNews_en-GB_2026-01-26.json');
    expectInterval(snap.followers, 11.7e6, 11.8e6);
    expect(post(snap, 'yPeJIvjnLyw')?.views).toEqual(exact(1));
    expect(post(snap, 'p4LbQd_tA-0')?.views).toEqual(exact(1104));
    expect(post(snap, 'tCHUnijaOZU')?.views).toEqual(exact(4701));
  });

  it('Doobydobap: 48 shortsLockupViewModel items', () => {
    const snap = payload('yt-browse-shorts_Doobydobap_en-GB_2026-01-26.json');
    expectInterval(snap.followers, 4.32e6, 4.33e6);
    expect(snap.recentPosts).toHaveLength(48);
    expectInterval(post(snap, 'l-X5WbDSH2o')?.views, 895_000, 896_000);
    expectInterval(post(snap, 'pBah3o0H0Ao')?.views, 844_000, 845_000);
    expectInterval(post(snap, 'FvIlYTy_vaQ')?.views, 270_000, 271_000);
  });

  it('refuses a browse response about another channel than the URL', () => {
    const result = reader.readPayload?.(
      realJson('youtube/yt-browse-videos_Vsauce_en-GB_2026-01-26.json'),
      new URL('https://www.youtube.com/@NBCNews'),
    );
    expect(result).toMatchObject({ ok: false });
    // …but accepts the same channel by id or by handle in any case
    const byId = payload(
      'yt-browse-videos_Vsauce_en-GB_2026-01-26.json',
      'https://www.youtube.com/channel/UC6nSFpj9HTCZ5t-N3Rm3-HA/videos',
    );
    expect(byId.handle).toBe('Vsauce');
    expect(payload('yt-browse-videos_Vsauce_en-GB_2026-01-26.json', 'https://www.youtube.com/@vsauce').posts).toEqual(
      exact(636),
    );
  });

  it('search: the subscriber count of a handle channel is in videoCountText; needs --url', () => {
    const file = 'yt-search_UCO6AK_en-GB_2026-01-27.json';
    expect(reader.readPayload?.(realJson(`youtube/${file}`), null)).toEqual({
      ok: false,
      error: 'cannot tell which profile: pass --url',
    });
    const snap = payload(file, 'https://www.youtube.com/@hopeintharaw8489');
    expect(snap.followers).toEqual(exact(1));
    expect(snap.sources.followers).toBe('search:channelRenderer.videoCountText');
    expect(snap.recentPosts).toEqual([]); // other channels' results are not this channel's videos
  });

  it('next (comments): no channel identity → nulls with reasons when --url names one', () => {
    const snap = payload('yt-next-comments_QqsLTNkzvaY_de-DE_2026-01-26.json', 'https://www.youtube.com/@Vsauce');
    expectAllCountsNull(snap);
    expect(snap.lang).toBe('de');
  });
});

describe.skipIf(!HAS_REAL)('YouTube Russian browse responses (MediaServiceCore, 2023)', () => {
  it('Spoontamer (no hl in the capture: --lang ru): c4TabbedHeaderRenderer, NBSP-grouped exact views', () => {
    const snap = payload(
      'yt-browse-videos_Spoontamer_ru_2023-12-06.json',
      null,
      createYouTubeReader({ lang: 'ru', now: () => NOW }),
    );
    expect(snap.lang).toBe('ru');
    expectInterval(snap.followers, 3.41e6, 3.42e6);
    expect(snap.sources.followers).toBe('browse:c4TabbedHeaderRenderer');
    expect(snap.posts).toEqual(exact(304));
    expect(post(snap, 'J_K4WAOfaFY')?.views).toEqual(exact(1424850));
    expect(post(snap, '3huXuIvyW4s')?.views).toEqual(exact(955356));
    expect(post(snap, 'fSBu9zquZWA')?.views).toEqual(exact(1277061));
  });

  it('Spoontamer without a language: says the header text did not parse instead of guessing', () => {
    const snap = payload('yt-browse-videos_Spoontamer_ru_2023-12-06.json');
    expect(snap.sources.lang).toBe('default');
    if (snap.followers === null) expect(snap.missing?.followers).toMatch(/did not parse/);
    else expectInterval(snap.followers, 3.41e6, 3.42e6);
  });

  it('iXBTgames: language from the hl= of header URLs; the live item is kept, marked live, with no view count', () => {
    const snap = payload('yt-browse-featured_iXBTgames_ru_2023-02-23.json');
    expect(snap.lang).toBe('ru');
    expectInterval(snap.followers, 341_000, 342_000);
    expectInterval(snap.posts, 2_100, 2_200);
    expect(post(snap, 'Grb7ajsivBE')).toMatchObject({ kind: 'live', views: null });
    expect(post(snap, 'LBXgWHNQrps')?.views).toEqual(exact(267640));
    expect(snap.recentPosts.filter((p) => p.kind !== 'live').every((p) => p.views !== null)).toBe(true);
  });
});

describe('YouTube channel page HTML (OneMedia es-ES, Jan 2024)', () => {
  const html = fixtureText('youtube/yt-channel-home_OneMedia_es-ES_2024-01.html');
  const ONE = new URL('https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA');

  it('reads ytInitialData from the inline script, in Spanish', () => {
    const snap = snapshotOf(reader.readDocument(htmlDocument(html), ONE));
    expect(snap.handle).toBe('OneMedia.'); // the @handle the data names, so /channel/ and /@ visits are one profile
    expect(snap.lang).toBe('es-ES');
    expectInterval(snap.followers, 4.69e6, 4.7e6);
    expect(snap.sources.followers).toBe('ytInitialData:c4TabbedHeaderRenderer');
    expectInterval(snap.posts, 6_800, 6_900);
    expect(post(snap, 'c31G0fKqHs8')?.views).toEqual(exact(127696));
  });

  it('leaves out Home-tab shelf videos of other channels', () => {
    const snap = snapshotOf(reader.readDocument(htmlDocument(html), ONE));
    const data = JSON.parse(/var ytInitialData = (\{.*?\});<\/script>/s.exec(html)?.[1] ?? 'null');
    const foreign = new Set<string>();
    JSON.stringify(data, (key, value) => {
      const owner = value?.shortBylineText?.runs?.[0]?.navigationEndpoint?.browseEndpoint?.browseId;
      if (key === 'gridVideoRenderer' && owner && owner !== 'UCzcRQ3vRNr6fJ1A9rqFn7QA') foreign.add(value.videoId);
      return value;
    });
    expect(foreign.size).toBeGreaterThan(0);
    expect(snap.recentPosts.some((p) => foreign.has(p.id))).toBe(false);
    expect(snap.recentPosts.length).toBeGreaterThan(0);
  });

  it('does not attribute the first page’s ytInitialData to the channel navigated to', () => {
    const snap = snapshotOf(reader.readDocument(htmlDocument(html), new URL('https://www.youtube.com/@Vsauce')));
    expectAllCountsNull(snap);
    expect(snap.missing?.followers).toMatch(/stale/);
    expect(snap.recentPosts).toEqual([]);
  });

  it('survives a truncated or removed ytInitialData script', () => {
    for (const change of ['truncate', 'remove'] as const) {
      const doc = htmlDocument(html);
      const script = Array.from(doc.querySelectorAll('script')).find((s) =>
        (s.textContent ?? '').startsWith('var ytInitialData'),
      );
      if (!script) throw new Error('fixture changed');
      if (change === 'remove') script.remove();
      else script.textContent = (script.textContent ?? '').slice(0, 100_000);
      const snap = snapshotOf(reader.readDocument(doc, ONE));
      expectAllCountsNull(snap);
      expect(snap.missing?.followers).toMatch(/ytInitialData: absent or malformed/);
    }
  });
});

describe('YouTube hand-made cases', () => {
  const videos = (items: unknown[], extra: object = {}) => ({
    header: {
      pageHeaderRenderer: {
        content: {
          pageHeaderViewModel: {
            metadata: {
              contentMetadataViewModel: {
                metadataRows: [
                  { metadataParts: [{ text: { content: '@ana' } }] },
                  { metadataParts: [{ text: { content: '1.2k subscribers' } }, { text: { content: '12 videos' } }] },
                ],
              },
            },
          },
        },
      },
    },
    metadata: {
      channelMetadataRenderer: {
        title: 'Ana',
        externalId: 'UCaaaaaaaaaaaaaaaaaaaaaa',
        vanityChannelUrl: 'http://www.youtube.com/@ana',
      },
    },
    contents: {
      twoColumnBrowseResultsRenderer: {
        tabs: [
          {
            tabRenderer: {
              selected: true,
              content: { richGridRenderer: { contents: items.map((content) => ({ richItemRenderer: { content } })) } },
            },
          },
        ],
      },
    },
    ...extra,
  });
  const ANA = new URL('https://www.youtube.com/@ana/videos');

  it('marks live ("watching") and upcoming ("waiting") items live, with no views; "No views" is 0; Shorts marked', () => {
    const json = videos([
      {
        videoRenderer: {
          videoId: 'live',
          viewCountText: { runs: [{ text: '18' }, { text: ' watching' }] },
          thumbnailOverlays: [{ thumbnailOverlayTimeStatusRenderer: { style: 'LIVE' } }],
        },
      },
      {
        videoRenderer: {
          videoId: 'soon',
          viewCountText: { runs: [{ text: '56' }, { text: ' waiting' }] },
          upcomingEventData: { startTime: '1' },
        },
      },
      { videoRenderer: { videoId: 'zero', viewCountText: { simpleText: 'No views' } } },
      { reelItemRenderer: { videoId: 'reel', viewCountText: { simpleText: '593K views' } } },
      { gridVideoRenderer: { videoId: 'grid', viewCountText: { simpleText: '1,234 views' } } },
    ]);
    const snap = snapshotOf(reader.readPayload?.(json, ANA));
    expect(snap.recentPosts.map((p) => p.id)).toEqual(['live', 'soon', 'zero', 'reel', 'grid']);
    expect(snap.recentPosts.map((p) => p.kind ?? null)).toEqual(['live', 'live', null, 'short', null]);
    expect(post(snap, 'live')?.views).toBeNull();
    expect(post(snap, 'soon')?.views).toBeNull();
    expect(post(snap, 'zero')?.views).toEqual(exact(0));
    expectInterval(post(snap, 'reel')?.views, 593_000, 594_000);
    expect(post(snap, 'grid')?.views).toEqual(exact(1234));
    // No hl= in this response: "1.2k" is refused (Tongan k is 10⁵), never guessed as English…
    expect(snap.followers).toBeNull();
    expect(snap.missing?.followers).toMatch(/did not parse as a count in "und"/);
    // …while handed over from a page in English, it is read in the page's language.
    expectInterval(snapshotOf(reader.readPayload?.(json, ANA, 'en-GB')).followers, 1200, 1300);
  });

  it('reads the window["ytInitialData"] form (2017) from a document', () => {
    const html = `<html lang="en"><body><script>window["ytInitialData"] = ${JSON.stringify(videos([]))};\nwindow["ytInitialPlayerResponse"] = null;</script></body></html>`;
    const snap = snapshotOf(reader.readDocument(htmlDocument(html), ANA));
    expectInterval(snap.followers, 1200, 1300);
    expect(snap.posts).toEqual(exact(12));
  });

  it('a header with hidden subscribers gives null with a reason, not the video count', () => {
    const json = videos([]);
    const rows =
      json.header.pageHeaderRenderer.content.pageHeaderViewModel.metadata.contentMetadataViewModel.metadataRows;
    rows[1] = { metadataParts: [{ text: { content: '12 videos' } }] };
    const snap = snapshotOf(reader.readPayload?.(json, ANA));
    expect(snap.followers).toBeNull();
    expect(snap.posts).toBeNull();
    expect(snap.missing?.followers).toMatch(/no \[subscribers, videos\] pair/);
  });

  it('falls back to the rendered header [M] and refuses a header showing another handle', () => {
    const header = (handle: string) =>
      `<html lang="en"><body><yt-page-header-view-model><yt-content-metadata-view-model><div class="yt-content-metadata-view-model__metadata-row"><span>${handle}</span></div><div class="yt-content-metadata-view-model__metadata-row"><span>24.6M subscribers</span><span> • </span><span>636 videos</span></div></yt-content-metadata-view-model></yt-page-header-view-model>
      <ytd-rich-item-renderer><a id="video-title-link" href="/watch?v=xHd4zsIbXJ0">t</a><div id="metadata-line"><span class="inline-metadata-item">6.4M views</span><span class="inline-metadata-item">6 months ago</span></div></ytd-rich-item-renderer></body></html>`;
    const snap = snapshotOf(reader.readDocument(htmlDocument(header('@ana')), ANA));
    expectInterval(snap.followers, 24.6e6, 24.7e6);
    expect(snap.posts).toEqual(exact(636));
    expectInterval(post(snap, 'xHd4zsIbXJ0')?.views, 6.4e6, 6.5e6);
    const stale = snapshotOf(reader.readDocument(htmlDocument(header('@bob')), ANA));
    expectAllCountsNull(stale);
    expect(stale.recentPosts).toEqual([]);
  });

  it("the page's half gathers the rendered counts as text; the worker's reading of them is the document read's", () => {
    const html = `<html lang="en"><body><yt-page-header-view-model><yt-content-metadata-view-model><div class="yt-content-metadata-view-model__metadata-row"><span>@ana</span></div><div class="yt-content-metadata-view-model__metadata-row"><span>24.6M subscribers</span><span> • </span><span>636 videos</span></div></yt-content-metadata-view-model></yt-page-header-view-model>
      <ytd-rich-item-renderer><a id="video-title-link" href="/watch?v=xHd4zsIbXJ0">t</a><div id="metadata-line"><span class="inline-metadata-item">No views</span></div></ytd-rich-item-renderer></body></html>`;
    const page = youtubePageReader.readPage(htmlDocument(html), ANA);
    if (!page.ok) throw new Error(page.error);
    // No number on the page: every count is still text, for the worker.
    expect(page.snapshot.followers).toBeNull();
    expect(page.snapshot.recentPosts[0]?.views).toBeNull();
    expect(page.shown?.counts?.followers).toEqual([
      { shown: { text: '24.6M subscribers', lang: 'en', how: 'truncated' }, source: expect.stringMatching(/^dom:/) },
    ]);
    expect(page.shown?.posts).toEqual([{ views: { text: 'No views', lang: 'en', how: 'truncated' } }]);
    const finished = snapshotOf(resolveRead(page));
    const whole = snapshotOf(reader.readDocument(htmlDocument(html), ANA));
    expect(finished.followers).toEqual(whole.followers);
    expect(finished.posts).toEqual(exact(636));
    expect(finished.recentPosts.map((p) => p.views)).toEqual([exact(0)]);
    expect(whole.recentPosts.map((p) => p.views)).toEqual([exact(0)]);
    // A page of unknown language: "No views" is still 0 (every language's zero word means zero).
    const und = youtubePageReader.readPage(htmlDocument(html.replace(' lang="en"', '')), ANA);
    expect(snapshotOf(resolveRead(und)).recentPosts.map((p) => p.views)).toEqual([exact(0)]);
  });

  it('refuses non-channel URLs and never throws', () => {
    expect(
      youtubeReader.readDocument(htmlDocument('<html></html>'), new URL('https://www.youtube.com/watch?v=xHd4zsIbXJ0'))
        .ok,
    ).toBe(false);
    const broken = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    ) as Document;
    expect(youtubeReader.readDocument(broken, ANA).ok).toBe(false);
    expect(youtubeReader.readPayload?.({ unrelated: true }, ANA)).toBeNull();
  });
});

describe('YouTube text helpers', () => {
  it('ytCount: zero words by language, truncation for compact numbers', () => {
    expect(ytCount('No views', 'en-GB')).toEqual(exact(0));
    expect(ytCount('views', 'en')).toBeNull();
    expectInterval(ytCount('1,7 M de visualizaciones', 'es'), 1.7e6, 1.8e6);
  });
  it('publishedAtOf: relative times in the page language; words beyond the age mark a stream or premiere', () => {
    expect(publishedAtOf('2 hours ago', 'en-GB', NOW)).toEqual({ iso: '2026-01-26T16:00:00.000Z', extra: false });
    expect(publishedAtOf('Streamed 3 days ago', 'en', NOW)).toEqual({ iso: '2026-01-23T18:00:00.000Z', extra: true });
    expect(publishedAtOf('hace 2 horas', 'es', NOW)).toEqual({ iso: '2026-01-26T16:00:00.000Z', extra: false });
    expect(publishedAtOf('hace 2 horas', 'de', NOW)).toEqual({ iso: null, extra: false });
    expect(publishedAtOf(null, 'en', NOW)).toEqual({ iso: null, extra: false });
  });
});
