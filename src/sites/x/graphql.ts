import { bioFacts, captionFacts } from '../../core/caption.ts';
import { type Count, exactCount } from '../../core/count.ts';
import { isoTime } from '../../core/dates/iso.ts';
import type { RecentPost } from '../../core/snapshot.ts';
import { asArray, asCountInteger, asRecord, asString, at, type JsonRecord, sameHandle } from '../json.ts';
import type { SnapshotBuilder } from '../reader.ts';

// X GraphQL payloads (`/i/api/graphql/<id>/UserByScreenName`, `/UserTweets`), seen only by a MAIN-world
// fetch hook. Two user schemas: `legacy.{followers_count,…}` (≤ 2026-04) and, since about 2026-05,
// `legacy: null` with `relationship_counts` / `tweet_counts` / `core` (twscrape mocks 2025-03 and 2026-08).

const exact = (value: unknown): Count | null => {
  const n = asCountInteger(value);
  return n === null ? null : exactCount(n);
};

/** The user object of a UserByScreenName / UserTweets response, or of a bare legacy user object. */
export function graphqlUser(json: unknown): JsonRecord | null {
  const result = asRecord(at(json, 'data', 'user', 'result'));
  if (result && (asRecord(result.legacy) || asRecord(result.relationship_counts))) return result;
  return null;
}

/** A bare `legacy` user object (a scraper's copy of `result.legacy`): counts at top level. */
export function bareLegacyUser(json: unknown): JsonRecord | null {
  const obj = asRecord(json);
  return obj && asCountInteger(obj.followers_count) !== null && asCountInteger(obj.friends_count) !== null ? obj : null;
}

export function userScreenName(user: JsonRecord): string | null {
  return asString(at(user, 'core', 'screen_name')) ?? asString(at(user, 'legacy', 'screen_name'));
}

/** Copies a user's counts in both schemas into the builder, `label` naming the payload. */
export function addUserCounts(b: SnapshotBuilder, user: JsonRecord, label: string): void {
  const legacy = asRecord(user.legacy);
  b.count('followers', exact(legacy?.followers_count), `${label} legacy.followers_count`);
  b.count('followers', exact(at(user, 'relationship_counts', 'followers')), `${label} relationship_counts.followers`);
  b.count('following', exact(legacy?.friends_count), `${label} legacy.friends_count`);
  b.count('following', exact(at(user, 'relationship_counts', 'following')), `${label} relationship_counts.following`);
  b.count('posts', exact(legacy?.statuses_count), `${label} legacy.statuses_count`);
  b.count('posts', exact(at(user, 'tweet_counts', 'tweets')), `${label} tweet_counts.tweets`);
  b.miss('totalLikes', 'X shows no lifetime like count (favourites are likes given, not received)');
  b.set('displayName', asString(at(user, 'core', 'name')) ?? asString(legacy?.name) ?? undefined);
  const protectedFlag = at(user, 'privacy', 'protected') ?? legacy?.protected;
  if (typeof protectedFlag === 'boolean') b.set('private', protectedFlag);
  // The bio: `legacy` until 2026-04, `profile_bio` since; its link is the expanded one, never the t.co wrapper.
  const bio = asRecord(user.profile_bio) ?? legacy;
  const description = asString(bio?.description);
  if (description !== null) {
    const links = [
      ...asArray(at(bio, 'entities', 'url', 'urls')),
      ...asArray(at(bio, 'entities', 'description', 'urls')),
    ].map((u) => asString(at(u, 'expanded_url')));
    b.set('bio', bioFacts(description, links));
  }
}

/** The timeline instructions of a UserTweets response, or null when the payload is something else. */
export function timelineInstructions(json: unknown): unknown[] | null {
  const result = at(json, 'data', 'user', 'result');
  const list =
    at(result, 'timeline', 'timeline', 'instructions') ?? at(result, 'timeline_v2', 'timeline', 'instructions');
  return Array.isArray(list) ? list : null;
}

interface TimelineTweet {
  tweet: JsonRecord;
  pinned: boolean;
}

