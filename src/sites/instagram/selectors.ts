// Where Instagram profile numbers live, strongest first. Arrays are alternatives tried in order.
// Evidence: shared/real-pages/instagram (server HTML 2021-06 and 2024-12) and EXTRACTION.md §3.

/** Meta's ScheduledServerJS blobs; one may hold `xig_user_by_username` (2026, [3P] scrapfly). Position varies. */
export const SJS_SCRIPTS = ['script[type="application/json"][data-sjs]'] as const;
export const SJS_USER_KEY = 'xig_user_by_username';
/** [3P] the posts grid data inside the same blobs (2026). */
export const SJS_TIMELINE_KEYS = [
  'xdt_api__v1__feed__user_timeline_graphql_connection',
  'polaris_ordered_timeline_connection',
];

/** Legacy (≤ 2021) inline `window._sharedData = {…};` → entry_data.ProfilePage[0].graphql.user. */
export const SHARED_DATA_MARKER = 'window._sharedData = ';

/** Header counts: the `title` of the followers number is exact ("2,187") even when the text is compact. */
export const FOLLOWERS_LINK = [
  'a[href$="/followers/"]', // 2021 and [M] 2024–2026: <a href="/USER/followers/"><span title="2,187">…
] as const;
export const FOLLOWING_LINK = ['a[href$="/following/"]'] as const;
export const EXACT_NUMBER = ['span[title]'] as const;

/** og:description "2,362 Followers, 136 Following, 224 Posts - …": exact for small accounts, compact for big ones. */
export const OG_DESCRIPTION = ['og:description', 'description'] as const;
