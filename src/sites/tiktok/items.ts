import { captionFacts } from '../../core/caption.ts';
import type { Count } from '../../core/count.ts';
import { isoTime } from '../../core/dates/iso.ts';
import type { RecentPost } from '../../core/snapshot.ts';
import { asNumber, asRecord, asString, at } from '../json.ts';
import { tiktokStat } from './stats.ts';
import { tiktokIdTime } from './video-id.ts';

/** The video list of a `/api/post/item_list/` response (`{ itemList: […] }`) or a bare array of its items. */
export function itemListOf(json: unknown): unknown[] | null {
  const list = Array.isArray(json) ? json : at(json, 'itemList');
  if (!Array.isArray(list) || list.length === 0) return null;
  return list.every((item) => asString(at(item, 'id')) !== null && asRecord(at(item, 'stats')) !== null) ? list : null;
}

/** The author handle the items carry, when they carry one (reduced captures do not). */
export function itemsAuthor(items: unknown[]): string | null {
  for (const item of items) {
    const author = at(item, 'author');
    const handle = asString(at(author, 'uniqueId')) ?? asString(author);
    if (handle) return handle;
  }
  return null;
}

// item_list stats are rounded like profile stats (commentCount 37600, shareCount 893600; exact below 10,000), 2026-01.
function stat(item: unknown, key: string): Count | null {
  return tiktokStat(at(item, 'statsV2', key)) ?? tiktokStat(at(item, 'stats', key));
}

export function postsFromItems(items: unknown[]): RecentPost[] {
  const posts: RecentPost[] = [];
  for (const item of items) {
    const id = asString(at(item, 'id'));
    if (!id) continue;
    const created = asNumber(at(item, 'createTime'));
    const post: RecentPost = {
      id,
      likes: stat(item, 'diggCount'),
      comments: stat(item, 'commentCount'),
      views: stat(item, 'playCount'),
      shares: stat(item, 'shareCount'),
      publishedAt: created !== null && created > 0 ? isoTime(created * 1000) : tiktokIdTime(id),
    };
    const desc = asString(at(item, 'desc'));
    if (desc !== null) Object.assign(post, captionFacts(desc));
    if (at(item, 'isPinnedItem') === true) post.pinned = true;
    posts.push(post);
  }
  return posts;
}
