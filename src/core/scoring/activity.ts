import type { ProfileSnapshot } from '../snapshot.ts';
import { recentPosts } from './engagement.ts';

const DAY_MS = 86_400_000;

const UNIT_DAYS: Record<string, number> = {
  second: 1 / 86_400,
  minute: 1 / 1_440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 30.44,
  year: 365.25,
  segundo: 1 / 86_400,
  minuto: 1 / 1_440,
  hora: 1 / 24,
  día: 1,
  dia: 1,
  semana: 7,
  mes: 30.44,
  año: 365.25,
};

// YouTube shows relative text, not dates ("2 weeks ago", "Streamed 3 days ago", "hace 2 semanas"; seen 2026-01).
const RELATIVE_EN = /(\d+)\s+(second|minute|hour|day|week|month|year)s?\s+ago/i;
const RELATIVE_ES = /hace\s+(\d+)\s+(segundo|minuto|hora|d[ií]a|semana|mes|año)(?:s|es)?/i;

/** A post date as epoch ms: ISO text, or English/Spanish relative text counted back from `now`. Null if neither. */
export function parsePublishedAt(text: string | null | undefined, now: Date | null): number | null {
  if (!text) return null;
  const relative = RELATIVE_EN.exec(text) ?? RELATIVE_ES.exec(text);
  if (relative) {
    const days = UNIT_DAYS[(relative[2] ?? '').toLowerCase()];
    if (!now || days === undefined) return null;
    return now.getTime() - Number(relative[1]) * days * DAY_MS;
  }
  // Only full dates: Date.parse accepts odd strings ("1") that are not dates at all.
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}

export interface Activity {
  /** Days since the newest recent post; null without `now` or dates. */
  daysSinceLastPost: number | null;
  /** Posts per week over the span of the dated recent posts; null with fewer than 2 dates. */
  postsPerWeek: number | null;
  /** Recent posts that had a usable date. */
  dated: number;
}

/** Activity from recentPosts[].publishedAt (pinned posts excluded: they are chosen, not recent). */
export function activityOf(snapshot: ProfileSnapshot, now: Date | null): Activity {
  const times = recentPosts(snapshot)
    .map((p) => parsePublishedAt(p.publishedAt, now))
    .filter((t): t is number => t !== null)
    .sort((a, b) => a - b);
  const newest = times[times.length - 1];
  const oldest = times[0];
  const daysSinceLastPost = newest !== undefined && now ? Math.max(0, (now.getTime() - newest) / DAY_MS) : null;
  const spanDays = newest !== undefined && oldest !== undefined ? (newest - oldest) / DAY_MS : 0;
  const postsPerWeek = times.length >= 2 && spanDays > 0 ? ((times.length - 1) / spanDays) * 7 : null;
  return { daysSinceLastPost, postsPerWeek, dated: times.length };
}
