import type { CountField } from '../../core/snapshot.ts';
import { documentLang, firstMatch } from '../dom.ts';
import { documentReader, guardedReader, NO_IDENTITY, notAProfile } from '../guard.ts';
import { asString, type JsonRecord, sameHandle } from '../json.ts';
import { type PageRead, type PageReader, type ReadResult, type SiteReader, SnapshotBuilder } from '../reader.ts';
import type { ReaderOptions } from '../reader-options.ts';
import { markSelection, markSelectionIfUnordered } from '../timeline.ts';
import {
  addUserCounts,
  bareLegacyUser,
  graphqlUser,
  ownTweetPosts,
  pinnedAuthor,
  timelineInstructions,
  timelineTweets,
  tweetAuthor,
  userScreenName,
} from './graphql.ts';
import { readHeaderLinks, readHeaderText } from './header.ts';
import { readProfileJsonLd } from './json-ld.ts';
import {
  FOLLOWER_LINK_PATHS,
  FOLLOWING_LINK_PATHS,
  HEADER_POST_COUNT,
  LOGGED_OUT_PROMPTS,
  USER_URL,
} from './selectors.ts';
import { readTimeline } from './tweets-dom.ts';
import { xUrls } from './url.ts';

/**
 * The bio for the worker to find contacts in: the website shown under it first; t.co wrappers in the text are not the
 * creator's links.
 */
function xBio(b: SnapshotBuilder, description: string, doc: Document): void {
  const site = firstMatch(doc, USER_URL)?.textContent?.trim();
  const link = site && /^[\w.-]+\.[a-z]{2,}(\/\S*)?$/i.test(site) ? `https://${site}` : null;
  b.bioText(description.replace(/https?:\/\/t\.co\/\S+/g, ''), [link]);
}

/**
 * X profile page → snapshot. Order (EXTRACTION.md §8): JSON-LD (exact, if it names this handle), the header
 * links (compact, UI language), the visible post count; tweets from their aria-labels.
 */
export function readXPage(doc: Document, url: URL, options: ReaderOptions = {}): PageRead {
  const handle = xUrls.profileHandle(url);
  if (!handle) return notAProfile('X', url);
  const lang = options.lang ?? documentLang(doc);
  const b = new SnapshotBuilder('x', handle, url.href, lang);

  const ld = readProfileJsonLd(doc, handle);
  const ldNote = 'reason' in ld ? ld.reason : `JSON-LD ${ld.personKey} has no such statistic`;
  if (!('reason' in ld)) {
    for (const [field, count] of Object.entries(ld.counts) as Array<[CountField, (typeof ld.counts)[CountField]]>) {
      b.count(field, count, `json-ld ${ld.personKey}.interactionStatistic`);
    }
    b.set('displayName', ld.displayName);
    // The bio only with a JSON-LD block that names this handle (never a stale one after navigation).
    if (ld.description !== undefined) xBio(b, ld.description, doc);
  }

  const links: Array<[CountField, readonly string[]]> = [
    ['followers', FOLLOWER_LINK_PATHS],
    ['following', FOLLOWING_LINK_PATHS],
  ];
  for (const [field, paths] of links) {
    if (b.has(field)) continue;
    // Kept as the reason should none of the links read (the worker then leaves the count null).
    b.miss(field, `${ldNote}; no readable link ${paths.map((p) => p.replace('USER', handle)).join(' or ')}`);
    for (const found of readHeaderLinks(doc, handle, paths, lang)) b.count(field, found.count, found.source);
  }
  if (!b.has('posts')) {
    b.miss('posts', `${ldNote}; no post count under the name (${HEADER_POST_COUNT.join(', ')})`);
    const found = readHeaderText(doc, HEADER_POST_COUNT, lang);
    if (found) b.count('posts', found.count, found.source);
  }
  b.miss('totalLikes', 'X shows no lifetime like count on profiles');

  const timeline = readTimeline(doc, handle, lang);
  // Logged out, the list is X's pick of highlighted posts; logged in, a list out of date order is no timeline either.
  if (firstMatch(doc, LOGGED_OUT_PROMPTS)) markSelection(timeline.posts);
  else markSelectionIfUnordered(timeline.posts);
  // The worker adds how the tweets' labels were read ("tweets: action-group aria-label", sites/shown/read.ts).
  b.posts(timeline.posts, 'tweets');
  if (timeline.posts.length === 0) {
    const reposts = timeline.skippedReposts > 0 ? ` (${timeline.skippedReposts} reposts of others left out)` : '';
    b.miss('recentPosts', `no tweets of @${handle} rendered${reposts}`);
  }
  const snapshot = b.build();
  if (timeline.skippedReposts > 0)
    snapshot.sources.recentPostsExcluded = `${timeline.skippedReposts} reposts of others`;
  return b.result(snapshot);
}

