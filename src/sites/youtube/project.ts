// The part of a channel page's browse data the reader looks at, in the same shape, so the page can hand the worker
// a few kB instead of half a megabyte. Every reader step on the projection answers as on the whole response: the
// reader only ever reads projections (readBrowseData), and tests hold the two equal on every saved page.
import { asArray, asRecord, at, type JsonRecord } from '../json.ts';
import { ITEM_MODELS, LIVE_BADGE_STYLE, URL_HL } from './selectors.ts';

type ItemModel = (typeof ITEM_MODELS)[number];

/** Where browseHl looks for an `hl=` URL, in its order. */
export const HL_KEYS = ['header', 'topbar', 'onResponseReceivedEndpoints', 'frameworkUpdates'] as const;

/**
 * The first string under `node` with an `hl=` URL parameter, depth-first from the last child, or null.
 * Depth is bounded: the data is the page's, and a page can hand us anything.
 */
export function firstHlString(node: unknown): string | null {
  const stack: Array<[unknown, number]> = [[node, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() ?? [null, 0];
    if (typeof value === 'string') {
      if (value.includes('hl=') && URL_HL.exec(value)?.[1]) return value;
    } else if (value !== null && typeof value === 'object' && depth < 40) {
      for (const child of Object.values(value)) stack.push([child, depth + 1]);
    }
  }
  return null;
}

/** Copies only `path` of `value` (absent steps stay absent), so `at(copy, ...path)` equals `at(value, ...path)`. */
function keepPath(value: unknown, path: readonly string[], from = 0): unknown {
  if (from === path.length) return value;
  const rec = asRecord(value);
  if (!rec) return Array.isArray(value) ? [] : value;
  const step = path[from] as string;
  return Object.hasOwn(rec, step) ? { [step]: keepPath(rec[step], path, from + 1) } : {};
}

// Read whole (small texts and flags) in every item model; readItem's other steps follow.
const ITEM_WHOLE = [
  'videoId',
  'viewCountText',
  'shortViewCountText',
  'publishedTimeText',
  'upcomingEventData',
  'badges',
  'contentType',
  'contentId',
  'overlayMetadata',
  'accessibilityText',
] as const;
const BYLINE_KEYS = ['shortBylineText', 'ownerText', 'longBylineText'] as const;
const LOCKUP_ROWS = [
  'metadata',
  'lockupMetadataViewModel',
  'metadata',
  'contentMetadataViewModel',
  'metadataRows',
] as const;

/** One list item cut down to what readItem, isLiveOrUpcoming and bylineChannel read. */
function projectItem(item: unknown): unknown {
  const rec = asRecord(item);
  if (!rec) return Array.isArray(item) ? [] : item;
  const out: JsonRecord = {};
  for (const key of ITEM_WHOLE) if (Object.hasOwn(rec, key)) out[key] = rec[key];
  for (const key of BYLINE_KEYS) {
    const run = at(rec, key, 'runs', 0);
    if (run !== undefined) out[key] = { runs: [keepPath(run, ['navigationEndpoint', 'browseEndpoint', 'browseId'])] };
  }
  if (Object.hasOwn(rec, 'onTap'))
    out.onTap = keepPath(rec.onTap, ['innertubeCommand', 'reelWatchEndpoint', 'videoId']);
  if (Array.isArray(rec.thumbnailOverlays)) {
    out.thumbnailOverlays = rec.thumbnailOverlays.map((overlay) =>
      keepPath(overlay, ['thumbnailOverlayTimeStatusRenderer', 'style']),
    );
  }
  // The reader tests the image part's JSON for a live badge style; the projection keeps just that answer.
  if (Object.hasOwn(rec, 'contentImage')) {
    const style = LIVE_BADGE_STYLE.exec(JSON.stringify(rec.contentImage) ?? '')?.[1];
    out.contentImage = style ? { badgeStyle: style } : {};
  }
  const rows = at(rec, ...LOCKUP_ROWS);
  if (rows !== undefined) {
    const last = asArray(rows).at(-1);
    const parts = asArray(at(last, 'metadataParts'))
      .slice(0, 2)
      .map((part) => keepPath(part, ['text']));
    const metadataRows = last === undefined ? [] : [{ metadataParts: parts }];
    out.metadata = { lockupMetadataViewModel: { metadata: { contentMetadataViewModel: { metadataRows } } } };
  }
  return out;
}

/** The item model a list entry holds: the first of ITEM_MODELS among its keys. */
function itemModel(rec: JsonRecord): ItemModel | undefined {
  for (const model of ITEM_MODELS) if (model in rec) return model;
  return undefined;
}

/**
 * Calls `visit` for every list item under `root`, in page order. Items are not looked for inside playlists,
 * endpoints, menus, thumbnails or titles: none holds one, and on a Home tab they are most of the nodes (OneMedia:
 * 1,376 → 254). Both the reader and the projection walk with this, so they find the same items.
 */
export function forEachListItem(root: unknown, visit: (model: ItemModel, item: unknown) => void): void {
  const stack: object[] = typeof root === 'object' && root !== null ? [root] : [];
  // Only objects are stacked: this runs cold on the page's thread.
  while (stack.length > 0) {
    const node = stack.pop() as object;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--)
        if (typeof node[i] === 'object' && node[i] !== null) stack.push(node[i]);
      continue;
    }
    const rec = node as JsonRecord;
    const model = itemModel(rec);
    if (model) {
      visit(model, rec[model]);
      continue;
    }
    const keys = Object.keys(rec);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const value = rec[key];
      if (typeof value === 'object' && value !== null && !NOT_LISTS.has(key)) stack.push(value);
    }
  }
}

