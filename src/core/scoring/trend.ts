import type { RecentPost } from '../snapshot.ts';
import { median } from './stats.ts';

/** Posts each half needs before its median says anything. */
export const TREND_MIN_PER_HALF = 3;

export type Trend =
  | {
      /** 'interactions': likes + comments + shares per post; 'views' where the page shows views only. */
      metric: 'interactions' | 'views';
      newer: number;
      older: number;
      /** newer ÷ older − 1 (0.25 = +25 %); null when the older half's median is 0. */
      change: number | null;
      /** Posts in each half (the newer half takes the odd one). */
      newerPosts: number;
      olderPosts: number;
    }
  | { metric: null; posts: number };

function interactions(p: RecentPost): number | null {
  if (!p.likes || p.likes === 'hidden') return null;
  return p.likes.value + (p.comments?.value ?? 0) + (p.shares?.value ?? 0);
}

/**
 * Engagement trend over the sample (newest first): the median of the newer half against the median of the older
 * half. Interactions per post where the page shows likes, else views per post; "not enough posts" under
 * TREND_MIN_PER_HALF posts in a half. Followers are the same for both halves, so the change is the same by
 * followers.
 */
export function trendOf(posts: readonly RecentPost[]): Trend {
  const byInteractions = posts.map(interactions).filter((n): n is number => n !== null);
  const byViews = posts.flatMap((p) => (p.views ? [p.views.value] : []));
  const [metric, values] =
    byInteractions.length >= 2 * TREND_MIN_PER_HALF
      ? (['interactions', byInteractions] as const)
      : (['views', byViews] as const);
  if (values.length < 2 * TREND_MIN_PER_HALF)
    return { metric: null, posts: Math.max(byInteractions.length, byViews.length) };
  const cut = Math.ceil(values.length / 2);
  const newer = median(values.slice(0, cut));
  const older = median(values.slice(cut));
  return {
    metric,
    newer,
    older,
    change: older > 0 && Number.isFinite(newer / older) ? newer / older - 1 : null,
    newerPosts: cut,
    olderPosts: values.length - cut,
  };
}
