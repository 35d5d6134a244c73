import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyLanguageUnits,
  buildAnyLanguageTable,
  useMagnitudeWords,
} from '../../../../src/core/parse-count/any-language.ts';
import { cldrLanguages } from '../../../../src/core/parse-count/cldr-languages.ts';

const CLDR_LANGUAGES = cldrLanguages();

import { parseCount } from '../../../../src/core/parse-count/index.ts';
import { localeFacts } from '../../../../src/core/parse-count/locale-facts.ts';
import { MAGNITUDE_WORDS } from '../../../../src/core/parse-count/magnitude-words.data.ts';
import { normaliseText } from '../../../../src/core/parse-count/normalise.ts';
import { unitPower } from '../../../../src/core/parse-count/number-context.ts';
import { findNumbers, readNumber } from '../../../../src/core/parse-count/numbers.ts';
import { unitTableFrom } from '../../../../src/core/parse-count/units.ts';
import { cldrSlip } from '../../../support/parse-count-locales.ts';

const holds = (count: { min: number; max: number } | null, truth: number) =>
  count !== null && count.min <= truth && truth <= count.max;

// Issue 19: a page without a language never becomes English for magnitude words.
describe('no language known: read right or refused, never off by 10³', () => {
  it.each([
    ['217 mil vídeos', 217_000], // pt/es mil = 10³ everywhere CLDR has it
    ['3,1 B video', 3100], // tr B = 10³, en B = 10⁹: refused
    ['1,2 Mio.', 1_200_000],
    ['12 тыс.', 12_000],
    ['2,4 B görüntüleme', 2400],
    ['1.1bn views', 1_100_000_000],
    ['2万', 20_000],
  ] as const)('%j (truth %i)', (text, truth) => {
    for (const lang of ['und', '', 'xx', 'zz-ZZ']) {
      const count = parseCount(text, lang);
      expect(count === null || holds(count, truth), `${text} in ${JSON.stringify(lang)}`).toBe(true);
    }
  });

  it('reads what every language agrees on, refuses what they dispute', () => {
    expect(parseCount('217 mil vídeos', 'und')).toMatchObject({ value: 217_000 });
    expect(parseCount('12 тыс.', 'und')).toMatchObject({ value: 12_000 });
    expect(parseCount('1,2 Mio.', 'und')).toMatchObject({ value: 1_200_000 });
    expect(parseCount('3,1 B video', 'und')).toBeNull();
    expect(parseCount('1.5M', 'und')).toBeNull(); // id M = 10⁹
  });

  it('plain numbers stay exact; a number two ways of writing read differently is refused', () => {
    expect(parseCount('3 posts', 'und')).toEqual({ value: 3, min: 3, max: 3 });
    expect(parseCount('12 345 followers', 'und')).toEqual({ value: 12_345, min: 12_345, max: 12_345 });
    expect(parseCount('1,234', 'und')).toMatchObject({ value: 1234 }); // de 1,234 is no whole count
    expect(parseCount('1.234K', 'und')).toBeNull(); // en 1 234, de 1 234 000
  });
});

// Every CLDR compact string × a missing language: refused or holding its truth.
const runs = process.env.LONG ? 20_000 : 600;
describe('fuzz: CLDR compact strings read without their language', () => {
  it('every value read holds its truth, else it is refused (the listed CLDR slips aside)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CLDR_LANGUAGES),
        fc.constantFrom('short', 'long') as fc.Arbitrary<'short' | 'long'>,
        fc.double({ min: 2, max: 11, noNaN: true }),
        fc.constantFrom('und', '', 'xx'),
        (locale, compactDisplay, power, lang) => {
          const truth = Math.round(10 ** power);
          const text = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay }).format(truth);
          if (cldrSlip(locale, text)) return; // CLDR's own data disagree (parse-count-locales.ts)
          const count = parseCount(text, lang);
          expect(count === null || holds(count, truth), `${locale} ${text} = ${truth}: ${JSON.stringify(count)}`).toBe(
            true,
          );
        },
      ),
      { numRuns: runs },
    );
  });
});

// Each new page language builds its facts from Intl (1–2 ms): fewer runs than without a language.
const wrongRuns = process.env.LONG ? 4_000 : 400;

/**
 * Whether the page's (wrong) language gives the text a reading of its own, which it decides by design: one of its
 * own unit words touches the number (tr "B" read as de-AT, where the fallback B is 10⁹), or it writes numbers with
 * another decimal mark (gl "90.100 millóns" read as en: 90.1 million).
 */
function pageLanguageDecides(text: string, source: string, page: string): boolean {
  const facts = localeFacts(page);
  const own = unitTableFrom(facts.units);
  if (localeFacts(source).separators.latin.decimal !== facts.separators.latin.decimal) return true;
  const normalised = normaliseText(text).text;
  const [number] = findNumbers(normalised, facts.separators.latin);
  if (!number) return false;
  const written = readNumber(number, facts.separators.latin);
  return written !== null && unitPower(normalised, written.start, written.end, own) !== 0;
}

// Every CLDR compact string × a wrong language: read right, refused, or read by the page language's own rules.
describe('fuzz: CLDR compact strings read in a wrong language', () => {
  it('a value outside its truth comes only from the page language deciding its own words or marks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CLDR_LANGUAGES),
        fc.constantFrom(...CLDR_LANGUAGES),
        fc.constantFrom('short', 'long') as fc.Arbitrary<'short' | 'long'>,
        fc.double({ min: 2, max: 11, noNaN: true }),
        (locale, page, compactDisplay, power) => {
          const truth = Math.round(10 ** power);
          const text = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay }).format(truth);
          if (cldrSlip(locale, text) || cldrSlip(page, text)) return;
          const count = parseCount(text, page);
          if (count === null || holds(count, truth)) return;
          expect(
            pageLanguageDecides(text, locale, page),
            `${locale} ${text} = ${truth} read in ${page}: ${count.value}`,
          ).toBe(true);
        },
      ),
      { numRuns: wrongRuns },
    );
  }, 300_000);
});

describe('the magnitude words given as data', () => {
  it("are what this Node's ICU says (rerun scripts/gen-magnitude-words.ts when it changes)", () => {
    const rows = (table: ReturnType<typeof buildAnyLanguageTable>) =>
      [...table.suffix.values(), ...table.prefix.values()]
        .flat()
        .map((e) => `${e.token} ${e.exponent}`)
        .sort();
    const built = buildAnyLanguageTable();
    useMagnitudeWords(MAGNITUDE_WORDS);
    expect(rows(anyLanguageUnits())).toEqual(rows(built));
  });
});
