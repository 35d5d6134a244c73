// Where TikTok profile numbers live, strongest first. Arrays are alternatives tried in order.
// Evidence: shared/real-pages/tiktok (rendered DOM 2025-12-30) and EXTRACTION.md §2.

/** Server-written app state; first document only (stale after SPA navigation, so identity is checked). */
export const REHYDRATION_SCRIPTS = [
  // 2023-11 → now: JSON in a script element, `__DEFAULT_SCOPE__["webapp.user-detail"].userInfo`
  'script#__UNIVERSAL_DATA_FOR_REHYDRATION__',
] as const;

/** 2022–2023 state: `UserModule.users[uniqueId]` / `UserModule.stats[uniqueId]`. */
export const SIGI_SCRIPTS = ['script#SIGI_STATE'] as const;

/** 2020–2021 Next.js state: `props.pageProps.userInfo.{user, stats}`. */
export const NEXT_DATA_SCRIPTS = ['script#__NEXT_DATA__'] as const;

/** JSON-LD with exact FollowAction / LikeAction counts; no react-helmet marker, so first load only. */
export const JSON_LD_PROFILE = ['script[type="application/ld+json"]#ProfilePage'] as const;

/** Visible compact counts in the header, in the UI language (2025-12). */
export const HEADER = {
  followers: ['strong[data-e2e="followers-count"]'], // its title attribute is the label "Followers", not a number
  following: ['strong[data-e2e="following-count"]'],
  totalLikes: ['strong[data-e2e="likes-count"]'],
} as const;

/** The header's own handle, used to tell a re-rendered header from a stale one. */
export const HEADER_HANDLE = [
  'h1[data-e2e="user-title"]', // 2025-12: the uniqueId ("illojuan"); the nickname is in user-subtitle
  'h2[data-e2e="user-title"]', // [M] older layouts used an h2
] as const;

/** Profile grid items (virtualised: only what is rendered). */
export const GRID_ITEMS = [
  '[data-e2e="user-post-item"]', // 2025-12: div inside div#grid-item-container-N
] as const;
export const GRID_LINK = ['a[href*="/video/"]', 'a[href*="/photo/"]'] as const;
export const GRID_VIEWS = [
  'strong[data-e2e="video-views"]', // 2025-12: class "video-count", compact "192.1K"
] as const;
/**
 * The cover image's alt text: the video's caption inside the page's credit template (English UI: "<caption> created by
 * <name> with <sound>", all 18 cards of the 2025-12 capture; the template is the page's own, cover-caption.ts).
 */
export const GRID_CAPTION = ['img[alt]'] as const;
/** [M] the "Pinned" badge on a grid card; not in our capture (no pinned videos there). */
export const GRID_PINNED = ['[data-e2e="video-card-badge"]'] as const;
