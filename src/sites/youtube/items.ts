import type { RecentPost } from '../../core/snapshot.ts';
import { asArray, asString, at } from '../json.ts';
import { forEachListItem, type ItemPlace } from './project.ts';
import { type ITEM_MODELS, LIVE_BADGE_STYLE, SHORTS_MODELS } from './selectors.ts';
import { publishedAtOf, ytA11yLabel, ytCount, ytText } from './text.ts';

type Model = (typeof ITEM_MODELS)[number];

export interface ItemContext {
  lang: string;
  now: Date;
  /** The channel's id: items whose byline names another channel (Home-tab shelves) are left out. */
  channelId: string | null;
  /** Outside a channel page (search results) an item counts only when its byline names the channel. */
  requireOwner: boolean;
}

/** Live ("18 watching") and upcoming ("56 waiting") items put viewers in the views field: they are not views. */
function isLiveOrUpcoming(item: unknown, viewText: string | null): boolean {
  if (at(item, 'upcomingEventData') !== undefined) return true;
  const styles = [
    ...asArray(at(item, 'badges')).map((x) => at(x, 'metadataBadgeRenderer', 'style')),
    ...asArray(at(item, 'thumbnailOverlays')).map((x) => at(x, 'thumbnailOverlayTimeStatusRenderer', 'style')),
  ];
  if (styles.some((s) => s === 'LIVE' || s === 'UPCOMING' || s === 'BADGE_STYLE_TYPE_LIVE_NOW')) return true;
  // lockupViewModel [M]: the thumbnail badge style says LIVE; stringify only the small image part
  const image = at(item, 'contentImage');
  if (image !== undefined && LIVE_BADGE_STYLE.test(JSON.stringify(image))) return true;
  return viewText !== null && /\b(watching|waiting)\b/i.test(viewText); // en wording, 2026-01
}

function bylineChannel(item: unknown): string | null {
  for (const key of ['shortBylineText', 'ownerText', 'longBylineText']) {
    const id = asString(at(item, key, 'runs', 0, 'navigationEndpoint', 'browseEndpoint', 'browseId'));
    if (id) return id;
  }
  return null;
}

function readItem(model: Model, item: unknown, place: ItemPlace, ctx: ItemContext): RecentPost | null {
  let id: string | null = null;
  let viewText: string | null = null;
  let published: string | null = null;
  if (
    model === 'videoRenderer' ||
    model === 'gridVideoRenderer' ||
    model === 'reelItemRenderer' ||
    model === 'channelVideoPlayerRenderer'
  ) {
    id = asString(at(item, 'videoId'));
    viewText =
      ytText(at(item, 'viewCountText')) ??
      ytText(at(item, 'shortViewCountText')) ??
      ytA11yLabel(at(item, 'shortViewCountText'));
    published = ytText(at(item, 'publishedTimeText'));
  } else if (model === 'lockupViewModel') {
    if (asString(at(item, 'contentType')) !== 'LOCKUP_CONTENT_TYPE_VIDEO') return null; // playlists, podcasts
    id = asString(at(item, 'contentId'));
    const rows = asArray(
      at(item, 'metadata', 'lockupMetadataViewModel', 'metadata', 'contentMetadataViewModel', 'metadataRows'),
    );
    const parts = asArray(at(rows.at(-1), 'metadataParts')); // [views, age]; a channel-name row may come first
    viewText = ytText(at(parts[0], 'text'));
    published = ytText(at(parts[1], 'text'));
  } else {
    id = asString(at(item, 'onTap', 'innertubeCommand', 'reelWatchEndpoint', 'videoId'));
    viewText = ytText(at(item, 'overlayMetadata', 'secondaryText'));
  }
  if (!id) return null;
  const owner = bylineChannel(item);
  if (owner ? ctx.channelId !== null && owner !== ctx.channelId : ctx.requireOwner) return null;
  const date = publishedAtOf(published, ctx.lang, ctx.now);
  // Live and upcoming items show viewers ("18 watching"), not views; streams and premieres are kept, marked, unread.
  const live = isLiveOrUpcoming(item, viewText) || date.extra;
  const views = live
    ? null
    : (ytCount(viewText, ctx.lang) ??
      (model === 'shortsLockupViewModel' ? ytCount(asString(at(item, 'accessibilityText')), ctx.lang) : null));
  const post: RecentPost = { id, likes: null, comments: null, views, publishedAt: date.iso };
  const kind =
    model === 'channelVideoPlayerRenderer' ? 'trailer' : live ? 'live' : SHORTS_MODELS.includes(model) ? 'short' : null;
  if (kind) post.kind = kind;
  if (!place.uploads) post.curated = true;
  return post;
}

/**
 * Every video item under `root`, in page order, once each (Home-tab shelves repeat videos; the trailer comes first,
 * so a video that is also the trailer is read as the trailer).
 */
export function readItems(root: unknown, ctx: ItemContext): RecentPost[] {
  const posts: RecentPost[] = [];
  const seen = new Set<string>();
  forEachListItem(root, (model, item, place) => {
    const post = readItem(model, item, place, ctx);
    if (post && !seen.has(post.id)) {
      seen.add(post.id);
      posts.push(post);
    }
  });
  return posts;
}

/** Where a response keeps its items: the selected tab, continuation actions, or search contents. */
export function itemsRoot(data: unknown): unknown {
  const tabs = asArray(at(data, 'contents', 'twoColumnBrowseResultsRenderer', 'tabs'));
  const selected = tabs.find((tab) => at(tab, 'tabRenderer', 'selected') === true);
  if (selected) return at(selected, 'tabRenderer', 'content');
  return [at(data, 'onResponseReceivedActions'), at(data, 'onResponseReceivedEndpoints'), at(data, 'contents')];
}
