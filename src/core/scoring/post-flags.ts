import type { Count } from '../count.ts';
import type { Platform } from '../platform.ts';
import type { RecentPost } from '../snapshot.ts';
import { isSponsored } from './sponsored.ts';
import { median } from './stats.ts';

/** A post over this many times the median of the posts shown is "viral". */
export const VIRAL_FACTOR = 3;

export interface PostRow {
  post: RecentPost;
  /** The platform's headline per-post rate (docs/SCORING.md §3), a fraction; null where its counts are not shown. */
  rate: number | null;
  viral: boolean;
  sponsored: boolean;
}

function interactions(p: RecentPost): number | null {
  if (!p.likes || p.likes === 'hidden') return null;
  return p.likes.value + (p.comments?.value ?? 0) + (p.shares?.value ?? 0);
}

/** The headline rate of one post: by views on TikTok and X (by followers without views), views ÷ subscribers on YouTube. */
function rateOf(p: RecentPost, platform: Platform, followers: Count | null): number | null {
  const f = followers?.value ?? 0;
  if (platform === 'youtube') return p.views && f > 0 ? p.views.value / f : null;
  const n = interactions(p);
  if (n === null) return null;
  if ((platform === 'tiktok' || platform === 'x') && p.views && p.views.value > 0) return n / p.views.value;
  if (platform === 'instagram' || platform === 'facebook') {
    if (!p.comments) return null;
  }
  return f > 0 ? n / f : null;
}

/**
 * Each post shown with its rate and flags: viral when its views (or, without views, its interactions) are over
 * VIRAL_FACTOR × the median of the posts shown; sponsored by the site's label or a disclosure hashtag.
 */
export function postRows(posts: readonly RecentPost[], platform: Platform, followers: Count | null): PostRow[] {
  const withViews = posts.filter((p) => p.views).length;
  const reach = (p: RecentPost) => (withViews >= posts.length / 2 ? (p.views?.value ?? null) : interactions(p));
  const values = posts.map(reach).filter((n): n is number => n !== null);
  const typical = values.length >= 3 ? median(values) : null;
  return posts.map((post) => {
    const r = reach(post);
    return {
      post,
      rate: rateOf(post, platform, followers),
      viral: typical !== null && typical > 0 && r !== null && r > VIRAL_FACTOR * typical,
      sponsored: isSponsored(post),
    };
  });
}
