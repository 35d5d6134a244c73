import { findKey } from '../dom.ts';
import { documentReader, guardedReader, NO_IDENTITY, notAProfile } from '../guard.ts';
import { asArray, asString, at, sameHandle } from '../json.ts';
import {
  chooseLang,
  type PageRead,
  type PageReader,
  type ReadResult,
  type SiteReader,
  SnapshotBuilder,
} from '../reader.ts';
import type { ReaderOptions } from '../reader-options.ts';
import { readHeaderDom, readMeta, readSharedData, readSjs } from './document.ts';
import { SJS_TIMELINE_KEYS, SJS_USER_KEY } from './selectors.ts';
import { instagramUrls } from './url.ts';
import { addUserCounts, isUserObject, postFromNode, postOwner, postsFrom, usernameOf } from './user.ts';

const NOT_SHOWN = { totalLikes: 'Instagram shows no lifetime likes' };

function readPage(doc: Document, url: URL, options: ReaderOptions): PageRead {
  const handle = instagramUrls.profileHandle(url);
  if (!handle) return notAProfile('Instagram', url);
  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim();
  const [lang, langSource] = chooseLang([
    [options.lang, 'override'],
    [htmlLang, 'html[lang]'],
  ]);
  const b = new SnapshotBuilder('instagram', handle, url.href, lang);
  const trail = [
    readSjs(b, doc, handle),
    readSharedData(b, doc, handle),
    readHeaderDom(b, doc, handle, lang),
    readMeta(b, doc, handle, lang),
  ];
  b.miss('recentPosts', 'no post data in the document (grid counts show only on hover or via GraphQL)');
  return b.result(b.finish(trail, langSource, NOT_SHOWN));
}

/** A user object in a payload: bare, web_profile_info `data.user`, legacy `graphql.user`, or xig_user_by_username. */
function userOf(json: unknown): unknown {
  const candidates = [json, at(json, 'data', 'user'), at(json, 'user'), at(json, 'graphql', 'user')];
  return (
    candidates.find(isUserObject) ??
    (isUserObject(findKey(json, SJS_USER_KEY)) ? findKey(json, SJS_USER_KEY) : undefined)
  );
}

/** Post nodes in a payload: a bare list, a v1 feed `items` list, or a timeline connection. */
function postNodesOf(json: unknown): unknown[] | null {
  const looksLikePost = (n: unknown) =>
    postFromNode(n, 'payload') !== null &&
    (at(n, 'like_count') !== undefined ||
      at(n, 'edge_liked_by') !== undefined ||
      at(n, 'like_and_view_counts_disabled') !== undefined);
  for (const list of [json, at(json, 'items')]) {
    if (Array.isArray(list) && list.length > 0 && list.every(looksLikePost)) return list;
  }
  for (const key of SJS_TIMELINE_KEYS) {
    const edges = asArray(at(findKey(json, key), 'edges')).map((edge) => at(edge, 'node'));
    if (edges.length > 0) return edges;
  }
  return null;
}

function readPayload(json: unknown, url: URL | null, options: ReaderOptions): ReadResult | null {
  const user = userOf(json);
  const nodes = postNodesOf(json);
  if (!user && !nodes) return null;
  const urlHandle = url ? instagramUrls.profileHandle(url) : null;
  if (url && !urlHandle) return notAProfile('Instagram', url);
  const ownHandle = usernameOf(user) ?? (nodes ? (nodes.map(postOwner).find((h) => h !== null) ?? null) : null);
  if (ownHandle && urlHandle && !sameHandle(ownHandle, urlHandle)) {
    return { ok: false, error: `the payload is about @${ownHandle}, the URL names @${urlHandle}` };
  }
  const handle = urlHandle ?? ownHandle;
  if (!handle) return NO_IDENTITY;
  const b = new SnapshotBuilder(
    'instagram',
    handle,
    url?.href ?? instagramUrls.profileUrl(handle),
    options.lang ?? 'en',
  );
  if (user) addUserCounts(b, user, asString(at(user, 'username')) ? 'user' : 'payload', 'payload');
  if (nodes) {
    const own = nodes.filter((n) => sameHandle(postOwner(n) ?? handle, handle));
    b.posts(postsFrom(own, 'payload'), 'payload posts (like_count / comment_count)');
  } else b.miss('recentPosts', 'payload: no posts');
  return {
    ok: true,
    snapshot: b.finish(
      [user ? 'payload: field absent' : 'payload: a posts list carries no profile counts'],
      options.lang ? 'override' : 'default',
      NOT_SHOWN,
    ),
  };
}

export function createInstagramReader(options: ReaderOptions = {}): SiteReader {
  return guardedReader('instagram', readPage, readPayload, options);
}

export const instagramReader: SiteReader = /* @__PURE__ */ createInstagramReader();

/** What the Instagram content script reads with: documents only. */
export const instagramPageReader: PageReader = /* @__PURE__ */ documentReader('instagram', readPage, {});
