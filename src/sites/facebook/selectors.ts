// Where Facebook page numbers live, strongest first. Arrays are alternatives tried in order.
// Evidence: shared/real-pages/facebook (m.facebook.com 2021-06-08; scrapfly's parsed og values 2026-06-24)
// and EXTRACTION.md §5. No modern www.facebook.com capture exists: everything marked [M] is unverified.

/** "<Name>. 61,828,042 likes · 1,649,246 talking about this · 10,431 were here. <intro>" — exact numbers. */
export const OG_DESCRIPTION = [
  'og:description', // 2021-06 (m.facebook.com) and 2026-06 (www, logged out, per scrapfly's regexes)
  'description', // 2021-06: same text in <meta name="description">, cut at 150 characters
] as const;

/** Which page the og tags describe; first document only (the Comet SPA does not rewrite them [M]). */
export const OG_URL = ['og:url'] as const;

/** og:url paths that are not profile URLs but still name the page. */
export const OG_URL_PAGE_PATHS = [
  /^\/pages\/category\/[^/]+\/([^/]+)/, // 2021-06: /pages/category/Video-Game/Nintendo/posts/
  /^\/pages\/([^/]+)\/(\d+)/, // [M] older pages without a vanity name: /pages/Some-Name/123456
] as const;

/** [M] Page header links with the compact follower count: "64M followers" (UI language). */
export const HEADER_FOLLOWER_LINKS = [
  'a[href*="/followers"]', // [M] www 2023+: https://www.facebook.com/<page>/followers/
  'a[href*="sk=followers"]', // [M] profile.php?id=…&sk=followers
] as const;

/** [M] Page header link with the compact like count: "61M likes" (only used when og:description has none). */
export const HEADER_LIKE_LINKS = [
  'a[href*="/friends_likes"]', // [M] www 2023+
  'a[href*="sk=likes"]', // [M]
] as const;

/** The page's website button, through Facebook's l.php redirect (m.facebook.com 2021-06: the first of its actions). */
export const LEGACY_MOBILE_WEBSITE = ['#launchpad a[href*="/l.php?u="]'] as const;

/** Legacy m.facebook.com (2021-06) timeline posts; obsolete, kept for the historic fixture. */
export const LEGACY_MOBILE_POST = ['article[data-ft]'] as const;
export const LEGACY_MOBILE_LIKES = [
  'footer .like_def', // 2021-06: "466 Likes"
] as const;
export const LEGACY_MOBILE_COMMENTS = [
  'footer .cmt_def', // 2021-06: "34 comments"
] as const;
