// Where YouTube channel numbers live, strongest first. Arrays are alternatives tried in order.
// Evidence: shared/real-pages/youtube (browse JSON 2023-02 → 2026-05, server HTML 2024-01) and EXTRACTION.md §1.

/** Inline scripts that assign the first page's browse data (only the first load: SPA navigation keeps it). */
export const INITIAL_DATA_MARKERS = [
  'var ytInitialData = ', // 2024-01 (es-ES) and 2026 captures
  'window["ytInitialData"] = ', // 2017-12 capture (older metascraper fixture)
] as const;

/** ytcfg holds the UI language: `"HL":"es"` (HTML_LANG "es-ES" is also on <html lang>). */
export const YTCFG_HL = /"HL":"([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)"/;

/** Browse JSON carries no hl field; sign-in and help URLs in header/topbar do ("…&hl=en-GB"), 2023–2026. */
export const URL_HL = /[?&]hl=([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)/;

/** A lockupViewModel's image part marks a live or upcoming item by its badge style [M] (2026-05 capture has none). */
export const LIVE_BADGE_STYLE = /"badgeStyle":"([A-Z_]*(?:LIVE|UPCOMING))/;

/** The list-item models (EXTRACTION.md §1.1); an item is read by the first key it has. */
export const ITEM_MODELS = [
  'videoRenderer', // Videos tab ≤ 2026-01: exact viewCountText "6,403,051 views"
  'gridVideoRenderer', // old Home-tab shelves: same fields, exact
  'lockupViewModel', // Videos tab since 2026-05: compact only, metadataRows[0].metadataParts[0] "26k views"
  'shortsLockupViewModel', // Shorts tab since 2024-09: overlayMetadata.secondaryText "895k views"
  'reelItemRenderer', // old Shorts 2022–2024: viewCountText "593K views"
  'channelVideoPlayerRenderer', // the Home tab's channel trailer (OneMedia 2024-01): videoId, viewCountText
] as const;

/** Item models that are Shorts (judged apart from long videos). */
export const SHORTS_MODELS: readonly string[] = ['reelItemRenderer', 'shortsLockupViewModel'];

/**
 * "No views" (= 0) in the languages where we know the word (rustypipe dictionary `number_nd_tokens`, en "No views"
 * seen 2026-01); used only when the count parser returns nothing for a text without digits.
 */
export const NO_VIEWS_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['no'],
  de: ['keine'],
  af: ['nie'],
  ar: ['لا'],
  be: ['няма'],
  bg: ['няма'],
  bs: ['nema'],
  ca: ['sense'],
  da: ['ingen'],
  el: ['καμία'],
  az: ['yoxdur'],
};

/** Rendered channel header, [M] unverified: no rendered YouTube DOM was captured (EXTRACTION.md §1.2). */
export const DOM_HEADER_ROWS = [
  'yt-page-header-view-model yt-content-metadata-view-model .yt-content-metadata-view-model__metadata-row', // 2024+
  'yt-page-header-view-model yt-content-metadata-view-model > div', // same, if the class name changes
] as const;
/** Legacy c4 header: one element per number. */
export const DOM_LEGACY_SUBSCRIBERS = ['ytd-c4-tabbed-header-renderer #subscriber-count', '#subscriber-count'] as const;
export const DOM_LEGACY_VIDEOS = ['ytd-c4-tabbed-header-renderer #videos-count', '#videos-count'] as const;
export const DOM_LEGACY_HANDLE = ['ytd-c4-tabbed-header-renderer #channel-handle', '#channel-handle'] as const;
/** Grid items, [M] unverified: views are the first metadata span / lockup metadata part. */
export const DOM_ITEMS = ['ytd-rich-item-renderer', 'ytd-grid-video-renderer'] as const;
export const DOM_ITEM_LINK = ['a#video-title-link[href]', 'a[href*="/watch?v="]', 'a[href*="/shorts/"]'] as const;
export const DOM_ITEM_VIEWS = [
  '#metadata-line span.inline-metadata-item', // ytd-rich-grid-media (2023–2025)
  '#metadata-line span', // ytd-grid-video-renderer
  'yt-content-metadata-view-model span[role="text"]', // yt-lockup-view-model (2025+)
] as const;
