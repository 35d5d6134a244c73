import type { PostSample } from './sample.ts';

const DAY_MS = 86_400_000;

export interface Rhythm {
  /** Posts per week (activity.ts: over the window, or over the shown posts' span). */
  postsPerWeek: number | null;
  /** The longest time between two consecutive dated posts, in days. */
  longestGapDays: number;
  /** The span the gaps were measured over (ISO dates) and how many posts it holds. */
  from: string;
  to: string;
  posts: number;
}

/**
 * Posting rhythm of the timeline (pinned, live, trailer and curated posts never: they are chosen, not the rhythm):
 * posts per week as activity measures it, and the longest gap between consecutive posts of the window — of all
 * the dated posts shown when the window holds fewer than two. Needs two dated posts.
 */
export function rhythmOf(sample: PostSample, postsPerWeek: number | null, now: Date | null): Rhythm | null {
  const times = sample.timeline.map((p) => p.at ?? 0);
  const windowStart = now ? now.getTime() - sample.windowDays * DAY_MS : null;
  const inWindow = windowStart === null ? [] : times.filter((t) => t >= windowStart);
  const span = inWindow.length >= 2 ? inWindow : times;
  if (span.length < 2) return null;
  let longest = 0;
  for (let i = 1; i < span.length; i++) longest = Math.max(longest, ((span[i - 1] ?? 0) - (span[i] ?? 0)) / DAY_MS);
  return {
    postsPerWeek,
    longestGapDays: longest,
    from: new Date(span.at(-1) ?? 0).toISOString(),
    to: new Date(span[0] ?? 0).toISOString(),
    posts: span.length,
  };
}
