import type { CountField } from '../../core/snapshot.ts';
import { allMatches, findKey, firstMatch, metaContent, scriptHead } from '../dom.ts';
import { asArray, at, sameHandle } from '../json.ts';
import type { SnapshotBuilder } from '../reader.ts';
import { assignedObject, cachedScriptJson, parseJson } from '../script-json.ts';
import {
  EXACT_NUMBER,
  FOLLOWERS_LINK,
  FOLLOWING_LINK,
  OG_DESCRIPTION,
  SHARED_DATA_MARKER,
  SJS_SCRIPTS,
  SJS_TIMELINE_KEYS,
  SJS_USER_KEY,
} from './selectors.ts';
import { addUserCounts, postOwner, postsFrom, usernameOf } from './user.ts';

/** Layer 1: `xig_user_by_username` in a data-sjs blob, when it is this handle's. Also its timeline posts. */
export function readSjs(b: SnapshotBuilder, doc: Document, handle: string): string {
  let note = 'data-sjs: no xig_user_by_username';
  for (const el of allMatches(doc, SJS_SCRIPTS)) {
    const text = el.textContent ?? '';
    const hasUser = text.includes(SJS_USER_KEY);
    const timelineKey = SJS_TIMELINE_KEYS.find((key) => text.includes(key));
    if (!hasUser && !timelineKey) continue; // most blobs are module loaders: skip without parsing
    const json = cachedScriptJson(el, 'instagram-sjs', parseJson);
    if (hasUser) {
      const user = findKey(json, SJS_USER_KEY);
      const name = usernameOf(user);
      if (sameHandle(name, handle)) {
        addUserCounts(b, user, 'xig_user_by_username', 'page');
        note = 'data-sjs: read';
      } else note = `data-sjs: user is @${name ?? '?'} (stale)`;
    }
    if (timelineKey) {
      const connection = findKey(json, timelineKey);
      const nodes = asArray(at(connection, 'edges')).map((edge) => at(edge, 'node'));
      const own = nodes.filter((node) => sameHandle(postOwner(node) ?? handle, handle));
      b.posts(postsFrom(own, 'page'), `data-sjs:${timelineKey}`);
    }
  }
  return note;
}

/** Layer 2 (≤ 2021 pages): `window._sharedData` → ProfilePage graphql user, with the 12 grid posts. */
export function readSharedData(b: SnapshotBuilder, doc: Document, handle: string): string {
  for (const el of Array.from(doc.querySelectorAll('script:not([src])'))) {
    // The assignment opens the script: look at its head only (most inline scripts are large and something else).
    if (scriptHead(el, 400 + SHARED_DATA_MARKER.length).lastIndexOf(SHARED_DATA_MARKER, 400) < 0) continue;
    const data = cachedScriptJson(el, 'instagram-shared-data', (t) => assignedObject(t, SHARED_DATA_MARKER));
    const user = at(data, 'entry_data', 'ProfilePage', 0, 'graphql', 'user');
    const name = usernameOf(user);
    if (!sameHandle(name, handle)) return `_sharedData: user is @${name ?? '?'} (stale or not a profile)`;
    addUserCounts(b, user, '_sharedData', 'page');
    b.posts(postsFrom(at(user, 'edge_owner_to_timeline_media'), 'page'), '_sharedData.edge_owner_to_timeline_media');
    return '_sharedData: read';
  }
  return '_sharedData: absent';
}

/** The link's own handle must be ours: `/pluto__travel/followers/` (a stale header links elsewhere). */
function linkOf(doc: Document, selectors: readonly string[], handle: string): Element | null {
  for (const a of allMatches(doc, selectors)) {
    const owner = /^\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1];
    if (sameHandle(owner, handle)) return a;
  }
  return null;
}

/** Layer 3: the header's followers / following links (exact `title` where present) and the posts item. */
export function readHeaderDom(b: SnapshotBuilder, doc: Document, handle: string, lang: string): string {
  const followers = linkOf(doc, FOLLOWERS_LINK, handle);
  if (!followers) return `dom: no ${FOLLOWERS_LINK.join(', ')} for @${handle}`;
  const titled = firstMatch(followers, EXACT_NUMBER)?.getAttribute('title')?.trim();
  if (titled) b.count('followers', { text: titled, lang }, 'dom:a[href$="/followers/"] span[title]');
  b.count('followers', { text: followers.textContent ?? '', lang }, 'dom:a[href$="/followers/"]');
  const following = linkOf(doc, FOLLOWING_LINK, handle);
  if (following) b.count('following', { text: following.textContent ?? '', lang }, 'dom:a[href$="/following/"]');
  // The posts count is the header item without a link, in the same list as the followers link.
  const list = followers.closest('ul');
  const postsItem = list ? Array.from(list.children).find((li) => !li.querySelector('a')) : undefined;
  if (postsItem) b.count('posts', { text: postsItem.textContent ?? '', lang }, 'dom:header li (no link)');
  return 'dom: read header links';
}

/** Layer 4: og:description / description, when og:url is this profile. Order: followers, following, posts. */
export function readMeta(b: SnapshotBuilder, doc: Document, handle: string, lang: string): string {
  const ogUrl = metaContent(doc, 'og:url');
  const owner = ogUrl ? /^https?:\/\/[^/]+\/([^/?#]+)\/?(?:[?#]|$)/.exec(ogUrl)?.[1] : null;
  if (!sameHandle(owner, handle)) return `og: og:url is ${ogUrl ?? 'absent'}, not this profile`;
  // Only a quoted bio is read: a description without one says nothing of the bio (not "a bio without contacts").
  const bio = b.hasBio() ? null : bioOfDescription(metaContent(doc, 'description') ?? '', handle);
  if (bio !== null) b.bioText(bio);
  for (const key of OG_DESCRIPTION) {
    const description = metaContent(doc, key);
    // "2,362 Followers, 136 Following, 224 Posts - See Instagram photos…": numbers before the first " - "
    const head = description?.split(' - ')[0];
    const parts = head?.split(/,\s+/) ?? [];
    if (parts.length !== 3 || !parts.every((p) => /\d/.test(p))) continue;
    const fields: CountField[] = ['followers', 'following', 'posts'];
    fields.forEach((field, i) => {
      b.count(
        field,
        { text: parts[i] ?? '', lang },
        `${key === 'og:description' ? 'og:description' : 'meta:description'}`,
      );
    });
    return 'og: read';
  }
  return 'og: description has no "N Followers, N Following, N Posts"';
}

/**
 * The bio Instagram quotes at the end of its meta description (2024 pages): `… Pluto (@pluto__travel) on Instagram:
 * "Home of travel…"`. The phrase before the colon is in the page's language, so only its shape is read: the
 * profile's own `(@handle)`, a short phrase, a colon, and the quoted rest. Null where no bio is quoted.
 */
export function bioOfDescription(description: string, handle: string): string | null {
  const mark = `(@${handle.toLowerCase()})`;
  const at = description.toLowerCase().lastIndexOf(mark);
  if (at < 0) return null;
  const quoted = /^[^"“”«»:：]{0,60}[:：]\s*["“«]([\s\S]*)["”»]\s*$/.exec(description.slice(at + mark.length));
  return quoted?.[1]?.trim() || null;
}
