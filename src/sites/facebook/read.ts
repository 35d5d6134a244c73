import type { ProfileSnapshot } from '../../core/snapshot.ts';
import { documentLang, metaContent } from '../dom.ts';
import { documentReader, guardedReader, NO_IDENTITY, notAProfile } from '../guard.ts';
import { type PageRead, type PageReader, type ReadResult, type SiteReader, SnapshotBuilder } from '../reader.ts';
import type { ReaderOptions } from '../reader-options.ts';
import { entryBio, pageBio } from './bio.ts';
import { readHeaderCounts } from './header.ts';
import { ogDescribes } from './og.ts';
import { entryFor, type PageEntry, pageEntries } from './payload.ts';
import { readLegacyMobilePosts } from './posts.ts';
import { HEADER_FOLLOWER_LINKS, HEADER_LIKE_LINKS, OG_DESCRIPTION, OG_URL } from './selectors.ts';
import { facebookUrls } from './url.ts';

// Facebook has no contract field for "talking about this" / "were here": they are kept as text in
// `sources.talkingAbout` / `sources.wereHere` so the card and the diagnostics can show them.

/**
 * Facebook page → snapshot. Page likes (→ totalLikes, the contract's "Facebook page likes") are exact in
 * og:description when og:url names this page; followers only as compact header text [M]; posts only from the
 * legacy m.facebook.com layout (the modern post DOM was never captured).
 */
export function readFacebookPage(doc: Document, url: URL, options: ReaderOptions = {}): PageRead {
  const handle = facebookUrls.profileHandle(url);
  if (!handle) return notAProfile('Facebook', url);
  const lang = options.lang ?? documentLang(doc);
  const b = new SnapshotBuilder('facebook', handle, url.href, lang);

  const ogUrl = firstMeta(doc, OG_URL);
  const description = firstMeta(doc, OG_DESCRIPTION);
  let ogNote: string;
  if (!description) ogNote = 'no og:description';
  else if (!ogDescribes(ogUrl, handle))
    ogNote = `og:url ${ogUrl ?? '(absent)'} is not this page (stale after navigation?)`;
  else {
    // The description goes to the worker as text (og-description.ts); these reasons stand only if it does not read.
    const og = (metric: 'likes' | 'talkingAbout' | 'wereHere') =>
      ({ text: description, lang, how: 'og', metric }) as const;
    b.count('totalLikes', og('likes'), 'og:description "… likes" (page likes)');
    b.note('talkingAbout', og('talkingAbout'), ' talking about this (og:description)');
    b.note('wereHere', og('wereHere'), ' were here (og:description)');
    ogNote = `og:description has no like count we can read in "${lang}"`;
    pageBio(b, doc, description);
  }

  if (!b.has('totalLikes')) {
    b.miss('totalLikes', `${ogNote}; no header likes link (${HEADER_LIKE_LINKS.join(', ')})`);
    for (const header of readHeaderCounts(doc, handle, HEADER_LIKE_LINKS, 'likes', lang)) {
      b.count('totalLikes', header.count, header.source);
    }
  }
  b.miss('followers', `not in og:description; no header followers link (${HEADER_FOLLOWER_LINKS.join(', ')})`);
  for (const followers of readHeaderCounts(doc, handle, HEADER_FOLLOWER_LINKS, 'followers', lang)) {
    b.count('followers', followers.count, followers.source);
  }
  b.miss('following', 'Facebook pages show no following count');
  b.miss('posts', 'Facebook pages show no post count');

  const posts = readLegacyMobilePosts(doc, lang);
  b.posts(posts, 'm.facebook.com post footers (legacy layout)');
  if (posts.length === 0) {
    b.miss(
      'recentPosts',
      'post counts are read only from the legacy m.facebook.com layout (modern post DOM not captured)',
    );
  }
  return b.result(b.build());
}

/**
 * A list of parsed pages (scrapfly's `pages.json` shape, 2026-06): the entry for the URL's page, or the only
 * entry when there is no URL; null when the JSON is not such a list.
 */
export function readFacebookPayload(json: unknown, url: URL | null, options: ReaderOptions = {}): ReadResult | null {
  const entries = pageEntries(json);
  if (!entries) return null;
  let entry: PageEntry | null;
  if (url) {
    const handle = facebookUrls.profileHandle(url);
    if (!handle) return notAProfile('Facebook', url);
    entry = entryFor(entries, handle);
    if (!entry)
      return { ok: false, error: `no entry for ${handle} in the payload (${entries.map((e) => e.handle).join(', ')})` };
  } else if (entries.length === 1) entry = entries[0] ?? null;
  else return NO_IDENTITY;
  if (!entry) return NO_IDENTITY;

  const b = new SnapshotBuilder('facebook', entry.handle, url?.href ?? entry.url, options.lang ?? 'und');
  b.set('displayName', entry.name ?? undefined);
  b.set('bio', entryBio(entry.raw));
  b.count('totalLikes', entry.likes, 'pages payload likes (from og:description)');
  b.miss('followers', 'not in the pages payload (og:description has no followers)');
  b.miss('following', 'Facebook pages show no following count');
  b.miss('posts', 'Facebook pages show no post count');
  b.miss('recentPosts', 'the pages payload has no posts');
  const notes: Record<string, string> = {};
  if (entry.talkingAbout !== null) notes.talkingAbout = `${entry.talkingAbout} talking about this (pages payload)`;
  if (entry.wereHere !== null) notes.wereHere = `${entry.wereHere} were here (pages payload)`;
  return { ok: true, snapshot: withNotes(b.build(), notes) };
}

function firstMeta(doc: Document, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = metaContent(doc, key);
    if (value) return value;
  }
  return null;
}

function withNotes(snapshot: ProfileSnapshot, notes: Record<string, string>): ProfileSnapshot {
  Object.assign(snapshot.sources, notes);
  return snapshot;
}

export function createFacebookReader(options: ReaderOptions = {}): SiteReader {
  return guardedReader('facebook', readFacebookPage, readFacebookPayload, options);
}

/** The Facebook reader with the page's own UI language. */
export const facebookReader: SiteReader = /* @__PURE__ */ createFacebookReader();

/** What the Facebook content script reads with: documents only. */
export const facebookPageReader: PageReader = /* @__PURE__ */ documentReader('facebook', readFacebookPage, {});
// Tested on: m.facebook.com/Nintendo/posts/ (2021-06-08, facebook-scraper cassette); www.facebook.com/bbcnews,
// /adidas, /copperkettleyqr og:description reconstructed from scrapfly's parsed values (2026-06-24).
