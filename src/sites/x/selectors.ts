// Where X (Twitter) profile numbers live, strongest first. Arrays are alternatives tried in order.
// Evidence: shared/real-pages/x (rendered DOM 2023-01-01 and 2025-12-23) and EXTRACTION.md §4.

/** JSON-LD ProfilePage with exact counts; react-helmet managed (`data-rh`), but still checked against the URL. */
export const PROFILE_JSON_LD = [
  'script[type="application/ld+json"][data-testid="UserProfileSchema-test"]', // 2023-01 → 2025-12
  'script[type="application/ld+json"]', // any other JSON-LD block: identity check decides
] as const;

/** Key of the Person inside the ProfilePage. */
export const JSON_LD_PERSON_KEYS = [
  'mainEntity', // 2025-12
  'author', // 2023-01: same object under another key
] as const;

/** interactionStatistic[].name → field (the names are English in every UI language: schema data, not UI text). */
export const JSON_LD_STATISTICS = {
  Follows: 'followers', // interactionType FollowAction
  Friends: 'following', // SubscribeAction
  Tweets: 'posts', // WriteAction
} as const;

/** Header links whose first span holds the number; `USER` is replaced by the handle (matched case-insensitively). */
export const FOLLOWER_LINK_PATHS = [
  '/USER/verified_followers', // 2025-12: "3,893 Followers", "86.4K Followers"
  '/USER/followers', // 2023-01: "3,324 Followers"
] as const;
export const FOLLOWING_LINK_PATHS = [
  '/USER/following', // 2023-01 and 2025-12: "406 Following"
] as const;

/** Visible post count under the name in the sticky top bar: "23.9K posts" (2025-12), "23.1K Tweets" (2023-01). */
export const HEADER_POST_COUNT = [
  '[data-testid="primaryColumn"] h2[role="heading"] + div', // 2023-01 and 2025-12: div[dir=ltr] after the name
] as const;

/** One tweet of the timeline (virtualised: only what is rendered). */
export const TWEET = ['article[data-testid="tweet"]'] as const;

/** "10 replies, 1 repost, 27 likes, 5 bookmarks, 11424 views" (2025-12); "1 reply, 6 Retweets, 36 likes" (2023-01). */
export const TWEET_ACTION_GROUP = ['div[role="group"][aria-label]'] as const;

/** Per-button labels whose leading number is the count: "10 Replies. Reply", "6 Retweets. Retweet". */
export const TWEET_BUTTONS = {
  replies: ['button[data-testid="reply"][aria-label]'],
  reposts: ['button[data-testid="retweet"][aria-label]', 'button[data-testid="unretweet"][aria-label]'], // un* when the viewer already reposted
  likes: ['button[data-testid="like"][aria-label]', 'button[data-testid="unlike"][aria-label]'],
  views: [
    'a[href$="/analytics"][aria-label]', // 2023-01 "428 Views. View Tweet analytics", 2025-12 "11424 views. View post analytics"
  ],
} as const;

/**
 * The tweet's text; hashtags and mentions are links inside it ("@microlinkhq", 2025-12). A quoted tweet's text sits
 * inside the quote's div[role=link] (the tweet's own text never does, in all three captures).
 */
export const TWEET_TEXT = ['[data-testid="tweetText"]'] as const;
export const TWEET_QUOTE = 'div[role="link"]';
/**
 * [M] "Show more" under a long tweet cut short: the rest of its text (and its tags) is not on the page. A button or a
 * link to the status by the same test id (2024–25 scrapers click both); "-button" is the id other builds give it.
 */
export const TWEET_TEXT_CUT = [
  '[data-testid="tweet-text-show-more-link"]',
  '[data-testid="tweet-text-show-more-button"]',
] as const;

/** "Pinned" (2025-12), "Pinned Tweet" (2023-01), "<Name> reposted" / "<Name> Retweeted" [M]. */
export const TWEET_SOCIAL_CONTEXT = ['[data-testid="socialContext"]'] as const;

/** The tweet's own permalink wraps its time element; a quoted tweet's time has no link (2025-12). */
export const TWEET_TIME = ['time[datetime]'] as const;
export const TWEET_STATUS_LINK = ['a[href*="/status/"]'] as const;

/**
 * Sign-in prompts shown only to a logged-out visitor (2023-01, 2025-12 captures: the bottom bar's "Log in" and
 * "Sign up"). Logged out, X lists a profile's highlighted posts instead of its timeline.
 */
export const LOGGED_OUT_PROMPTS = [
  '[data-testid="login"]',
  '[data-testid="signup"]',
  '[data-testid="loginButton"]',
] as const;

/** The profile's website under the bio; its text is the address ("kikobeats.com"), its href a t.co wrapper (2023-01, 2025-12). */
export const USER_URL = ['[data-testid="UserUrl"]'] as const;
