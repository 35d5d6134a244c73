import type { Count } from '../count.ts';

/** Counts above this are not counts but misread text (and would lose integer precision). */
const LARGEST_COUNT = 1e15;

/**
 * How a site turns a count into a compact figure. `rounded`: CLDR/ICU's default (half-even).
 * `truncated`: cut down to the shown digits (YouTube "1,7 M" for 1 783 335, X "74.2K" for 74,263).
 * `either`: not established for the site, so the interval covers both.
 */
export type CompactRule = 'rounded' | 'truncated' | 'either';

/**
 * CLDR compact patterns show at least two significant digits and drop a trailing fractional zero
 * (ICU 78 / CLDR 48 `notation: "compact"`: 2 960 → "3K", 2 940 → "2.9K"; a site truncating the same way
 * shows "6m" for 6 098 159). So a figure with one significant digit is precise to the hidden tenth.
 */
const MIN_SIGNIFICANT = 2;

/**
 * A shown number → Count. `digits`/`decimals` are the mantissa as written ("1.2" → "12", 1) and
 * `exponent` the unit's power of ten (0 when there is no unit: then the number is exact, "3 posts").
 * The step is one unit of the last digit the site kept: the last shown digit, or the hidden zero after
 * a single significant digit ("3K" = 3.0K: step 100). Rounded: ± half a step, both ends inclusive (half up
 * or half to even). Truncated: from the value up to, not including, one more step. Either: both.
 * Null when the value is not a whole count (no unit and a fraction: "1.5"; "1.2345K").
 */
export function countFromShown(digits: string, decimals: number, exponent: number, rule: CompactRule): Count | null {
  if (digits.length > 16) return null;
  const mantissa = Number(digits);
  const shift = exponent - decimals;
  const value = shift >= 0 ? mantissa * 10 ** shift : mantissa / 10 ** -shift;
  if (!Number.isInteger(value) || value > LARGEST_COUNT) return null;
  if (exponent === 0) return decimals === 0 ? { value, min: value, max: value } : null;
  const significant = digits.replace(/^0+/, '').length;
  // A shown zero ("0K") has no significant digit to extend: it is zero to its last shown digit.
  const hidden = significant === 0 ? 0 : Math.min(shift, Math.max(0, MIN_SIGNIFICANT - significant));
  if (shift <= 0) return { value, min: value, max: value };
  const step = 10 ** (shift - hidden);
  const low = rule === 'truncated' ? value : Math.max(0, value - step / 2);
  const high = rule === 'rounded' ? value + step / 2 : value + step - 1;
  return { value, min: Math.ceil(low), max: Math.floor(high) };
}
