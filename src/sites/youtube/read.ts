import { documentReader, guarded, guardedReader, NO_IDENTITY, notAProfile } from '../guard.ts';
import { asRecord } from '../json.ts';
import {
  chooseLang,
  type PageData,
  type PageReader,
  type ReadResult,
  type SiteReader,
  SnapshotBuilder,
} from '../reader.ts';
import type { ReaderOptions } from '../reader-options.ts';
import { browseHl, readBrowse } from './browse.ts';
import { readDomHeader, readDomItems } from './dom.ts';
import { channelIdentity, identityMatches } from './identity.ts';
import { initialData, initialDataScript, parseInitialData, ytcfgHl } from './initial-data.ts';
import { projectBrowse } from './project.ts';
import { youtubeUrls } from './url.ts';

const NOT_SHOWN = {
  following: 'YouTube does not show whom a channel follows',
  totalLikes: 'YouTube shows no lifetime likes for a channel',
};

/** The languages a YouTube page offers besides its data: `<html lang>`, else ytcfg's HL. */
type PageLangs = Pick<PageData, 'htmlLang' | 'configLang'>;

function pageLangs(doc: Document): PageLangs {
  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim() || null;
  return { htmlLang, configLang: htmlLang ? null : ytcfgHl(doc) };
}

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

/** `data`: the first load's data when the caller already holds it (the bridge's projection), else the script's. */
function readDocument(doc: Document, url: URL, options: ReaderOptions, data: unknown = initialData(doc)): ReadResult {
  const urlHandle = youtubeUrls.profileHandle(url);
  if (!urlHandle) return notAProfile('YouTube', url);
  const { b, trail, fresh, lang, langSource, complete } = readInitialData(
    data,
    url,
    urlHandle,
    pageLangs(doc),
    options,
  );
  if (!complete) {
    const dom = readDomHeader(b, doc, urlHandle, lang);
    trail.push(dom.note);
    if (!dom.stale) b.posts(readDomItems(doc, lang), 'dom:ytd-rich-item-renderer');
  }
  // A no-op when posts were read; otherwise keeps readBrowse's own reason when the data was fresh.
  if (!fresh) b.miss('recentPosts', trail.join('; '));
  return { ok: true, snapshot: b.finish(trail, langSource, NOT_SHOWN) };
}

/** The page's half: the newest data as text (a forwarded browse response wins over the first load's). */
function pageData(doc: Document, url: URL): PageData | null {
  if (!youtubeUrls.profileHandle(url)) return null;
  const script = initialDataScript(doc);
  return script ? { source: 'ytInitialData', text: script.text, ...pageLangs(doc) } : null;
}

/** The first load's data as the main-world bridge hands it over (projected JSON), with the page's languages. */
export function initialPageData(doc: Document, url: URL, json: string): PageData | null {
  return youtubeUrls.profileHandle(url) ? { source: 'initialData', text: json, ...pageLangs(doc) } : null;
}

/**
 * The worker's half, the same read as readDocument's without the DOM: a result only when the data is about this
 * profile and holds what readDocument would otherwise look for in the DOM.
 */
function readPageData(data: PageData, url: URL, options: ReaderOptions): ReadResult {
  if (data.source === 'browse') {
    const json: unknown = JSON.parse(data.text);
    return (
      readForwarded(json, url, data.htmlLang ?? 'en', options) ?? { ok: false, error: 'browse: no subscriber count' }
    );
  }
  const urlHandle = youtubeUrls.profileHandle(url);
  if (!urlHandle) return notAProfile('YouTube', url);
  const initial = data.source === 'initialData' ? JSON.parse(data.text) : parseInitialData(data.text);
  const read = readInitialData(initial, url, urlHandle, data, options);
  if (!read.complete) return { ok: false, error: `${read.trail.join('; ')}: the page's DOM is needed` };
  return { ok: true, snapshot: read.b.finish(read.trail, read.langSource, NOT_SHOWN) };
}

/**
 * A browse response forwarded after in-app navigation, read for `url`: in its own hl=, else in the page's language
 * (without hl= a response would be read as English). Null unless it names this channel's subscribers.
 */
export function readForwarded(
  json: unknown,
  url: URL,
  pageLang: string,
  options: ReaderOptions = {},
): ReadResult | null {
  // Handed over by the page: its numbers count only when it names its channel (as the first load's must).
  if (!isInnertubeResponse(json) || channelIdentity(projectBrowse(json)).names.size === 0) return null;
  let result = readPayload(json, url, options);
  if (result?.ok && result.snapshot.sources.lang === 'default') {
    result = readPayload(json, url, { ...options, lang: pageLang }) ?? result;
  }
  return result?.ok && result.snapshot.followers ? result : null;
}

/** Browse / next / search responses: the same object shape as ytInitialData. */
function isInnertubeResponse(json: unknown): boolean {
  const rec = asRecord(json);
  return (
    rec !== null &&
    ('responseContext' in rec || ('contents' in rec && 'header' in rec) || 'onResponseReceivedActions' in rec)
  );
}

function readPayload(whole: unknown, url: URL | null, options: ReaderOptions): ReadResult | null {
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

function guardedPageData(doc: Document, url: URL): PageData | null {
  try {
    return pageData(doc, url);
  } catch {
    return null; // the document read that follows reports what went wrong
  }
}

export function createYouTubeReader(options: ReaderOptions = {}): SiteReader {
  return {
    ...guardedReader('youtube', readDocument, readPayload, options),
    pageData: guardedPageData,
    readPageData: (data, url) => guarded(() => readPageData(data, url, options)),
  };
}

export const youtubeReader: SiteReader = /* @__PURE__ */ createYouTubeReader();

/**
 * The document read with the first load's data the bridge handed over (its projection, parsed here), instead of
 * parsing the script's half megabyte on the page's thread.
 */
export function readDocumentWith(doc: Document, url: URL, data: unknown): ReadResult {
  return guarded(() => readDocument(doc, url, {}, data));
}

/** What the YouTube content script reads with: its data for the worker, and its document when the data cannot answer. */
export const youtubePageReader: PageReader = {
  ...documentReader('youtube', readDocument, {}),
  pageData: guardedPageData,
};
