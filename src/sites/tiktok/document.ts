import { bioFacts } from '../../core/caption.ts';
import { exactCount } from '../../core/count.ts';
import type { CountField } from '../../core/snapshot.ts';
import { allMatches, firstMatch } from '../dom.ts';
import { asArray, asCountInteger, asRecord, asString, at, sameHandle } from '../json.ts';
import type { PagePost, ReadWhere, SnapshotBuilder } from '../reader.ts';
import { cachedScriptJson, parseJson } from '../script-json.ts';
import { captionFromCover } from './cover-caption.ts';
import { coverTemplate } from './rehydration.ts';
import {
  GRID_CAPTION,
  GRID_ITEMS,
  GRID_LINK,
  GRID_PINNED,
  GRID_VIEWS,
  HEADER,
  HEADER_HANDLE,
  JSON_LD_PROFILE,
  NEXT_DATA_SCRIPTS,
  SIGI_SCRIPTS,
} from './selectors.ts';
import { addUserStats } from './stats.ts';
import { tiktokIdTime } from './video-id.ts';

/** Parsed JSON of the first script matching any selector (cached per element). */
function scriptData(doc: Document, selectors: readonly string[], kind: string): unknown {
  const el = firstMatch(doc, selectors);
  return el ? cachedScriptJson(el, kind, parseJson) : null;
}

/** Layer 1: `webapp.user-detail.userInfo` when its uniqueId is the URL's handle. Returns a note for `missing`. */
export function readRehydration(b: SnapshotBuilder, scope: unknown, handle: string): string {
  if (scope === null) return 'statsV2: no __UNIVERSAL_DATA_FOR_REHYDRATION__ script (or malformed)';
  const userInfo = at(scope, 'webapp.user-detail', 'userInfo');
  const uniqueId = asString(at(userInfo, 'user', 'uniqueId'));
  if (!uniqueId) return 'statsV2: rehydration JSON has no user';
  if (!sameHandle(uniqueId, handle)) return `statsV2: rehydration JSON is for @${uniqueId} (stale after navigation)`;
  addUserStats(b, userInfo, '');
  readUserFlags(b, at(userInfo, 'user'));
  return 'statsV2: read';
}

