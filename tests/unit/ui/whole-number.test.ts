// The page writes an exact count it read with facts the worker learned from Intl: it must write what Intl writes,
// in every language, or the card would show one number two ways within a frame.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWhole, groupingOf, isGrouping } from '../../../src/ui/whole-number.ts';
import { ROUND_TRIP_LOCALES } from '../../support/parse-count-locales.ts';

const LONG = process.env.LONG === '1';
// Indian grouping, minimum grouping digits of 2, narrow and apostrophe separators, non-Latin digits.
const TRAPS = ['en-IN', 'hi', 'es', 'pl', 'fr', 'de-CH', 'ar-EG', 'fa', 'bn', 'my', 'th-TH-u-nu-thai', 'ja'];

describe('formatWhole (no Intl) against Intl.NumberFormat', () => {
  it('writes every count as Intl does, in each of our round-trip locales', () => {
    const locales = [...new Set([...ROUND_TRIP_LOCALES, ...TRAPS])];
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.oneof(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 999_999_999_999 })),
        (lang, value) => {
          const grouping = groupingOf(lang);
          expect(grouping).not.toBeNull();
          if (grouping) expect(formatWhole(value, grouping)).toBe(new Intl.NumberFormat(lang).format(value));
        },
      ),
      { numRuns: LONG ? 20_000 : 2_000 },
    );
  });

  it('at every length where grouping starts or changes size', () => {
    for (const lang of TRAPS) {
      const grouping = groupingOf(lang);
      if (!grouping) throw new Error(`no grouping for ${lang}`);
      for (let digits = 1; digits <= 12; digits++) {
        for (const value of [10 ** (digits - 1), 10 ** digits - 1]) {
          expect(formatWhole(value, grouping), `${lang} ${value}`).toBe(new Intl.NumberFormat(lang).format(value));
        }
      }
    }
  });

  it('knows the grouping styles it claims to (hi groups 2 after the first 3; es starts at 5 digits)', () => {
    expect(formatWhole(1234567, groupingOf('hi') as never)).toBe('12,34,567');
    expect(formatWhole(4690, groupingOf('es') as never)).toBe('4690');
    expect(formatWhole(12345, groupingOf('es') as never)).toBe('12.345');
    expect(formatWhole(783427, groupingOf('en') as never)).toBe('783,427');
  });
});

describe('the facts as a message', () => {
  it('a tag Intl rejects gives no facts (the page then waits for the worker)', () => {
    expect(groupingOf('not a tag!!')).toBeNull();
  });

  it('accepts what the worker learns, after a JSON round trip', () => {
    for (const lang of TRAPS) expect(isGrouping(JSON.parse(JSON.stringify(groupingOf(lang))))).toBe(true);
  });

  it('rejects anything else, and every field broken one at a time', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(isGrouping(value)).toBe(false);
      }),
    );
    const good = groupingOf('en') as unknown as Record<string, unknown>;
    const broken: Record<string, unknown[]> = {
      lang: [1, null, 'x'.repeat(41)],
      digits: ['0123456789', ['0'], [...'012345678', 5], [...'012345678', '']],
      group: [null, 'xxxxx'],
      primary: [0, 10, 2.5, '3'],
      secondary: [0, 10, null],
      groupFrom: [-1, 13, 1.5, Number.NaN],
    };
    for (const [field, values] of Object.entries(broken)) {
      for (const value of values) expect(isGrouping({ ...good, [field]: value }), `${field}: ${value}`).toBe(false);
    }
  });
});
