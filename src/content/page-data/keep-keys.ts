// The part of an API response the readers look at, in the same shape: every object keeps only the keys its site's
// readers follow, so the page hands over a few kB of counts and dates instead of captions, image URLs and tracking.
// Runs in the page's main world on the page's own objects: bounded in nodes and depth, never throws.

/** How many nodes one projection visits at most (a captured X UserTweets response holds ~9,000). */
const MAX_NODES = 100_000;
const MAX_DEPTH = 48;

/** `value` cut down to `keep`'s keys at every level; arrays keep their length (readers index into them). */
export function keepKeys(value: unknown, keep: ReadonlySet<string>): unknown {
  let budget = MAX_NODES;
  const walk = (node: unknown, depth: number): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (--budget < 0 || depth > MAX_DEPTH) return null;
    if (Array.isArray(node)) return node.map((child) => walk(child, depth + 1));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(node)) {
      if (keep.has(key)) out[key] = walk((node as Record<string, unknown>)[key], depth + 1);
    }
    return out;
  };
  return walk(value, 0);
}

/** The projection that keeps `keys` (the observer's `project`). */
export function keeping(keys: readonly string[]): (body: object) => unknown {
  const keep = new Set(keys);
  return (body) => keepKeys(body, keep);
}

/** The keys each site's payload readers follow (sites/<site>/read.ts, items.ts, user.ts, graphql.ts). */
export const PAYLOAD_KEYS = {
  tiktok: [
    'itemList',
    'id',
    'createTime',
    'stats',
    'statsV2',
    'diggCount',
    'commentCount',
    'playCount',
    'shareCount',
    'isPinnedItem',
    'author',
    'uniqueId',
    'userInfo',
    'user',
    'followerCount',
    'followingCount',
    'heartCount',
    'heart',
    'videoCount',
    'privateAccount',
    'verified',
    'nickname',
    // The bio's contact facts and each video's caption (core/caption.ts keeps only hashtags and @mentions).
    'signature',
    'bioLink',
    'link',
    'desc',
  ],
  instagram: [
    'data',
    'xdt_api__v1__feed__user_timeline_graphql_connection',
    'polaris_ordered_timeline_connection',
    'xig_user_by_username',
    'edges',
    'node',
    'items',
    'user',
    'graphql',
    'owner',
    'username',
    'full_name',
    'is_private',
    'is_verified',
    'follower_count',
    'following_count',
    'media_count',
    'all_media_count',
    'edge_followed_by',
    'edge_follow',
    'edge_owner_to_timeline_media',
    'edge_liked_by',
    'edge_media_preview_like',
    'edge_media_to_comment',
    'count',
    'code',
    'shortcode',
    'pk',
    'id',
    'taken_at',
    'taken_at_timestamp',
    'like_count',
    'comment_count',
    'play_count',
    'ig_play_count',
    'view_count',
    'video_view_count',
    'like_and_view_counts_disabled',
    'followers',
    'follows',
    'name',
    'timeline_pinned_user_ids',
    'pinned_for_users',
    // The bio's contact facts, each caption and the paid-partnership label (figures: sponsored share, contact).
    'biography',
    'external_url',
    'bio_links',
    'url',
    'business_email',
    'public_email',
    'edge_media_to_caption',
    'caption',
    'text',
    'is_paid_partnership',
  ],
  x: [
    'data',
    'user',
    'result',
    'timeline',
    'timeline_v2',
    'instructions',
    'entries',
    'entry',
    'content',
    'itemContent',
    'items',
    'item',
    'tweet_results',
    'tweet',
    'legacy',
    'core',
    'user_results',
    'screen_name',
    'name',
    'rest_id',
    'id_str',
    'favorite_count',
    'reply_count',
    'retweet_count',
    'quote_count',
    'views',
    'ext_views',
    'count',
    'created_at',
    '__typename',
    'socialContext',
    'contextType',
    'type',
    'entryId',
    'moduleItems',
    'relationship_counts',
    'followers',
    'following',
    'tweet_counts',
    'tweets',
    'followers_count',
    'friends_count',
    'statuses_count',
    'protected',
    'privacy',
    'retweeted_status_result',
    // The bio's contact facts and each tweet's text (figures: sponsored share, contact).
    'profile_bio',
    'description',
    'entities',
    'url',
    'urls',
    'expanded_url',
    'full_text',
    'note_tweet',
    'note_tweet_results',
    'text',
  ],
} as const;
