import { type Count, exactCount } from '../../core/count.ts';
import { asArray, asCountInteger, asRecord, asString, sameHandle } from '../json.ts';
import { facebookUrls } from './url.ts';

// A list of pages as scrapfly's facebook-scraper returns them (2026-06): each entry is the page's
// og:description parsed by regexes, `{ username, url, page_id, name, likes, talking_about, were_here, … }`.

export interface PageEntry {
  handle: string;
  pageId: string | null;
  url: string;
  name: string | null;
  likes: Count | null;
  talkingAbout: number | null;
  wereHere: number | null;
  /** The entry as given, for its intro, website and e-mail. */
  raw: Record<string, unknown>;
}

function entryOf(value: unknown): PageEntry | null {
  const rec = asRecord(value);
  if (!rec || !('likes' in rec) || !('talking_about' in rec)) return null;
  const href = asString(rec.url);
  let handle = asString(rec.username);
  if (!handle && href) {
    try {
      handle = facebookUrls.profileHandle(new URL(href));
    } catch {
      handle = null;
    }
  }
  if (!handle) return null;
  const likes = asCountInteger(rec.likes);
  return {
    handle,
    pageId: asString(rec.page_id),
    url: href ?? facebookUrls.profileUrl(handle),
    name: asString(rec.name),
    likes: likes === null ? null : exactCount(likes),
    talkingAbout: asCountInteger(rec.talking_about),
    wereHere: asCountInteger(rec.were_here),
    raw: rec,
  };
}

/** The page entries of such a payload (one object or a list); null when the JSON is something else. */
export function pageEntries(json: unknown): PageEntry[] | null {
  const list = Array.isArray(json) ? asArray(json) : [json];
  const entries = list.map(entryOf).filter((e): e is PageEntry => e !== null);
  return entries.length > 0 ? entries : null;
}

/** The entry for `handle` (vanity name or numeric page id). */
export function entryFor(entries: PageEntry[], handle: string): PageEntry | null {
  return entries.find((e) => sameHandle(e.handle, handle) || e.pageId === handle) ?? null;
}
