import { documentReader, guardedReader, NO_IDENTITY, notAProfile } from '../guard.ts';
import { asRecord, asString, at, sameHandle } from '../json.ts';
import {
  chooseLang,
  type PageRead,
  type PageReader,
  type ReadResult,
  type SiteReader,
  SnapshotBuilder,
} from '../reader.ts';
import type { ReaderOptions } from '../reader-options.ts';
import { markSelectionIfUnordered } from '../timeline.ts';
import { readGrid, readHeaderDom, readJsonLd, readLegacyState, readRehydration, readUserFlags } from './document.ts';
import { itemListOf, itemsAuthor, postsFromItems } from './items.ts';
import { rehydrationScope } from './rehydration.ts';
import { addUserStats } from './stats.ts';
import { tiktokUrls } from './url.ts';

function readPage(doc: Document, url: URL, options: ReaderOptions): PageRead {
  const handle = tiktokUrls.profileHandle(url);
  if (!handle) return notAProfile('TikTok', url);
  const scope = rehydrationScope(doc);
  const appLang = asString(at(scope, 'webapp.app-context', 'language'));
  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim();
  const [lang, langSource] = chooseLang([
    [options.lang, 'override'],
    [appLang, 'webapp.app-context.language'],
    [htmlLang, 'html[lang]'],
  ]);
  const b = new SnapshotBuilder('tiktok', handle, url.href, lang);
  // Strongest first; a weaker layer runs only while a count is still missing (keeps live re-reads cheap).
  const complete = () => b.has('followers') && b.has('following') && b.has('posts') && b.has('totalLikes');
  const trail = [readRehydration(b, scope, handle)];
  if (!complete()) trail.push(readJsonLd(b, doc, handle));
  if (!complete()) trail.push(readLegacyState(b, doc, handle));
  if (!complete()) trail.push(readHeaderDom(b, doc, handle, lang));
  // A grid sorted other than newest first ("Popular", "Oldest") is a selection, not what the account posts now.
  const posts = markSelectionIfUnordered(readGrid(doc, handle, lang));
  b.posts(posts, 'dom:[data-e2e=video-views]');
  if (posts.length === 0) b.miss('recentPosts', 'no grid items of this handle ([data-e2e=user-post-item])');
  return b.result(b.finish(trail, langSource));
}

/** A `userInfo` object (as in the rehydration JSON or /api/user/detail), possibly wrapped. */
function userInfoOf(json: unknown): unknown {
  const candidates = [
    json,
    Array.isArray(json) && json.length === 1 ? json[0] : undefined, // a scraper's one-profile array
    at(json, 'userInfo'),
    at(json, '__DEFAULT_SCOPE__', 'webapp.user-detail', 'userInfo'),
  ];
  return candidates.find((c) => asRecord(at(c, 'user')) && (asRecord(at(c, 'statsV2')) || asRecord(at(c, 'stats'))));
}

function readPayload(json: unknown, url: URL | null, options: ReaderOptions): ReadResult | null {
  const userInfo = userInfoOf(json);
  const items = itemListOf(json);
  if (!userInfo && !items) return null;
  const urlHandle = url ? tiktokUrls.profileHandle(url) : null;
  if (url && !urlHandle) return notAProfile('TikTok', url);
  // An item list names its account by its items' author, or (live, where items carry none) by the `owner` our
  // observer found for the request's secUid in what the page said (content/page-data/tiktok-owner.ts).
  const ownHandle =
    asString(at(userInfo, 'user', 'uniqueId')) ?? (items ? (itemsAuthor(items) ?? asString(at(json, 'owner'))) : null);
  if (ownHandle && urlHandle && !sameHandle(ownHandle, urlHandle)) {
    return { ok: false, error: `the payload is about @${ownHandle}, the URL names @${urlHandle}` };
  }
  const handle = urlHandle ?? ownHandle;
  if (!handle) return NO_IDENTITY;
  const profileUrl = url?.href ?? tiktokUrls.profileUrl(handle);
  // Payload numbers are JSON numbers, not text: the language only labels the snapshot.
  const b = new SnapshotBuilder('tiktok', handle, profileUrl, options.lang ?? 'en');
  const trail: string[] = [];
  if (userInfo) {
    addUserStats(b, userInfo, 'userInfo.');
    readUserFlags(b, at(userInfo, 'user'), 'payload');
  } else trail.push('payload: an item list carries no profile counts');
  if (items) b.posts(postsFromItems(items), 'item_list stats (rounded ≥ 10,000)');
  else b.miss('recentPosts', 'payload: no itemList');
  return {
    ok: true,
    snapshot: b.finish(trail.length ? trail : ['payload: field absent'], options.lang ? 'override' : 'default'),
  };
}

export function createTikTokReader(options: ReaderOptions = {}): SiteReader {
  return guardedReader('tiktok', readPage, readPayload, options);
}

export const tiktokReader: SiteReader = /* @__PURE__ */ createTikTokReader();

/** What the TikTok content script reads with: documents only. */
export const tiktokPageReader: PageReader = /* @__PURE__ */ documentReader('tiktok', readPage, {});
