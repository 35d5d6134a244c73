// YouTube's read split between the page and the worker: the page hands over ytInitialData (or a forwarded browse
// response) as text; the worker parses and reads it. Wherever the worker answers, its snapshot is the one the
// whole-document read gives; wherever it cannot (stale data, counts only the DOM shows), it says so.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHandedPayload } from '../../../../src/background/page-data.ts';
import type { PageData, ReadResult } from '../../../../src/sites/reader.ts';
import { createYouTubeReader } from '../../../../src/sites/youtube/read.ts';
import {
  fixtureText,
  HAS_REAL,
  htmlDocument,
  REAL,
  realJson,
  snapshotOf,
} from '../../../support/read-helpers-tt-ig-yt.ts';

const NOW = new Date('2026-01-26T18:00:00Z');
const reader = createYouTubeReader({ now: () => NOW });
const ONE_MEDIA = fixtureText('youtube/yt-channel-home_OneMedia_es-ES_2024-01.html');

function split(doc: Document, url: URL): { data: PageData | null; result: ReadResult | null } {
  const data = reader.pageData?.(doc, url) ?? null;
  return { data, result: data ? (reader.readPageData?.(data, url) ?? null) : null };
}

/** A page whose only content is `json` assigned to ytInitialData, as YouTube serves a channel's first load. */
const pageWith = (json: unknown, lang = 'en') =>
  `<html lang="${lang}"><head><script>var ytInitialData = ${JSON.stringify(json)};</script></head><body></body></html>`;

describe('the worker half gives the whole-document snapshot', () => {
  it.each(['https://www.youtube.com/@OneMedia.', 'https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA'])(
    'OneMedia (real page, es-ES) at %s',
    (href) => {
      const url = new URL(href);
      const { data, result } = split(htmlDocument(ONE_MEDIA), url);
      expect(data?.source).toBe('ytInitialData');
      expect(data?.text.startsWith('var ytInitialData = ')).toBe(true);
      expect(data?.htmlLang).toBe('es-ES');
      const whole = snapshotOf(reader.readDocument(htmlDocument(ONE_MEDIA), url));
      expect(whole.followers).not.toBeNull();
      expect(snapshotOf(result)).toEqual(whole);
    },
  );

  const browse = HAS_REAL ? readdirSync(resolve(REAL, 'youtube')).filter((f) => /^yt-browse-.*\.json$/.test(f)) : [];
  it.skipIf(browse.length === 0).each(browse)('%s served as a first load', (file) => {
    const json = realJson(`youtube/${file}`);
    const handle = snapshotOf(reader.readPayload?.(json, null)).handle;
    const url = new URL(`https://www.youtube.com/@${handle}`);
    const html = pageWith(json, 'en-GB');
    const whole = snapshotOf(reader.readDocument(htmlDocument(html), url));
    const { result } = split(htmlDocument(html), url);
    // The worker answers exactly when the data alone held what the document read needed from it.
    const fromData =
      whole.followers !== null && whole.posts !== null && /^ytInitialData/.test(whole.sources.followers ?? '');
    expect(result?.ok).toBe(fromData);
    if (fromData) expect(snapshotOf(result)).toEqual(whole);
  });
});

