import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../../src/core/parse-count/index.ts';
import { ROUND_TRIP_LOCALES } from '../../../support/parse-count-locales.ts';

// A spread over every magnitude and rounding edge a compact format has (9 999 → "10K", 999 999 → "1M").
const NUMBERS = [
  0, 7, 42, 999, 1000, 1234, 1250, 9999, 12_345, 99_999, 100_000, 123_456, 654_321, 999_999, 1_000_000, 1_234_567,
  9_876_543, 12_345_678, 99_999_999, 123_456_789, 999_999_999, 1_234_567_890, 98_765_432_109,
];

/**
 * Where CLDR 48 disagrees with what the platforms (and the language) say, we follow the platforms.
 * as: CLDR short puts "নিঃ" (abbreviated নিযুত, million) on 10⁸; YouTube as writes "135 নিঃ" for 1.35·10⁸.
 * ne: CLDR long shows 1.5·10⁶ as "1.5 करोड" (a crore is 10⁷; CLDR short and YouTube agree on 10⁷).
 * bn: CLDR short shows 10¹⁰ as "1 শত কো" (a hundred crore is 10⁹) and 10¹¹ as "1কো" (crore is 10⁷);
 *     no spread number here reaches 10¹¹, and "শত কো" keeps CLDR's 10¹⁰ since YouTube writes "শত কোটি".
 */
const CLDR_SLIPS = new Set(['as short 99999999', 'as short 123456789', 'ne long']);

function slip(locale: string, display: string, n: number): boolean {
  return CLDR_SLIPS.has(`${locale} ${display}`) || CLDR_SLIPS.has(`${locale} ${display} ${n}`);
}

describe(`round trip through Intl for ${ROUND_TRIP_LOCALES.length} locales`, () => {
  it.each(ROUND_TRIP_LOCALES)('%s: plain numbers read back exactly', (locale) => {
    const format = new Intl.NumberFormat(locale);
    for (const n of NUMBERS)
      expect([format.format(n), parseCount(format.format(n), locale)]).toEqual([
        format.format(n),
        { value: n, min: n, max: n },
      ]);
  });

  it.each(ROUND_TRIP_LOCALES)('%s: compact short and long hold the number', (locale) => {
    for (const compactDisplay of ['short', 'long'] as const) {
      const format = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay, maximumFractionDigits: 1 });
      for (const n of NUMBERS) {
        if (slip(locale, compactDisplay, n)) continue;
        const text = format.format(n);
        const count = parseCount(text, locale);
        expect({ text, n, inside: count !== null && count.min <= n && n <= count.max }).toEqual({
          text,
          n,
          inside: true,
        });
      }
    }
  });

  it('the known CLDR slips really are slips (remove them from the list when CLDR changes)', () => {
    const long = new Intl.NumberFormat('ne', { notation: 'compact', compactDisplay: 'long' });
    expect(parseCount(long.format(1_500_000), 'ne')?.value).not.toBe(1_500_000);
    expect(parseCount('1.5 करोड', 'ne')?.value).toBe(15_000_000);
  });
});
