import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Count } from '../../../../src/core/count.ts';
import { parseCount } from '../../../../src/core/parse-count/index.ts';
import { ROUND_TRIP_LOCALES } from '../../../support/parse-count-locales.ts';

const numRuns = process.env.LONG ? 10_000 : 1_000;

function isValidCount(count: Count | null): boolean {
  if (count === null) return true;
  const { value, min, max } = count;
  return [value, min, max].every(Number.isFinite) && min >= 0 && min <= value && value <= max;
}

// Strings made of the pieces real count texts are made of, so the parser's paths are all reached.
const countLikeText = fc
  .array(
    fc.oneof(
      fc.stringMatching(/^[0-9]{1,7}$/),
      fc.constantFrom('.', ',', ' ', '\u00a0', '\u202f', "'", '’', '٫', '٬', '-', ':', '\u200f', '\u061c'),
      fc.constantFrom('K', 'k', 'M', 'm', 'B', 'bn', 'mil', 'mil M', 'mM', 'Mio.', 'тыс.', 'млн', '万', '億', '천'),
      fc.constantFrom('lakh', 'crore', 'हज़ार', 'ألف', 'elfu', 'ද', 'ကုဋေ', 'views', 'No', 'keine', 'mille'),
      fc.constantFrom('١٢٣', '۴۵۶', '१२३', '１２３', '๑๒'),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 8 },
  )
  .map((pieces) => pieces.join(''));

const anyLang = fc.oneof(
  fc.constantFrom(...ROUND_TRIP_LOCALES, 'iw', 'in', 'pt_BR', 'zh-Hant-TW', '', '!!!', 'x'),
  fc.string({ maxLength: 12 }),
);

describe('parseCount never throws and returns null or a valid Count', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: 'grapheme' }), anyLang, fc.boolean(), (text, lang, truncated) => {
        expect(isValidCount(parseCount(text, lang, { truncated }))).toBe(true);
      }),
      { numRuns },
    );
  });

  it('on count-like strings', () => {
    fc.assert(
      fc.property(countLikeText, anyLang, fc.boolean(), (text, lang, truncated) => {
        expect(isValidCount(parseCount(text, lang, { truncated }))).toBe(true);
      }),
      { numRuns },
    );
  });

  it('on values that are not strings at all (a caller bug must not break the page)', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((text) => typeof text !== 'string'),
        fc.anything(),
        (text, lang) => {
          expect(parseCount(text as string, lang as string)).toBeNull();
        },
      ),
      { numRuns: Math.min(numRuns, 1_000) },
    );
  });
});

describe('round trip: any integer formatted by Intl in a random locale', () => {
  const locale = fc.constantFrom(...ROUND_TRIP_LOCALES);
  const count = fc.integer({ min: 0, max: 99_999_999_999 });

  it('plain format reads back exactly', () => {
    fc.assert(
      fc.property(locale, count, (l, n) => {
        expect(parseCount(new Intl.NumberFormat(l).format(n), l)).toEqual({ value: n, min: n, max: n });
      }),
      { numRuns },
    );
  });

  it('compact short format holds the number', () => {
    // as/ne/bn: CLDR slips listed in parse-count-cldr.test.ts (as short নিঃ; bn short shows 10¹¹ as "1কো").
    const notAs = locale.filter((l) => l !== 'as');
    fc.assert(
      fc.property(notAs, count, (l, n) => {
        fc.pre(!(l.startsWith('bn') && n >= 95_000_000_000));
        const text = new Intl.NumberFormat(l, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
        const read = parseCount(text, l);
        expect({ text, inside: read !== null && read.min <= n && n <= read.max }).toEqual({ text, inside: true });
      }),
      { numRuns },
    );
  });

  // Truncated at the last shown digit, like YouTube ("1,7 M" for 1 783 335, "113億" for 11 358 400 300).
  it('truncated compact format holds the number with truncated: true', () => {
    fc.assert(
      fc.property(fc.constantFrom('en', 'de', 'es', 'ru', 'ja', 'ko', 'hi', 'tr', 'id', 'pt'), count, (l, n) => {
        const format = new Intl.NumberFormat(l, {
          notation: 'compact',
          maximumFractionDigits: 1,
          roundingMode: 'trunc',
        } as Intl.NumberFormatOptions);
        const read = parseCount(format.format(n), l, { truncated: true });
        expect(read !== null && read.min <= n && n <= read.max).toBe(true);
      }),
      { numRuns },
    );
  });
});
