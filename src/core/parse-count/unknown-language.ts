import type { Count } from '../count.ts';
import { anyLanguageUnits } from './any-language.ts';
import { isSigned, unitPower } from './number-context.ts';
import { findNumbers, readNumber } from './numbers.ts';
import { type CompactRule, countFromShown } from './precision.ts';
import { DISPUTED_WORD, FOREIGN_WORD } from './reasons.ts';
import type { Separators } from './separators.ts';
import { matchStandaloneUnit } from './units.ts';

// The ways languages write 1 234,5 with ASCII digits (CLDR 48): point decimal (en), comma decimal with point,
// space or apostrophe groups (de, fr, de-CH). Arabic marks (٬ ٫) read the same in every reading (numbers.ts).
const READINGS: readonly Separators[] = [
  { group: ',', decimal: '.' },
  { group: '.', decimal: ',' },
  { group: ' ', decimal: ',' },
];

/**
 * A count in a page whose language is unknown (issue 19): never English by default. Each way of writing numbers
 * is tried; a magnitude word counts only when every language that knows it gives it the same power
 * (any-language.ts), else the text is refused. Readings that disagree on the value refuse too ("1,234": 1234 or
 * 1.234). Null means refused: an unknown word of disputed power ("3,1 B": tr 10³, en 10⁹), or an ambiguous number.
 */
export function readInAnyLanguage(
  text: string,
  rule: CompactRule,
  reasons: { note?: string; refused?: string } = {},
): Count | null {
  const units = anyLanguageUnits();
  const counts: Count[] = [];
  for (const separators of READINGS) {
    const numbers = findNumbers(text, separators);
    const [only] = numbers;
    if (!only) {
      const alone = matchStandaloneUnit(text, units);
      return alone === null || Number.isNaN(alone) ? null : countFromShown('1', 0, alone, rule);
    }
    if (numbers.length > 1 || isSigned(text, only.start)) continue;
    const written = readNumber(only, separators);
    if (!written) continue;
    const exponent = unitPower(text, written.start, written.end, units);
    if (Number.isNaN(exponent)) {
      reasons.refused = `${DISPUTED_WORD}, and the page's language is not known`;
      return null;
    }
    if (exponent !== 0) reasons.note = `${FOREIGN_WORD}; the page's language is not known`;
    const count = countFromShown(written.digits, written.decimals, exponent, rule);
    if (count) counts.push(count);
  }
  const [first] = counts;
  if (first && counts.some((c) => c.value !== first.value)) {
    reasons.refused =
      "it reads as different numbers in different languages' ways of writing them, and the page's language is not known";
    return null;
  }
  return first ?? null;
}
