// Relative post dates as sites show them ("3 weeks ago", "hace 2 días", "vor 5 Monaten", "2 日前"), read in the
// page's language from CLDR's own relative-time patterns (Intl.RelativeTimeFormat), so every language ICU knows
// is covered by one rule instead of a word list per language.

import { lazyPattern } from '../lazy-pattern.ts';
import { asciiDigit } from '../parse-count/digits.ts';
import { isoTime } from './iso.ts';

const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const;
type Unit = (typeof UNITS)[number];

/** Unit lengths in ms; a month and a year are their Gregorian means (30.44 and 365.25 days). */
const UNIT_MS: Record<Unit, number> = {
  second: 1e3,
  minute: 6e4,
  hour: 36e5,
  day: 864e5,
  week: 6048e5,
  month: 2_629_746e3,
  year: 31_556_952e3,
};

// Numbers that reach every plural category CLDR uses for past relative times (one, two, few, many, other).
const SAMPLE_NUMBERS = [1, 2, 3, 4, 5, 7, 11, 12, 21, 22, 25, 101, 102, 105];

interface Template {
  before: string;
  after: string;
  unit: Unit;
}

// Spaces are dropped on both sides: sites and CLDR disagree on them ("3 개월 전" vs "3개월 전", NBSP vs space).
const SPACES = /\s+/gu;
const normalise = (text: string) => text.replace(SPACES, '').toLowerCase();

/** The "N units ago" shapes of one language: the literal text around the number, per unit and plural form. */
function templatesOf(lang: string): Template[] {
  const out = new Map<string, Template>();
  for (const style of ['long', 'short'] as const) {
    let format: Intl.RelativeTimeFormat;
    try {
      format = new Intl.RelativeTimeFormat(lang, { numeric: 'always', style });
    } catch {
      return [];
    }
    for (const unit of UNITS) {
      for (const n of SAMPLE_NUMBERS) {
        const parts = format.formatToParts(-n, unit);
        const at = parts.findIndex((p) => p.type === 'integer');
        // One integer part only ("2,345" splits into several parts; the sample numbers never group).
        if (at < 0 || parts.filter((p) => p.type === 'integer').length !== 1) continue;
        const before = normalise(
          parts
            .slice(0, at)
            .map((p) => p.value)
            .join(''),
        );
        const after = normalise(
          parts
            .slice(at + 1)
            .map((p) => p.value)
            .join(''),
        );
        out.set(`${before}\u0000${after}`, { before, after, unit });
      }
    }
  }
  // Longest literals first: "2 weeks ago" must not be read by a shorter "2 w ago"-like template of the same unit.
  return [...out.values()].sort((a, b) => b.before.length + b.after.length - (a.before.length + a.after.length));
}

const cache = new Map<string, Template[]>();

function templates(lang: string): Template[] {
  const key = lang.toLowerCase();
  let found = cache.get(key);
  if (!found) {
    found = templatesOf(lang);
    cache.set(key, found);
  }
  return found;
}

const DIGITS = lazyPattern(() => /\p{Nd}+/gu);

export interface RelativeTime {
  /** How long ago, in ms (the shown number × the unit's length). */
  agoMs: number;
  /** Words outside the "N units ago" phrase ("Streamed", "Premiered", "Emitido"): the site says more than a date. */
  extra: boolean;
}

/**
 * "N units ago" in `lang`, or null when the text holds no such phrase of that language. Sites round these down
 * ("6 months ago" is 6–7 months), so the date counted back is the latest the post can be.
 */
export function parseRelativeTime(text: string, lang: string): RelativeTime | null {
  const shown = normalise(text);
  for (const match of shown.matchAll(DIGITS())) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    for (const t of templates(lang)) {
      const { before, after } = t;
      if (!shown.slice(0, start).endsWith(before) || !shown.slice(end).startsWith(after)) continue;
      const n = [...match[0]].reduce((acc, d) => acc * 10 + asciiDigit(d), 0);
      const rest = shown.slice(0, start - before.length) + shown.slice(end + after.length);
      return { agoMs: n * UNIT_MS[t.unit], extra: /[\p{L}\p{N}]/u.test(rest) };
    }
  }
  return null;
}

/** The ISO date `agoMs` before `now`, or null when out of Date's range. */
export function isoBefore(now: Date, agoMs: number): string | null {
  const time = now.getTime() - agoMs;
  return Number.isFinite(time) && Math.abs(time) <= 8.64e15 ? isoTime(time) : null;
}

/** An ISO date `text` stands for, counted back from `now`; null when it is not a relative time in `lang`. */
export function relativeToIso(text: string, lang: string, now: Date): string | null {
  const relative = parseRelativeTime(text, lang);
  return relative ? isoBefore(now, relative.agoMs) : null;
}
