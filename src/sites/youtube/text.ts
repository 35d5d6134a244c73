import { type Count, exactCount } from '../../core/count.ts';
import { isoBefore, parseRelativeTime } from '../../core/dates/relative.ts';
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
  const first = text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  // Without a language, a "no views" word of any language we know: each means zero, so they cannot disagree.
  const words =
    NO_VIEWS_WORDS[lang.toLowerCase().split(/[-_]/)[0] ?? ''] ??
    (lang === 'und' ? Object.values(NO_VIEWS_WORDS).flat() : undefined);
  return words?.includes(first) ? exactCount(0) : null;
}

/**
 * A list item's age text ("6 months ago", "hace 2 días", "Streamed 3 days ago") as an approximate ISO date, in the
 * page's language (CLDR's relative-time patterns, core/dates/relative.ts). `extra`: the text says more than the age
 * ("Streamed", "Premiered", "Emitido"), which on YouTube marks a past stream or premiere.
 */
export function publishedAtOf(text: string | null, lang: string, now: Date): { iso: string | null; extra: boolean } {
  const relative = text ? parseRelativeTime(text, lang) : null;
  if (!relative) return { iso: null, extra: false };
  return { iso: isoBefore(now, relative.agoMs), extra: relative.extra };
}
