import { lazyPattern } from '../lazy-pattern.ts';

const DECIMAL_DIGIT = lazyPattern(() => /^\p{Nd}$/u);
const cache = new Map<string, number>();

/**
 * Value 0–9 of any Unicode decimal digit (Arabic-Indic ٣, Persian ۳, Devanagari ३, Bengali ৩…).
 * Unicode guarantees each script's digits are a run of code points 0…9, so the value is the distance
 * from the start of the run (mod 10: the mathematical digit blocks are several runs back to back).
 */
export function asciiDigit(digit: string): number {
  const known = cache.get(digit);
  if (known !== undefined) return known;
  const cp = digit.codePointAt(0) ?? 0;
  let start = cp;
  while (start > 0 && DECIMAL_DIGIT().test(String.fromCodePoint(start - 1))) start--;
  const value = (cp - start) % 10;
  cache.set(digit, value);
  return value;
}
