import type { Count } from '../core/count.ts';
import { quoted } from './issues.ts';

/** A cell check: the value, or the reason (without the "row N:" prefix) it is refused. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(reason: string): CellResult<T> => ({ ok: false, reason });

// Plain digits, as the exporter writes them; "1,234" and "1.234" mean different things per locale, so no separators.
const PLAIN_NUMBER = /^\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

function numberCell(text: string, label: string): CellResult<number> {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (!PLAIN_NUMBER.test(trimmed) || !Number.isFinite(value)) {
    return fail(`${label} ${quoted(text)} is not a number (write digits only, like 48213)`);
  }
  return ok(value);
}

/** A count from its value / min / max cells; all empty = not known (null); min and max default to the value. */
export function countFromCells(label: string, value = '', min = '', max = ''): CellResult<Count | null> {
  if (value.trim() === '') {
    return min.trim() === '' && max.trim() === '' ? ok(null) : fail(`${label} is empty but its min/max are not`);
  }
  const v = numberCell(value, label);
  if (!v.ok) return fail(v.reason);
  const lo = min.trim() === '' ? ok(v.value) : numberCell(min, `${label} (min)`);
  if (!lo.ok) return fail(lo.reason);
  const hi = max.trim() === '' ? ok(v.value) : numberCell(max, `${label} (max)`);
  if (!hi.ok) return fail(hi.reason);
  if (!(lo.value <= v.value && v.value <= hi.value)) {
    return fail(`${label} ${v.value} is not between its min ${lo.value} and max ${hi.value}`);
  }
  return ok({ value: v.value, min: lo.value, max: hi.value });
}

// ISO 8601 only: "02/01/2026" is 2 January in Spain and 1 February in the US, so slashed dates are refused.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO date cell, normalised to the store's form (UTC, milliseconds): the store's own dates come back as written. */
export function dateFromCell(text: string, label: string): CellResult<string> {
  const trimmed = text.trim();
  const time = ISO_DATE.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (!Number.isFinite(time))
    return fail(`${label} ${quoted(text)} is not a date (write 2026-01-31 or 2026-01-31T10:00:00Z)`);
  return ok(new Date(time).toISOString());
}

/** Length as zod's maxLength counts it: code points, so an emoji is one character, not two. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export function boundedText(text: string, label: string, max: number): CellResult<string> {
  const length = characterCount(text);
  return length > max ? fail(`${label} is ${length} characters long; the limit is ${max}`) : ok(text);
}
