import { matchPrefixUnit, matchSuffixUnit, type UnitTable } from './units.ts';

/** A chain of at most two units on each side: en-IN "1.1K crore", es "11 mil M", my "ကုဋေ1.1ထ". */
const MAX_UNITS_PER_SIDE = 2;

/** "-5", "−1.2K": a difference, not a count (a hyphen after a word, "views-5", is not a sign). */
export function isSigned(text: string, start: number): boolean {
  const before = text.charAt(start - 1);
  return (before === '-' || before === '\u2212') && (start === 1 || text.charAt(start - 2) === ' ');
}

/** The power of the units touching the number (summed along a chain); NaN when one is disputed. */
export function unitPower(text: string, start: number, end: number, units: UnitTable): number {
  let exponent = 0;
  for (let i = 0, edge = end; i < MAX_UNITS_PER_SIDE; i++) {
    const unit = matchSuffixUnit(text, edge, units);
    if (!unit) break;
    exponent += unit.exponent;
    edge = unit.edge;
  }
  for (let i = 0, edge = start; i < MAX_UNITS_PER_SIDE; i++) {
    const unit = matchPrefixUnit(text, edge, units);
    if (!unit) break;
    exponent += unit.exponent;
    edge = unit.edge;
  }
  return exponent;
}
