// The part of a channel page's browse data the reader looks at, in the same shape, so the page can hand the worker
// tens of kB instead of half a megabyte. Every reader step on the projection answers as on the whole response: the
// reader only ever reads projections (readInitialData and readPayload in read.ts), and tests hold the two equal on
// every saved capture and under random edits of them (read-youtube-projection.test.ts).
import { asArray, asRecord, at, type JsonRecord } from '../json.ts';
import { ITEM_MODELS, LIVE_BADGE_STYLE, URL_HL } from './selectors.ts';

type ItemModel = (typeof ITEM_MODELS)[number];

/** Where browseHl looks for an `hl=` URL, in its order. */
export const HL_KEYS = ['header', 'topbar', 'onResponseReceivedEndpoints', 'frameworkUpdates'] as const;

/**
 * How many nodes a walk visits at most. The main-world observer walks the page's own objects, which may be cyclic; the saved browse
 * responses hold 600–7,200 objects in all, and the walks below visit a few hundred of them.
 */
const MAX_NODES = 200_000;

/**
 * The first string under `node` with an `hl=` URL parameter, depth-first from the last child, or null.
 * Depth and size are bounded: the data is the page's, and a page can hand us anything.
 */
export function firstHlString(node: unknown): string | null {
  const stack: Array<[unknown, number]> = [[node, 0]];
  let budget = MAX_NODES;
  while (stack.length > 0 && budget-- > 0) {
    const [value, depth] = stack.pop() ?? [null, 0];
    if (typeof value === 'string') {
      if (value.includes('hl=') && URL_HL.exec(value)?.[1]) return value;
    } else if (value !== null && typeof value === 'object' && depth < 40) {
      for (const child of Object.values(value)) stack.push([child, depth + 1]);
    }
  }
  return null;
}

// What readItem reads whole (small texts and flags), by model; every model is also checked for being live or
// upcoming, and for whose channel it is (COMMON).
const COMMON = ['upcomingEventData', 'badges'] as const;
const VIDEO = ['videoId', 'viewCountText', 'shortViewCountText', 'publishedTimeText', ...COMMON] as const;
const WHOLE: Record<ItemModel, readonly string[]> = {
  videoRenderer: VIDEO,
  channelVideoPlayerRenderer: VIDEO,
  gridVideoRenderer: VIDEO,
  reelItemRenderer: VIDEO,
  lockupViewModel: ['contentType', 'contentId', ...COMMON],
  shortsLockupViewModel: ['overlayMetadata', 'accessibilityText', ...COMMON],
};
const BYLINE_KEYS = ['shortBylineText', 'ownerText', 'longBylineText'] as const;

/** One step of `at`: the member `key` of a record, undefined for anything else. */
function member(value: unknown, key: string): unknown {
  const rec = asRecord(value);
  return rec && Object.hasOwn(rec, key) ? rec[key] : undefined;
}

/** `{ [key]: value }`, or `{}` when the value is absent: a path the reader follows answers the same on it. */
const only = (key: string, value: unknown): JsonRecord => (value === undefined ? {} : { [key]: value });

/**
 * One list item cut down to what readItem, isLiveOrUpcoming and bylineChannel read for its model: each path they
 * follow is copied as one chain of fresh objects ending in the original value. This runs cold, once per item, on
 * the page's thread, so its steps are spelt out rather than looked up.
 */
function projectItem(model: ItemModel, item: unknown): unknown {
  const rec = asRecord(item);
  if (!rec) return Array.isArray(item) ? [] : item;
  const out: JsonRecord = {};
  for (const key of WHOLE[model]) if (Object.hasOwn(rec, key)) out[key] = rec[key];
  for (const key of BYLINE_KEYS) {
    const runs = member(member(rec, key), 'runs');
    const run: unknown = Array.isArray(runs) ? runs[0] : undefined;
    const browseId = member(member(member(run, 'navigationEndpoint'), 'browseEndpoint'), 'browseId');
    if (browseId !== undefined) out[key] = { runs: [{ navigationEndpoint: { browseEndpoint: { browseId } } }] };
  }
  const overlays = member(rec, 'thumbnailOverlays');
  if (Array.isArray(overlays)) {
    // Only the time-status styles are read, and only whether one says LIVE or UPCOMING.
    const styles: JsonRecord[] = [];
    for (const overlay of overlays) {
      const style = member(member(overlay, 'thumbnailOverlayTimeStatusRenderer'), 'style');
      if (style !== undefined) styles.push({ thumbnailOverlayTimeStatusRenderer: { style } });
    }
    out.thumbnailOverlays = styles;
  }
  // The reader tests the image part's JSON for a live badge style; the projection keeps just that answer.
  if (Object.hasOwn(rec, 'contentImage')) {
    const style = LIVE_BADGE_STYLE.exec(JSON.stringify(rec.contentImage) ?? '')?.[1];
    out.contentImage = style ? { badgeStyle: style } : {};
  }
  if (model === 'lockupViewModel') projectLockupRows(rec, out);
  if (model === 'shortsLockupViewModel') {
    const reelId = at(rec, 'onTap', 'innertubeCommand', 'reelWatchEndpoint', 'videoId');
    if (reelId !== undefined) out.onTap = { innertubeCommand: { reelWatchEndpoint: { videoId: reelId } } };
  }
  return out;
}

/** A lockup's views and age: the first two parts of its last metadata row. */
function projectLockupRows(rec: JsonRecord, out: JsonRecord): void {
  const rows = at(rec, 'metadata', 'lockupMetadataViewModel', 'metadata', 'contentMetadataViewModel', 'metadataRows');
  if (rows === undefined) return;
  const last = asArray(rows).at(-1);
  const parts = asArray(member(last, 'metadataParts'))
    .slice(0, 2)
    .map((part) => only('text', member(part, 'text')));
  const metadataRows = last === undefined ? [] : [{ metadataParts: parts }];
  out.metadata = { lockupMetadataViewModel: { metadata: { contentMetadataViewModel: { metadataRows } } } };
}

