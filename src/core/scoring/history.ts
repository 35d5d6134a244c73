import * as z from 'zod/mini';
import { CountSchema } from '../schemas.ts';

/** One earlier visit to a profile, as the background stores it (up to 50 per profile). */
export const ObservationSchema = z.object({
  at: z.string().check(z.maxLength(64)),
  followers: z.nullable(CountSchema),
  engagementRate: z.optional(z.nullable(z.number())),
});
export type Observation = z.infer<typeof ObservationSchema>;

const DAY_MS = 86_400_000;

interface Point {
  at: string;
  ms: number;
  followers: number;
  engagementRate: number | null;
}

/** Observations with a date and a follower count, oldest first (unparseable ones are skipped). */
export function followerPoints(observations: readonly Observation[]): Point[] {
  const points: Point[] = [];
  for (const o of observations) {
    const ms = Date.parse(o.at);
    if (!Number.isFinite(ms) || !o.followers) continue;
    const rate = o.engagementRate;
    points.push({
      at: o.at,
      ms,
      followers: o.followers.value,
      engagementRate: rate != null && Number.isFinite(rate) ? rate : null,
    });
  }
  return points.sort((a, b) => a.ms - b.ms);
}

export interface Growth {
  from: string;
  to: string;
  days: number;
  /** Followers gained (negative when lost) between the first and the last observation. */
  change: number;
  perDay: number;
  perWeek: number;
  /** perWeek as a fraction of the first count (0.01 = +1 % a week); null when the first count is 0. */
  percentPerWeek: number | null;
  observations: number;
}

// Visits minutes apart say nothing about a weekly rate (two visits 1 ms apart once showed "+8,316,000,000 a week").
const MIN_GROWTH_SPAN_DAYS = 1;

/**
 * Growth over the span of the observations (include the current visit as the last one). Null under 2 dated
 * points, or when they span less than a day.
 */
export function growthOf(observations: readonly Observation[]): Growth | null {
  const points = followerPoints(observations);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2) return null;
  const days = (last.ms - first.ms) / DAY_MS;
  if (!(days >= MIN_GROWTH_SPAN_DAYS)) return null;
  const change = last.followers - first.followers;
  const perDay = change / days;
  const perWeek = perDay * 7;
  const result = {
    from: first.at,
    to: last.at,
    days,
    change,
    perDay,
    perWeek,
    percentPerWeek: first.followers > 0 ? perWeek / first.followers : null,
    observations: points.length,
  };
  return Object.values(result).every((v) => typeof v !== 'number' || Number.isFinite(v)) ? result : null;
}

export interface FollowerJump {
  from: Point;
  to: Point;
  days: number;
  growth: number;
  /** true: engagement did not keep up; false: it did; null: engagement unknown at one end. */
  unmatched: boolean | null;
}

export interface JumpThresholds {
  jumpGrowth: number;
  jumpMinFollowers: number;
  jumpWindowDays: number;
}

/**
 * The largest follower jump between consecutive visits: growth ≥ jumpGrowth and ≥ jumpMinFollowers within
 * jumpWindowDays. "Without matching engagement": engagements per post (rate × followers) grew less than half
 * as fast as followers — bought followers add to the count but do not like or comment (Popular Pays heuristic).
 */
export function followerJump(observations: readonly Observation[], t: JumpThresholds): FollowerJump | null {
  const points = followerPoints(observations);
  let best: FollowerJump | null = null;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b || !(a.followers > 0)) continue;
    const days = (b.ms - a.ms) / DAY_MS;
    const gained = b.followers - a.followers;
    const growth = gained / a.followers;
    if (days > t.jumpWindowDays || growth < t.jumpGrowth || gained < t.jumpMinFollowers) continue;
    let unmatched: boolean | null = null;
    if (a.engagementRate !== null && b.engagementRate !== null) {
      const before = a.engagementRate * a.followers;
      const after = b.engagementRate * b.followers;
      unmatched = after < before * (1 + growth / 2);
    }
    if (!best || growth > best.growth) best = { from: a, to: b, days, growth, unmatched };
  }
  return best;
}
