import { type Count, exactCount } from '../../core/count.ts';
import { parseCount } from '../../core/parse-count/index.ts';
import { asString, at } from '../json.ts';
import { NO_VIEWS_WORDS } from './selectors.ts';

/** The text of any YouTube text object: `simpleText`, `runs[].text` joined, or a view model's `content`. */
export function ytText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  const simple = asString(at(value, 'simpleText'));
  if (simple !== null) return simple;
  const runs = at(value, 'runs');
  if (Array.isArray(runs)) return runs.map((run) => asString(at(run, 'text')) ?? '').join('');
  return asString(at(value, 'content'));
}

export function ytA11yLabel(value: unknown): string | null {
  return asString(at(value, 'accessibility', 'accessibilityData', 'label'));
}

/**
 * A count as YouTube shows it. YouTube truncates compact numbers ("1,7 M" for 1 783 335), so the interval
 * covers a whole last unit; full numbers ("6,403,051 views") stay exact. "No views" is 0.
 */
export function ytCount(text: string | null, lang: string): Count | null {
  if (!text) return null;
  const parsed = parseCount(text, lang, { truncated: true });
  if (parsed) return parsed;
  if (/\d/.test(text)) return null;
  const words = NO_VIEWS_WORDS[lang.toLowerCase().split(/[-_]/)[0] ?? ''];
  const first = text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return words?.includes(first) ? exactCount(0) : null;
}

const UNIT_MS: Record<string, number> = {
  second: 1e3,
  minute: 6e4,
  hour: 36e5,
  day: 864e5,
  week: 6048e5,
  month: 2_629_746e3, // 30.44 days
  year: 31_556_952e3, // 365.25 days
};

/**
 * "6 months ago" → an approximate ISO date (now − 6 × 30.44 days). English only: the relative wording is
 * localised and we have no table for other languages yet, so they yield null. YouTube rounds these down
 * ("6 months" is 6–7 months), so the date is the latest the video can be.
 */
export function approxPublishedAt(text: string | null, lang: string, now: Date): string | null {
  if (!text || !/^en\b/i.test(lang)) return null;
  const m = /(\d+)\s+(second|minute|hour|day|week|month|year)s?\s+ago/i.exec(text);
  const unit = m?.[2] ? UNIT_MS[m[2].toLowerCase()] : undefined;
  if (!m?.[1] || unit === undefined) return null;
  const time = now.getTime() - Number(m[1]) * unit;
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}