describe('the worker declines what only the page can finish', () => {
  it('stale first-load data after in-app navigation to another channel', () => {
    const { result } = split(htmlDocument(ONE_MEDIA), new URL('https://www.youtube.com/@Vsauce'));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/stale/) });
  });

  it('data without the counts (the page reads its rendered header for them)', () => {
    const json = { metadata: { channelMetadataRenderer: { vanityChannelUrl: 'http://www.youtube.com/@ana' } } };
    const { data, result } = split(htmlDocument(pageWith(json)), new URL('https://www.youtube.com/@ana'));
    expect(data).not.toBeNull();
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/DOM is needed/) });
  });

  it('no data on the page, or not a channel URL: nothing to hand over', () => {
    expect(split(htmlDocument('<html><body></body></html>'), new URL('https://www.youtube.com/@ana')).data).toBeNull();
    expect(split(htmlDocument(ONE_MEDIA), new URL('https://www.youtube.com/watch?v=c31G0fKqHs8')).data).toBeNull();
  });

  it('never throws on any text, and never answers with counts the whole data does not give', () => {
    const url = new URL('https://www.youtube.com/@OneMedia.');
    const full = split(htmlDocument(ONE_MEDIA), url).data as PageData;
    const whole = snapshotOf(reader.readPageData?.(full, url));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.nat({ max: full.text.length - 1 }).map((n) => full.text.slice(0, n)), // truncated in transit
        ),
        (text) => {
          const result = reader.readPageData?.({ ...full, text }, url);
          // A cut that keeps the whole object (only the closing ";" lost) is still the same data.
          if (result?.ok) expect(result.snapshot).toEqual(whole);
          else expect(result?.error).toEqual(expect.any(String));
        },
      ),
      { numRuns: process.env.LONG ? 2_000 : 200 },
    );
    const end = full.text.lastIndexOf('}');
    expect(snapshotOf(reader.readPageData?.({ ...full, text: full.text.slice(0, end + 1) }, url))).toEqual(whole);
    expect(reader.readPageData?.({ ...full, text: full.text.slice(0, end) }, url)?.ok).toBe(false);
  });
});

describe('a browse response the page received (the observer hands it over)', () => {
  it.skipIf(!HAS_REAL)('reads as readPayload does, in its own hl; about another channel, refused', () => {
    const json = realJson('youtube/yt-browse-videos_Vsauce_en-GB_2026-01-26.json');
    const url = new URL('https://www.youtube.com/@Vsauce/videos');
    const handed = readHandedPayload(reader, JSON.stringify(json), url, 'de');
    const read = snapshotOf(reader.readPayload?.(json, url));
    expect(handed).toEqual({ ...read, recentPosts: read.recentPosts.map((p) => ({ ...p, origin: 'page-data' })) });
    expect(handed?.lang).toBe('en-GB');
    expect(
      readHandedPayload(reader, JSON.stringify(json), new URL('https://www.youtube.com/@NotVsauce'), 'de'),
    ).toBeNull();
  });

  it('a response that names no hl= takes the page language', () => {
    const json = {
      responseContext: {},
      header: { c4TabbedHeaderRenderer: { subscriberCountText: { simpleText: '1,5 M Abonnenten' } } },
      metadata: { channelMetadataRenderer: { vanityChannelUrl: 'http://www.youtube.com/@ana' } },
    };
    const snap = readHandedPayload(reader, JSON.stringify(json), new URL('https://www.youtube.com/@ana'), 'de');
    expect(snap?.lang).toBe('de');
    expect(snap?.followers).toMatchObject({ min: 1_500_000 });
  });
});

describe('a handed-over browse response must name its channel (identity first)', () => {
  const header = (subscribers: string) => ({
    pageHeaderRenderer: {
      content: {
        pageHeaderViewModel: {
          metadata: {
            contentMetadataViewModel: {
              metadataRows: [
                { metadataParts: [{ text: { content: subscribers } }, { text: { content: '48 videos' } }] },
              ],
            },
          },
        },
      },
    },
  });
  const url = new URL('https://www.youtube.com/@OneMedia.');
  it('without channel metadata or a handle in its header: refused, whatever count it claims', () => {
    const forged = { responseContext: {}, header: header('99M subscribers'), contents: {} };
    expect(readHandedPayload(reader, JSON.stringify(forged), url, 'en')).toBeNull();
  });
  it('the same response naming this channel is read (a positive sign the count was readable)', () => {
    const named = {
      responseContext: {},
      metadata: { channelMetadataRenderer: { vanityChannelUrl: 'http://www.youtube.com/@OneMedia.' } },
      header: header('99M subscribers'),
      contents: {},
    };
    expect(readHandedPayload(reader, JSON.stringify(named), url, 'en')?.followers).toMatchObject({ min: 99_000_000 });
  });
});