const NOT_LISTS = new Set([
  'gridPlaylistRenderer',
  'navigationEndpoint',
  'commandMetadata',
  'menu',
  'thumbnail',
  'thumbnails',
  'title',
]);

/** The list items under `root`, in page order, each cut down; readItems finds the same items in the result. */
export function projectItems(root: unknown): unknown[] {
  const items: unknown[] = [];
  forEachListItem(root, (model, item) => items.push({ [model]: projectItem(item) }));
  return items;
}

/** A channel page's tabs: every tab's URL (an identity name), and the selected tab's items. */
function projectTabs(tabs: unknown[]): unknown[] {
  let selectedSeen = false;
  return tabs.map((tab) => {
    const renderer = asRecord(at(tab, 'tabRenderer'));
    if (!renderer) return asRecord(tab) ? {} : tab;
    const out = asRecord(keepPath(renderer, ['endpoint', 'browseEndpoint', 'canonicalBaseUrl'])) ?? {};
    if (Object.hasOwn(renderer, 'selected')) out.selected = renderer.selected;
    if (renderer.selected === true && !selectedSeen) {
      selectedSeen = true;
      if (Object.hasOwn(renderer, 'content')) out.content = projectItems(renderer.content);
    }
    return { tabRenderer: out };
  });
}

/**
 * The projection of a channel page's browse data (ytInitialData or a browse response): header, metadata and the
 * tabs, with the selected tab's items cut down. Other responses (search, continuations, watch pages) are returned
 * as they are: the reader walks them more widely, and the page rarely forwards them.
 */
export function projectBrowse(data: unknown): unknown {
  const rec = asRecord(data);
  const tabs = at(rec, 'contents', 'twoColumnBrowseResultsRenderer', 'tabs');
  const isChannelPage = at(rec, 'header') !== undefined && at(rec, 'metadata', 'channelMetadataRenderer') !== undefined;
  if (!rec || !isChannelPage || !Array.isArray(tabs) || !tabs.some((t) => at(t, 'tabRenderer', 'selected') === true)) {
    return data;
  }
  const out: JsonRecord = { header: rec.header, metadata: rec.metadata };
  if (Object.hasOwn(rec, 'responseContext')) out.responseContext = {};
  out.contents = { twoColumnBrowseResultsRenderer: { tabs: projectTabs(tabs) } };
  // browseHl takes the first hl= string in header, topbar, then the rest: keep just enough to answer the same.
  if (firstHlString(rec.header) === null) {
    const topbarHl = firstHlString(rec.topbar);
    if (topbarHl !== null) out.topbar = topbarHl;
    else for (const key of HL_KEYS.slice(2)) if (Object.hasOwn(rec, key)) out[key] = rec[key];
  }
  return out;
}