/** Every tweet result in the timeline, unwrapped from `TweetWithVisibilityResults`, with its pin flag. */
export function timelineTweets(instructions: unknown[]): TimelineTweet[] {
  const out: TimelineTweet[] = [];
  for (const instruction of instructions) {
    const pinEntry = asString(at(instruction, 'type')) === 'TimelinePinEntry';
    const entries = [...asArray(at(instruction, 'entries')), at(instruction, 'entry')].filter(Boolean);
    for (const entry of entries) {
      const content = at(entry, 'content');
      const items = [
        at(content, 'itemContent'),
        ...asArray(at(content, 'items')).map((i) => at(i, 'item', 'itemContent')),
      ];
      for (const item of items) {
        let tweet = asRecord(at(item, 'tweet_results', 'result'));
        if (tweet && tweet.__typename === 'TweetWithVisibilityResults') tweet = asRecord(tweet.tweet);
        if (!tweet) continue;
        const pinned = pinEntry || asString(at(item, 'socialContext', 'contextType')) === 'Pin';
        out.push({ tweet, pinned });
      }
    }
  }
  return out;
}

export function tweetAuthor(tweet: JsonRecord): JsonRecord | null {
  return asRecord(at(tweet, 'core', 'user_results', 'result'));
}

/** A repost of someone else's tweet carries the original under `retweeted_status_result`. */
function isRepost(tweet: JsonRecord): boolean {
  return at(tweet, 'legacy', 'retweeted_status_result') !== undefined || tweet.retweeted_status_result !== undefined;
}

/** The profile's own tweets as RecentPosts; reposts of others and other authors' tweets are left out. */
export function ownTweetPosts(tweets: TimelineTweet[], handle: string): { posts: RecentPost[]; skipped: number } {
  const posts: RecentPost[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const { tweet, pinned } of tweets) {
    const author = tweetAuthor(tweet);
    if (isRepost(tweet) || !author || !sameHandle(userScreenName(author), handle)) {
      skipped++;
      continue;
    }
    const id = asString(tweet.rest_id) ?? asString(at(tweet, 'legacy', 'id_str'));
    if (!id || seen.has(id)) continue;
    seen.add(id);
    // New schema (2026-05+) may put the counts at top level when `legacy` is null.
    const counts = asRecord(tweet.legacy) ?? tweet;
    const views = exact(at(tweet, 'views', 'count')) ?? exact(at(tweet, 'ext_views', 'count'));
    const post: RecentPost = {
      id,
      likes: exact(counts.favorite_count),
      comments: exact(counts.reply_count),
      views,
      shares: exact(counts.retweet_count),
      publishedAt: isoDate(asString(counts.created_at)),
    };
    const text =
      asString(at(tweet, 'note_tweet', 'note_tweet_results', 'result', 'text')) ?? asString(counts.full_text);
    if (text !== null) Object.assign(post, captionFacts(text));
    if (pinned) post.pinned = true;
    posts.push(post);
  }
  return { posts, skipped };
}

/** "Fri Feb 06 21:09:45 +0000 2026" → ISO 8601; null when absent or unparseable. */
function isoDate(text: string | null): string | null {
  if (!text) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : isoTime(time);
}

/**
 * The profile a UserTweets response is about when no URL says so: the author of its pinned tweet, else the author
 * of most of its tweets that are not reposts (a timeline is its owner's tweets, reposts of others aside).
 */
export function pinnedAuthor(tweets: TimelineTweet[]): string | null {
  const pin = tweets.find((t) => t.pinned);
  const author = pin ? tweetAuthor(pin.tweet) : null;
  if (author) return userScreenName(author);
  const counts = new Map<string, { name: string; n: number }>();
  for (const { tweet } of tweets) {
    const own = isRepost(tweet) ? null : tweetAuthor(tweet);
    const name = own ? userScreenName(own) : null;
    if (!name) continue;
    const seen = counts.get(name.toLowerCase()) ?? { name, n: 0 };
    seen.n += 1;
    counts.set(name.toLowerCase(), seen);
  }
  const [top, second] = [...counts.values()].sort((a, b) => b.n - a.n);
  // A tie names nobody: better no identity than the wrong one.
  return top && (!second || top.n > second.n) ? top.name : null;
}
