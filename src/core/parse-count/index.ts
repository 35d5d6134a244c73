import { type Count, exactCount } from '../count.ts';
import { rememberLocale, resolveLocale } from './language.ts';
import { type LocaleFacts, localeFacts } from './locale-facts.ts';
import { normaliseText } from './normalise.ts';
import { findNumbers, readNumber } from './numbers.ts';
import { type CompactRule, countFromShown } from './precision.ts';
import { foreignWordAfter } from './scripts.ts';
import type { LocaleSeparators } from './separators.ts';
import { matchPrefixUnit, matchStandaloneUnit, matchSuffixUnit, type UnitTable, unitTableFrom } from './units.ts';
import { countFromWords } from './words.ts';

export interface ParseCountOptions {
  /** The site truncates instead of rounding (YouTube "1,7 M" for 1 783 335): max covers a whole last unit. */
  truncated?: boolean;
  /** How the site makes compact figures (precision.ts); overrides `truncated`. Default: rounded, CLDR's way. */
  rule?: CompactRule;
}

/** A chain of at most two units on each side: en-IN "1.1K crore", es "11 mil M", my "ကုဋေ1.1ထ". */
const MAX_UNITS_PER_SIDE = 2;

/**
 * Text as a site shows it + the page's UI language → Count, or null when the text holds no count.
 * - Digits of any script; group/decimal marks as the language writes them (de "1.234" = 1234).
 * - Compact units from CLDR for that language plus the platforms' own (platform-units.ts), next to the
 *   number only; words around the number are ignored ("조회수 2.4천회", "Sett 2,4k ganger").
 * - Exact digits → min = max; a compact value → its rounding interval, or with `truncated` the interval
 *   a truncating site implies (see precision.ts).
 * - Null for: no digits and no "no/one" word ("views"); two or more numbers ("1 of 3": which one is
 *   the count is not ours to guess); a signed number ("-5"); a fraction without a unit (en "1.234",
 *   de "1,5"); separators that fit no reading. Never throws.
 */
export function parseCount(text: string, lang: string, options: ParseCountOptions = {}): Count | null {
  try {
    return readCount(text, lang, options.rule ?? (options.truncated === true ? 'truncated' : 'rounded'));
  } catch {
    return null;
  }
}

function readCount(raw: string, lang: string, rule: CompactRule): Count | null {
  if (typeof raw !== 'string') return null;
  const language = languageData(resolveLocale(lang));
  const { text, nativeDigits } = normaliseText(raw);
  const separators = nativeDigits ? language.separators.native : language.separators.latin;
  const numbers = findNumbers(text, separators);
  const [only] = numbers;
  if (!only) {
    const fromWords = countFromWords(text, language.code);
    if (fromWords !== null) return exactCount(fromWords);
    const alone = matchStandaloneUnit(text, language.units);
    return alone === null ? null : countFromShown('1', 0, alone, rule);
  }
  if (numbers.length > 1 || isSigned(text, only.start)) return null;
  const written = readNumber(only, separators);
  if (!written) return null;
  const exponent = unitPower(text, written.start, written.end, language.units);
  // No unit of this language, yet a word of another script follows: likely a unit we cannot size.
  if (exponent === 0 && foreignWordAfter(text, written.end, language.scripts)) return null;
  return countFromShown(written.digits, written.decimals, exponent, rule);
}

/** "-5", "−1.2K": a difference, not a count (a hyphen after a word, "views-5", is not a sign). */
function isSigned(text: string, start: number): boolean {
  const before = text.charAt(start - 1);
  return (before === '-' || before === '\u2212') && (start === 1 || text.charAt(start - 2) === ' ');
}

function unitPower(text: string, start: number, end: number, units: UnitTable): number {
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

interface LanguageData {
  /** Language subtag for the word lists ("pt" for pt-PT). */
  code: string;
  separators: LocaleSeparators;
  units: UnitTable;
  scripts: Set<string>;
}

// Built on first use, for the page's language only, from Intl, unless the background already handed the facts over.
const languages = new Map<string, LanguageData>();

function languageData(locale: string): LanguageData {
  return languages.get(locale) ?? remember(localeFacts(locale));
}

function remember(facts: LocaleFacts): LanguageData {
  const data = {
    code: facts.locale.split('-')[0] ?? facts.locale,
    separators: facts.separators,
    units: unitTableFrom(facts.units),
    scripts: new Set(facts.scripts),
  };
  // Bounded: Intl accepts any region ("en-XX"), and a caller looping over odd tags must not leak memory.
  if (languages.size >= 16) languages.clear();
  languages.set(facts.locale, data);
  return data;
}

/** Uses facts learnt elsewhere (the background) for `facts.tag`, so parsing that language never touches Intl. */
export function primeLanguage(facts: LocaleFacts): void {
  rememberLocale(facts.tag, facts.locale);
  remember(facts);
}
