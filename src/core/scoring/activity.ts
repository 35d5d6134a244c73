import type { PostSample } from './sample.ts';

const DAY_MS = 86_400_000;

export interface Activity {
  /** Days since the newest timeline post; null without `now` or dates. */
  daysSinceLastPost: number | null;
  /** Posts per week over the window (or over the span of the dated posts when the page shows fewer). */
  postsPerWeek: number | null;
  /** Timeline posts that had a usable date. */
  dated: number;
}

/**
 * Activity from the ordinary timeline posts (pinned, live, trailer and curated ones never: they are chosen, not
 * the account's rhythm). Posts younger than the sample's minimum age count here: they are the newest activity.
 */
export function activityOf(sample: PostSample, now: Date | null): Activity {
  const times = sample.timeline.map((p) => p.at ?? 0);
  const newest = times[0];
  const daysSinceLastPost = newest !== undefined && now ? Math.max(0, (now.getTime() - newest) / DAY_MS) : null;
  const windowStart = now ? now.getTime() - sample.windowDays * DAY_MS : null;
  const inWindow = windowStart === null ? [] : times.filter((t) => t >= windowStart);
  const oldest = times.at(-1);
  // When the page shows posts older than the window, it shows the whole window: count the posts in it.
  if (windowStart !== null && oldest !== undefined && oldest < windowStart) {
    return { daysSinceLastPost, postsPerWeek: inWindow.length / (sample.windowDays / 7), dated: times.length };
  }
  // Otherwise the page shows only the newest posts: the rhythm over their own span.
  const spanDays = newest !== undefined && oldest !== undefined ? (newest - oldest) / DAY_MS : 0;
  const postsPerWeek = times.length >= 2 && spanDays > 0 ? ((times.length - 1) / spanDays) * 7 : null;
  return { daysSinceLastPost, postsPerWeek, dated: times.length };
}
