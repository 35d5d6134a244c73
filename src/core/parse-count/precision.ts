import type { Count } from '../count.ts';

/** Counts above this are not counts but misread text (and would lose integer precision). */
const LARGEST_COUNT = 1e15;

/**
 * A shown number → Count. `digits`/`decimals` are the mantissa as written ("1.2" → "12", 1) and
 * `exponent` the unit's power of ten (0 when there is no unit: then the number is exact).
 * Rounded display: the true count is within half a last shown digit, both ends inclusive because sites
 * round half up or half to even ("1.2K" → 1150…1250). Truncated display (YouTube): from the shown value
 * up to, not including, one more last digit ("1,7 M" → 1 700 000…1 799 999). Null when the value is
 * not a whole count (no unit and a fraction: "1.5"; "1.2345K").
 */
export function countFromShown(digits: string, decimals: number, exponent: number, truncated: boolean): Count | null {
  if (digits.length > 16) return null;
  const mantissa = Number(digits);
  const shift = exponent - decimals;
  const value = shift >= 0 ? mantissa * 10 ** shift : mantissa / 10 ** -shift;
  if (!Number.isInteger(value) || value > LARGEST_COUNT) return null;
  if (exponent === 0) return decimals === 0 ? { value, min: value, max: value } : null;
  if (shift <= 0) return { value, min: value, max: value };
  const step = 10 ** shift;
  if (truncated) return { value, min: value, max: value + step - 1 };
  return { value, min: Math.max(0, value - step / 2), max: value + step / 2 };
}