/** The item model a list entry holds: the first of ITEM_MODELS among its keys. */
function itemModel(rec: JsonRecord): ItemModel | undefined {
  for (const model of ITEM_MODELS) if (model in rec) return model;
  return undefined;
}

/** Where a list item sits: in a shelf of the Home tab (the uploads shelf or another), or in a plain list (null). */
export interface ItemPlace {
  shelf: JsonRecord | null;
  /** The shelf lists the channel's uploads (its "play all" is an uploads playlist, or its title opens a channel tab). */
  uploads: boolean;
}

const SHELF_MODELS = ['shelfRenderer', 'richShelfRenderer', 'reelShelfRenderer'] as const;
const NO_SHELF: ItemPlace = { shelf: null, uploads: true };

/** The parts of a shelf uploadsShelf reads: its play-all playlist and its title's browse target. */
function shelfMarks(shelf: JsonRecord): { playlistId: unknown; browseId: unknown } {
  const play = member(member(member(shelf, 'playAllButton'), 'buttonRenderer'), 'navigationEndpoint');
  const runs = member(member(shelf, 'title'), 'runs');
  const run: unknown = Array.isArray(runs) ? runs[0] : undefined;
  return {
    playlistId: member(member(play, 'watchEndpoint'), 'playlistId'),
    browseId: member(member(member(run, 'navigationEndpoint'), 'browseEndpoint'), 'browseId'),
  };
}

/**
 * A Home-tab shelf of the channel's own uploads: its "play all" plays an uploads playlist (UU…, UULF… long videos,
 * UUSH… Shorts) or its title opens one of the channel's tabs (UC…). Other shelves are playlists the channel chose
 * to promote, in its order, not in publication order (OneMedia's Home tab, 2024-01: 6 shelves, one of uploads).
 */
function uploadsShelf(shelf: JsonRecord): boolean {
  const { playlistId, browseId } = shelfMarks(shelf);
  return (
    (typeof playlistId === 'string' && playlistId.startsWith('UU')) ||
    (typeof browseId === 'string' && browseId.startsWith('UC'))
  );
}

/**
 * Calls `visit` for every list item under `root`, in page order, with the shelf it sits in. Items are not looked
 * for inside playlists, endpoints, menus, thumbnails or titles: none holds one, and on a Home tab they are most of
 * the nodes (OneMedia: 1,376 → 254). Both the reader and the projection walk with this, so they find the same items.
 */
export function forEachListItem(
  root: unknown,
  visit: (model: ItemModel, item: unknown, place: ItemPlace) => void,
): void {
  const stack: Array<[object, ItemPlace]> = typeof root === 'object' && root !== null ? [[root, NO_SHELF]] : [];
  let budget = MAX_NODES;
  // Only objects are stacked: this runs cold on the page's thread.
  while (stack.length > 0 && budget-- > 0) {
    const [node, outer] = stack.pop() as [object, ItemPlace];
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--)
        if (typeof node[i] === 'object' && node[i] !== null) stack.push([node[i], outer]);
      continue;
    }
    const rec = node as JsonRecord;
    const model = itemModel(rec);
    if (model) {
      visit(model, rec[model], outer);
      continue;
    }
    let place = outer;
    for (const key of SHELF_MODELS) {
      const shelf = asRecord(rec[key]);
      if (shelf) place = { shelf, uploads: uploadsShelf(shelf) };
    }
    const keys = Object.keys(rec);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const value = rec[key];
      if (typeof value === 'object' && value !== null && !NOT_LISTS.has(key)) stack.push([value, place]);
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

/**
 * The list items under `root`, in page order, each cut down; readItems finds the same items in the result. Items of
 * a shelf stay wrapped in a shelf that keeps only what uploadsShelf reads, so they are placed as on the whole data.
 */
export function projectItems(root: unknown): unknown[] {
  const items: unknown[] = [];
  let shelf: JsonRecord | null = null;
  let content: unknown[] = items;
  forEachListItem(root, (model, item, place) => {
    if (place.shelf !== shelf) {
      shelf = place.shelf;
      content = shelf ? [] : items;
      if (shelf) items.push({ shelfRenderer: { ...projectShelf(shelf), content } });
    }
    content.push({ [model]: projectItem(model, item) });
  });
  return items;
}

/** A shelf cut down to its play-all playlist and its title's browse target. */
function projectShelf(shelf: JsonRecord): JsonRecord {
  const { playlistId, browseId } = shelfMarks(shelf);
  const out: JsonRecord = {};
  if (playlistId !== undefined)
    out.playAllButton = { buttonRenderer: { navigationEndpoint: { watchEndpoint: { playlistId } } } };
  if (browseId !== undefined) out.title = { runs: [{ navigationEndpoint: { browseEndpoint: { browseId } } }] };
  return out;
}

/** A channel page's tabs: every tab's URL (an identity name), and the selected tab's items. */
function projectTabs(tabs: unknown[]): unknown[] {
  let selectedSeen = false;
  return tabs.map((tab) => {
    const renderer = asRecord(at(tab, 'tabRenderer'));
    if (!renderer) return asRecord(tab) ? {} : tab;
    const url = at(renderer, 'endpoint', 'browseEndpoint', 'canonicalBaseUrl');
    const out: JsonRecord = only(
      'endpoint',
      url === undefined ? undefined : { browseEndpoint: { canonicalBaseUrl: url } },
    );
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