/**
 * X GraphQL payloads: UserByScreenName (both schemas), UserTweets, or a bare legacy user object. `url` names
 * the profile when the payload cannot (a legacy object may lack `screen_name`); null when not an X payload.
 */
export function readXPayload(json: unknown, url: URL | null, options: ReaderOptions = {}): ReadResult | null {
  const instructions = timelineInstructions(json);
  if (instructions) return readUserTweets(instructions, url, options);
  const user = graphqlUser(json);
  if (user) return readUser(user, userScreenName(user), url, options, 'UserByScreenName');
  const legacy = bareLegacyUser(json);
  if (legacy) return readUser({ legacy }, asString(legacy.screen_name), url, options, 'legacy user');
  return null;
}

/** Which profile a payload is about: the URL's handle (which must agree with the payload's), else the payload's. */
function resolveHandle(payloadHandle: string | null, url: URL | null): { handle: string; url: string } | ReadResult {
  if (url) {
    const handle = xUrls.profileHandle(url);
    if (!handle) return notAProfile('X', url);
    if (payloadHandle && !sameHandle(payloadHandle, handle)) {
      return { ok: false, error: `payload is for @${payloadHandle}, not @${handle}` };
    }
    return { handle, url: url.href };
  }
  return payloadHandle ? { handle: payloadHandle, url: xUrls.profileUrl(payloadHandle) } : NO_IDENTITY;
}

function readUser(
  user: JsonRecord,
  payloadHandle: string | null,
  url: URL | null,
  options: ReaderOptions,
  label: string,
): ReadResult {
  const who = resolveHandle(payloadHandle, url);
  if ('ok' in who) return who;
  // Payloads carry no UI language; their numbers do not need one.
  const b = new SnapshotBuilder('x', who.handle, who.url, options.lang ?? 'und');
  addUserCounts(b, user, label);
  b.miss('recentPosts', `${label} carries no tweets`);
  return { ok: true, snapshot: b.build() };
}

function readUserTweets(instructions: unknown[], url: URL | null, options: ReaderOptions): ReadResult {
  const tweets = timelineTweets(instructions);
  const who = resolveHandle(pinnedAuthor(tweets), url);
  if ('ok' in who) return who;
  const b = new SnapshotBuilder('x', who.handle, who.url, options.lang ?? 'und');
  const { posts, skipped } = ownTweetPosts(tweets, who.handle);
  // Every tweet embeds its author: the profile's own user object, with its counts.
  const own = tweets.map((t) => tweetAuthor(t.tweet)).find((u) => u && sameHandle(userScreenName(u), who.handle));
  if (own) addUserCounts(b, own, 'UserTweets author');
  else
    for (const f of ['followers', 'following', 'posts'] as const) b.miss(f, `no tweet by @${who.handle} in UserTweets`);
  b.posts(posts, 'UserTweets legacy counts + views.count');
  if (posts.length === 0) b.miss('recentPosts', `no tweets by @${who.handle} in UserTweets`);
  const snapshot = b.build();
  if (skipped > 0) snapshot.sources.recentPostsExcluded = `${skipped} reposts or tweets by others`;
  return { ok: true, snapshot };
}

export function createXReader(options: ReaderOptions = {}): SiteReader {
  return guardedReader('x', readXPage, readXPayload, options);
}

/** The X reader with the page's own UI language. */
export const xReader: SiteReader = /* @__PURE__ */ createXReader();

/** What the X content script reads with: documents only. */
export const xPageReader: PageReader = /* @__PURE__ */ documentReader('x', readXPage, {});
// Tested on: shared/real-pages/x (x.com/Kikobeats 2025-12-23, x.com/javilop 2025-12-23, twitter.com/Kikobeats
// 2023-01-01, twscrape UserByScreenName 2025-03 / 2026-08 and UserTweets 2026-08, legacy user robinhanson).