/** The user's name, flags and bio; on a page the bio goes to the worker as text (`bioText`), in a payload it is read. */
export function readUserFlags(b: SnapshotBuilder, user: unknown, where: ReadWhere = 'page'): void {
  const nickname = asString(at(user, 'nickname'));
  if (nickname) b.set('displayName', nickname.slice(0, 300));
  const verified = at(user, 'verified');
  if (typeof verified === 'boolean') b.set('verified', verified);
  const isPrivate = at(user, 'privateAccount');
  if (typeof isPrivate === 'boolean') b.set('private', isPrivate);
  const signature = asString(at(user, 'signature'));
  if (signature !== null) {
    // TikTok stores the bio link without its scheme ("twitch.tv/illojuan").
    const link = asString(at(user, 'bioLink', 'link'));
    const links = link ? [/^https?:\/\//i.test(link) ? link : `https://${link}`] : [];
    if (where === 'page') b.bioText(signature, links);
    else b.set('bio', bioFacts(signature, links));
  }
}

/** Layer 2: JSON-LD `#ProfilePage` mainEntity.interactionStatistic (exact), when its alternateName is the handle. */
export function readJsonLd(b: SnapshotBuilder, doc: Document, handle: string): string {
  const entity = at(scriptData(doc, JSON_LD_PROFILE, 'tiktok-jsonld'), 'mainEntity');
  if (!asRecord(entity)) return 'json-ld: no #ProfilePage block';
  const name = asString(at(entity, 'alternateName'));
  if (!sameHandle(name, handle)) return `json-ld: block is for @${name ?? '?'} (stale)`;
  for (const stat of asArray(at(entity, 'interactionStatistic'))) {
    const type = asString(at(stat, 'interactionType', '@type')) ?? asString(at(stat, 'interactionType')) ?? '';
    const n = asCountInteger(at(stat, 'userInteractionCount'));
    const field: CountField | null = /FollowAction$/.test(type)
      ? 'followers'
      : /LikeAction$/.test(type)
        ? 'totalLikes'
        : null;
    if (field && n !== null) b.count(field, exactCount(n), 'json-ld');
  }
  return 'json-ld: read';
}

/** Layer 3: older state blobs (SIGI_STATE 2022–23, __NEXT_DATA__ 2020–21), if a page still carries one. */
export function readLegacyState(b: SnapshotBuilder, doc: Document, handle: string): string {
  const sigi = scriptData(doc, SIGI_SCRIPTS, 'tiktok-sigi');
  const users = asRecord(at(sigi, 'UserModule', 'users'));
  const key = users ? Object.keys(users).find((k) => sameHandle(k, handle)) : undefined;
  if (key) {
    const stats = asRecord(at(sigi, 'UserModule', 'stats', key));
    if (stats) addUserStats(b, { stats }, 'SIGI_STATE.');
    readUserFlags(b, users?.[key]);
  }
  const next = at(scriptData(doc, NEXT_DATA_SCRIPTS, 'tiktok-next'), 'props', 'pageProps', 'userInfo');
  if (sameHandle(asString(at(next, 'user', 'uniqueId')), handle)) addUserStats(b, next, '__NEXT_DATA__.');
  return sigi || next ? 'legacy state: read' : 'legacy state: none';
}

/** The handle the rendered header shows; null when the page has no such element. */
function shownHandle(doc: Document): string | null {
  const text = firstMatch(doc, HEADER_HANDLE)?.textContent?.trim();
  if (text) return text;
  // react-helmet keeps <title> current: "IlloJuan (@illojuan) | TikTok"
  return /\(@([\w.]+)\)/.exec(doc.title ?? '')?.[1] ?? null;
}

/** Layer 4: the visible compact counts, parsed in the UI language, if the header shows this handle. */
export function readHeaderDom(b: SnapshotBuilder, doc: Document, handle: string, lang: string): string {
  const shown = shownHandle(doc);
  // After in-app navigation the header may still hold the previous profile's counts: no handle, no trust.
  if (!shown) return "dom: the header names no handle (its counts could be the previous profile's)";
  if (!sameHandle(shown, handle)) return `dom: header shows @${shown} (not yet re-rendered)`;
  for (const field of ['followers', 'following', 'totalLikes'] as const) {
    const el = firstMatch(doc, HEADER[field]);
    const text = el?.textContent?.trim();
    if (text) b.count(field, { text, lang }, `dom:${HEADER[field][0]}`);
  }
  return `dom: tried ${Object.values(HEADER).flat().join(', ')}`;
}

/** Grid cards of this handle's own videos: id from the link, compact views (as text, for the worker). */
export function readGrid(doc: Document, handle: string, lang: string): PagePost[] {
  const posts: PagePost[] = [];
  const template = coverTemplate(doc);
  for (const item of allMatches(doc, GRID_ITEMS)) {
    const href = firstMatch(item, GRID_LINK)?.getAttribute('href') ?? '';
    const m = /\/@([\w.]+)\/(?:video|photo)\/(\d+)/.exec(href);
    if (!m?.[2] || !sameHandle(m[1], handle)) continue; // reposts and stale cards belong to someone else
    const viewsText = firstMatch(item, GRID_VIEWS)?.textContent?.trim() ?? '';
    const post: PagePost = {
      id: m[2],
      likes: null,
      comments: null,
      views: viewsText ? { text: viewsText, lang } : null,
      publishedAt: tiktokIdTime(m[2]),
    };
    // The cover's alt text is the caption inside the page's own credit template; null while the cover is not drawn.
    const alt = firstMatch(item, GRID_CAPTION)?.getAttribute('alt');
    const caption = alt == null ? null : captionFromCover(alt, template);
    if (caption !== null) post.caption = caption;
    if (firstMatch(item, GRID_PINNED)) post.pinned = true;
    posts.push(post);
  }
  return posts;
}
