import { guarded, guardedReader, NO_IDENTITY, notAProfile } from '../guard.ts';
import { asRecord } from '../json.ts';
import {
  chooseLang,
  type PageData,
  type PageRead,
  type ReadResult,
  type SiteReader,
  SnapshotBuilder,
} from '../reader.ts';
import type { ReaderOptions } from '../reader-options.ts';
import { browseHl, readBrowse } from './browse.ts';
import { channelIdentity, identityMatches } from './identity.ts';
import { initialData, parseInitialData } from './initial-data.ts';
import { NOT_SHOWN, type PageLangs, pageData, pageLangs, readDom } from './page.ts';
import { projectBrowse } from './project.ts';
import { youtubeUrls } from './url.ts';

// The worker's (and the CLI's) YouTube reader: ytInitialData and browse responses, and the DOM's counts as text.

/** What ytInitialData alone says about the profile `url` names: the part of a read that needs no DOM. */
function readInitialData(whole: unknown, url: URL, urlHandle: string, langs: PageLangs, options: ReaderOptions) {
  // Read as the page hands it over: the projection (equal answers, tested), whatever the data came from.
  const data = whole ? projectBrowse(whole) : whole;
  const identity = data ? channelIdentity(data) : null;
  const fresh = identity !== null && identityMatches(identity, urlHandle);
  const [lang, langSource] = chooseLang([
    [options.lang, 'override'],
    [langs.htmlLang, 'html[lang]'],
    [langs.configLang, 'ytcfg HL'],
  ]);
  // Prefer the @handle the data names, so /channel/UC… and /@name visits are one profile.
  const handle = (fresh && identity?.handle) || urlHandle;
  const b = new SnapshotBuilder('youtube', handle, url.href, lang);
  const trail: string[] = [];
  if (fresh && identity) {
    const now = options.now?.() ?? new Date();
    trail.push(readBrowse(b, data, { lang, now, label: 'ytInitialData', identity, urlHandle }));
  } else {
    trail.push(
      data
        ? `ytInitialData: about ${identity?.handle ?? identity?.channelId ?? '?'}, not ${urlHandle} (stale after navigation)`
        : 'ytInitialData: absent or malformed',
    );
  }
  // The DOM is read only when the data lacks these (readDocument).
  const complete = b.has('followers') && b.has('posts');
  return { b, trail, fresh, lang, langSource, complete };
}

/** The whole document: its ytInitialData, and its rendered DOM (as text) for what the data lacks. */
function readFull(doc: Document, url: URL, options: ReaderOptions): PageRead {
  const urlHandle = youtubeUrls.profileHandle(url);
  if (!urlHandle) return notAProfile('YouTube', url);
  const { b, trail, fresh, lang, langSource, complete } = readInitialData(
    initialData(doc),
    url,
    urlHandle,
    pageLangs(doc),
    options,
  );
  if (!complete) readDom(b, doc, urlHandle, lang, trail);
  // A no-op when posts were read; otherwise keeps readBrowse's own reason when the data was fresh.
  if (!fresh) b.miss('recentPosts', trail.join('; '));
  return b.result(b.finish(trail, langSource, NOT_SHOWN));
}

/**
 * The worker's half, the same read as readDocument's without the DOM: a result only when the data is about this
 * profile and holds what readDocument would otherwise look for in the DOM.
 */
function readPageData(data: PageData, url: URL, options: ReaderOptions): ReadResult {
  const urlHandle = youtubeUrls.profileHandle(url);
  if (!urlHandle) return notAProfile('YouTube', url);
  const read = readInitialData(parseInitialData(data.text), url, urlHandle, data, options);
  if (!read.complete) return { ok: false, error: `${read.trail.join('; ')}: the page's DOM is needed` };
  return { ok: true, snapshot: read.b.finish(read.trail, read.langSource, NOT_SHOWN) };
}

/**
 * A browse response (or ytInitialData) the page received, read for `url` (or for the channel it names): in its own
 * hl=, else in the page's language `pageLang` (without either it is read as of unknown language).
 */
function readPayload(whole: unknown, url: URL | null, options: ReaderOptions, pageLang?: string): ReadResult | null {
  const result = readPayloadIn(whole, url, options);
  if (!pageLang || !result?.ok || result.snapshot.sources.lang !== 'default') return result;
  return readPayloadIn(whole, url, { ...options, lang: pageLang }) ?? result;
}

/** Browse / next / search responses: the same object shape as ytInitialData. */
function isInnertubeResponse(json: unknown): boolean {
  const rec = asRecord(json);
  return (
    rec !== null &&
    ('responseContext' in rec || ('contents' in rec && 'header' in rec) || 'onResponseReceivedActions' in rec)
  );
}

function readPayloadIn(whole: unknown, url: URL | null, options: ReaderOptions): ReadResult | null {
  if (!isInnertubeResponse(whole)) return null;
  const json = projectBrowse(whole);
  const urlHandle = url ? youtubeUrls.profileHandle(url) : null;
  if (url && !urlHandle) return notAProfile('YouTube', url);
  const identity = channelIdentity(json);
  const known = identity.names.size > 0;
  if (known && urlHandle && !identityMatches(identity, urlHandle)) {
    return {
      ok: false,
      error: `the payload is about ${identity.handle ?? identity.channelId}, the URL names ${urlHandle}`,
    };
  }
  // The URL's name before the bare channel id, as the document read does, so both key the same profile.
  const handle = identity.handle ?? urlHandle ?? identity.channelId;
  if (!handle) return NO_IDENTITY;
  const hl = browseHl(json);
  const [lang, langSource] = chooseLang([
    [options.lang, 'override'],
    [hl, 'hl= in header/topbar URLs'],
  ]);
  const b = new SnapshotBuilder('youtube', handle, url?.href ?? youtubeUrls.profileUrl(handle), lang);
  const note = readBrowse(b, json, { lang, now: options.now?.() ?? new Date(), label: 'browse', identity, urlHandle });
  return { ok: true, snapshot: b.finish([note], langSource, NOT_SHOWN) };
}

export function createYouTubeReader(options: ReaderOptions = {}): SiteReader {
  return {
    ...guardedReader('youtube', readFull, readPayload, options),
    pageData,
    readPageData: (data, url) => guarded(() => readPageData(data, url, options)),
  };
}

export const youtubeReader: SiteReader = /* @__PURE__ */ createYouTubeReader();
