import type { Count } from '../count.ts';
import type { RecentPost } from '../snapshot.ts';
import { medianInterval } from './stats.ts';

export interface ViewsFigure {
  /** Median views per post of the sample, with the range its rounding and sample size allow. */
  median: number;
  low: number;
  high: number;
  /** Median views ÷ followers (a fraction); null when followers are unread. */
  perFollower: number | null;
  /** Posts of the sample that show a view count. */
  posts: number;
}

/**
 * Median views per post over the sample's posts that show views (TikTok, YouTube, X, Instagram reels), and that
 * median ÷ followers. None under `minPosts` posts with views: the same rule as the rates.
 */
export function viewsOf(
  posts: readonly RecentPost[],
  followers: Count | null,
  minPosts: number,
  confidence: number,
): ViewsFigure | null {
  const observed = posts.flatMap((p) =>
    p.views ? [{ value: p.views.value, low: p.views.min, high: p.views.max }] : [],
  );
  if (observed.length < minPosts) return null;
  const interval = medianInterval(observed, confidence);
  if (!interval) return null;
  const ratio = followers && followers.value > 0 ? interval.value / followers.value : null;
  const perFollower = ratio !== null && Number.isFinite(ratio) ? ratio : null;
  return { median: interval.value, low: interval.low, high: interval.high, perFollower, posts: observed.length };
}
