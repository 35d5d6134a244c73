import type { UnitWord } from './cldr-units.ts';

/**
 * Units the platforms print that CLDR (ICU 78 / CLDR 48) does not have, or has with another power.
 * Keyed by locale key (language, or language-region); applied on top of the CLDR table, and they win.
 * Source: EXTRACTION.md §6.1 (YouTube output in 83 languages, rustypipe samples) unless marked [M].
 */
export const PLATFORM_UNITS: Readonly<Record<string, readonly UnitWord[]>> = {
  // YouTube ca: "2,4m" = 2 400 and "11mM" = 1.1·10¹⁰, where CLDR ca has k / kM.
  ca: [
    { token: 'm', exponent: 3, position: 'suffix' },
    { token: 'mM', exponent: 9, position: 'suffix' },
  ],
  // YouTube bn: "11শত কোটি" = 1.1·10¹⁰ (a hundred crore); CLDR long stops at কোটি.
  bn: [{ token: 'শত কোটি', exponent: 9, position: 'suffix' }],
  // YouTube as: "135 নিঃটা" = 1.35·10⁸; CLDR as maps নিঃ to 10⁸ via a 10⁸ pattern that reads as 10⁶ + 2 digits.
  as: [{ token: 'নিঃ', exponent: 6, position: 'suffix' }],
  // YouTube lo prints "ກີບ" (kip, the currency) for thousands: a translation bug seen in rustypipe samples.
  lo: [{ token: 'ກີບ', exponent: 3, position: 'suffix' }],
  // YouTube my: "ကုဋေ1.1ထ" = 1.1·10¹⁰ (crore-prefix × thousand-suffix); "ထ" alone also means thousand.
  my: [
    { token: 'ထ', exponent: 3, position: 'suffix' },
    { token: 'ကုဋေ', exponent: 7, position: 'prefix' },
  ],
  // YouTube mr: "2.4 ह" = 2 400; CLDR mr writes हजार.
  mr: [{ token: 'ह', exponent: 3, position: 'suffix' }],
  // YouTube en-GB (2026) and NewPipe mocks: "1.1bn"; harmless for other English variants.
  en: [{ token: 'bn', exponent: 9, position: 'suffix' }],
  te: [
    { token: 'లక్ష', exponent: 5, position: 'suffix' },
    { token: 'లక్షలు', exponent: 5, position: 'suffix' },
    { token: 'కోట్లు', exponent: 7, position: 'suffix' },
  ],
  // YouTube bs "1,1 mlr." and it "1,1 Mrd" for 10⁹, where CLDR writes mlrd. / Mld.
  bs: [{ token: 'mlr.', exponent: 9, position: 'suffix' }],
  it: [{ token: 'Mrd', exponent: 9, position: 'suffix' }],
  // YouTube kn/ml/ta/te count in lakh (10⁵) and crore (10⁷); CLDR for these languages has only 10³ steps.
  kn: [
    { token: 'ಲಕ್ಷ', exponent: 5, position: 'suffix' },
    { token: 'ಕೋಟಿ', exponent: 7, position: 'suffix' },
  ],
  ml: [
    { token: 'ലക്ഷം', exponent: 5, position: 'suffix' },
    { token: 'കോടി', exponent: 7, position: 'suffix' },
  ],
  ta: [
    { token: 'லட்சம்', exponent: 5, position: 'suffix' },
    { token: 'கோடி', exponent: 7, position: 'suffix' },
  ],
  // [M] German social sites (Instagram, Facebook) abbreviate thousands "Tsd."; CLDR de has none.
  de: [{ token: 'Tsd.', exponent: 3, position: 'suffix' }],
};

/**
 * Latin letters that mean the same in every language we know, added only where the language does not use
 * the letter itself (tr B = thousand, id M = billion keep their meaning). YouTube es-ES "6,8 K", zh-HK "2.4K".
 */
export const FALLBACK_UNITS: readonly UnitWord[] = [
  { token: 'K', exponent: 3, position: 'suffix' },
  { token: 'M', exponent: 6, position: 'suffix' },
  { token: 'B', exponent: 9, position: 'suffix' },
];
