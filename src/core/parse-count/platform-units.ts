import type { UnitWord } from './cldr-units.ts';

const suffix = (token: string, exponent: number): UnitWord => ({ token, exponent, position: 'suffix' });
const prefix = (token: string, exponent: number): UnitWord => ({ token, exponent, position: 'prefix' });

/**
 * Units the platforms print that CLDR does not have, or has with another power, keyed by locale key
 * (language, language-region); applied on top of the CLDR table, and they win. Some are in CLDR 48
 * (Node 20's ICU 78) already but are listed anyway: the browser's ICU may be older.
 * Source: EXTRACTION.md §6.1 (YouTube output in 83 languages, rustypipe samples) unless marked [M].
 */
export const PLATFORM_UNITS: Readonly<Record<string, readonly UnitWord[]>> = {
  // YouTube en-GB 2026: "24.6m subscribers", "459k views", "1.1bn views" (CLDR before ~42 had K/M/B).
  'en-GB': [suffix('k', 3), suffix('m', 6), suffix('bn', 9)],
  // YouTube es: "6,8 K vídeos" (es-ES capture, 2024-01), "11 mil M" = 1.1·10¹⁰.
  es: [suffix('K', 3), suffix('mil', 3), suffix('M', 6), suffix('mil M', 9)],
  'fr-CA': [suffix('G', 9)],
  id: [suffix('rb', 3), suffix('jt', 6), suffix('M', 9)],
  ms: [suffix('K', 3), suffix('J', 6), suffix('B', 9)],
  'pt-PT': [suffix('mil', 3), suffix('M', 6), suffix('mM', 9)],
  // YouTube kk "103 м." = 103 000 (a short form of мың, thousand).
  kk: [suffix('мың', 3), suffix('м.', 3)],
  mk: [suffix('М', 6)],
  tr: [suffix('B', 3), suffix('Mn', 6), suffix('Mr', 9)],
  // YouTube si writes the unit before the number: "බැලීම් ද2.4" = 2 400.
  si: [prefix('ද', 3), prefix('මි', 6), prefix('බි', 9)],
  // YouTube sw: "elfu 2.4" (prefix) but "1.4M", "1.1B" (suffix).
  sw: [prefix('elfu', 3), suffix('M', 6), suffix('B', 9)],
  'zh-HK': [suffix('K', 3), suffix('M', 6), suffix('B', 9)],
  // YouTube ca: "2,4m" = 2 400 and "11mM" = 1.1·10¹⁰, where CLDR ca has k / kM.
  ca: [suffix('m', 3), suffix('mM', 9)],
  // YouTube bn: "11শত কোটি" = 1.1·10¹⁰ (a hundred crore); CLDR long stops at কোটি.
  bn: [suffix('শত কোটি', 9)],
  // YouTube as: "135 নিঃটা" = 1.35·10⁸; CLDR as maps নিঃ to 10⁸ via a 10⁸ pattern that reads as 10⁶ + 2 digits.
  as: [suffix('নিঃ', 6)],
  // YouTube lo prints "ກີບ" (kip, the currency) for thousands: a translation bug seen in rustypipe samples.
  lo: [suffix('ກີບ', 3)],
  // YouTube my: "ကုဋေ1.1ထ" = 1.1·10¹⁰ (crore-prefix × thousand-suffix); "ထ" alone also means thousand.
  my: [suffix('ထ', 3), prefix('ကုဋေ', 7)],
  // YouTube mr: "2.4 ह" = 2 400; CLDR mr writes हजार.
  mr: [suffix('ह', 3)],
  // "1.1bn" (en-GB style) read in any English variant: no other English meaning.
  en: [suffix('bn', 9)],
  // YouTube bs "1,1 mlr." and it "1,1 Mrd" for 10⁹, where CLDR writes mlrd. / Mld.
  bs: [suffix('mlr.', 9)],
  it: [suffix('Mrd', 9)],
  // YouTube kn/ml/ta/te count in lakh (10⁵) and crore (10⁷); CLDR for these languages has only 10³ steps.
  kn: [suffix('ಲಕ್ಷ', 5), suffix('ಕೋಟಿ', 7)],
  ml: [suffix('ലക്ഷം', 5), suffix('കോടി', 7)],
  ta: [suffix('லட்சம்', 5), suffix('கோடி', 7)],
  te: [suffix('లక్ష', 5), suffix('లక్షలు', 5), suffix('కోట్లు', 7)],
  // [M] German social sites (Instagram, Facebook) abbreviate thousands "Tsd."; CLDR de has none.
  de: [suffix('Tsd.', 3)],
};

/**
 * Latin letters that mean the same in every language we know, added only where the language does not use
 * the letter itself (tr B = thousand, id M = billion keep their meaning). YouTube es-ES "6,8 K", zh-HK "2.4K".
 */
export const FALLBACK_UNITS: readonly UnitWord[] = [suffix('K', 3), suffix('M', 6), suffix('B', 9)];
