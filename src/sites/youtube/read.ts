import { guardedReader, NO_IDENTITY, notAProfile } from '../guard.ts';
import { asRecord } from '../json.ts';
import { chooseLang, type ReadResult, type SiteReader, SnapshotBuilder } from '../reader.ts';
import type { ReaderOptions } from '../reader-options.ts';
import { browseHl, readBrowse } from './browse.ts';
import { readDomHeader, readDomItems } from './dom.ts';
import { channelIdentity, identityMatches } from './identity.ts';
import { initialData, ytcfgHl } from './initial-data.ts';
import { youtubeUrls } from './url.ts';

const NOT_SHOWN = {
  following: 'YouTube does not show whom a channel follows',
  totalLikes: 'YouTube shows no lifetime likes for a channel',
};

function readDocument(doc: Document, url: URL, options: ReaderOptions): ReadResult {
  const urlHandle = youtubeUrls.profileHandle(url);
  if (!urlHandle) return notAProfile('YouTube', url);
  const now = options.now?.() ?? new Date();
  const data = initialData(doc);
  const identity = data ? channelIdentity(data) : null;
  const fresh = identity !== null && identityMatches(identity, urlHandle);
  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim();
  const cfgHl = htmlLang ? null : ytcfgHl(doc);
  const [lang, langSource] = chooseLang([
    [options.lang, 'override'],
    [htmlLang, 'html[lang]'],
    [cfgHl, 'ytcfg HL'],
  ]);
  // Prefer the @handle the data names, so /channel/UC… and /@name visits are one profile.
  const handle = (fresh && identity?.handle) || urlHandle;
  const b = new SnapshotBuilder('youtube', handle, url.href, lang);
  const trail: string[] = [];
  if (fresh && identity) {
    trail.push(readBrowse(b, data, { lang, now, label: 'ytInitialData', identity, urlHandle }));
  } else {
    trail.push(
      data
        ? `ytInitialData: about ${identity?.handle ?? identity?.channelId ?? '?'}, not ${urlHandle} (stale after navigation)`
        : 'ytInitialData: absent or malformed',
    );
  }
  if (!b.has('followers') || !b.has('posts')) {
    const dom = readDomHeader(b, doc, urlHandle, lang);
    trail.push(dom.note);
    if (!dom.stale) b.posts(readDomItems(doc, lang), 'dom:ytd-rich-item-renderer');
  }
  // A no-op when posts were read; otherwise keeps readBrowse's own reason when the data was fresh.
  if (!fresh) b.miss('recentPosts', trail.join('; '));
  return { ok: true, snapshot: b.finish(trail, langSource, NOT_SHOWN) };
}

/** Browse / next / search responses: the same object shape as ytInitialData. */
function isInnertubeResponse(json: unknown): boolean {
  const rec = asRecord(json);
  return (
    rec !== null &&
    ('responseContext' in rec || ('contents' in rec && 'header' in rec) || 'onResponseReceivedActions' in rec)
  );
}

function readPayload(json: unknown, url: URL | null, options: ReaderOptions): ReadResult | null {
  if (!isInnertubeResponse(json)) return null;
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
  const handle = identity.handle ?? identity.channelId ?? urlHandle;
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
  return guardedReader('youtube', readDocument, readPayload, options);
}

export const youtubeReader: SiteReader = createYouTubeReader();
