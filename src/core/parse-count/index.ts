import { type Count, exactCount } from '../count.ts';
import { anyLanguageUnits, hasMagnitudeWordData } from './any-language.ts';
import { resolveLocale, UNKNOWN_LOCALE } from './language.ts';
import { type LocaleFacts, localeFacts } from './locale-facts.ts';
import { normaliseText } from './normalise.ts';
import { isSigned, unitPower } from './number-context.ts';
import { findNumbers, readNumber } from './numbers.ts';
import { type CompactRule, countFromShown } from './precision.ts';
import { DISPUTED_WORD, FOREIGN_WORD } from './reasons.ts';
import { foreignWordAfter } from './scripts.ts';
import type { LocaleSeparators } from './separators.ts';
import { matchStandaloneUnit, type UnitTable, unitTableFrom } from './units.ts';
import { readInAnyLanguage } from './unknown-language.ts';
import { countFromWords } from './words.ts';

export interface ParseCountOptions {
  /** The site truncates instead of rounding (YouTube "1,7 M" for 1 783 335): max covers a whole last unit. */
  truncated?: boolean;
  /** How the site makes compact figures (precision.ts); overrides `truncated`. Default: rounded, CLDR's way. */
  rule?: CompactRule;
}

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
  return explainCount(text, lang, options).count;
}

/** A count read, and how far to trust it: `note` when a unit word came from another language, `refused` why not. */
export interface ExplainedCount {
  count: Count | null;
  /** The count rests on a magnitude word the page's language does not have (all languages that do agree). */
  note?: string;
  /** Why text that holds a number gives no count: a unit word of disputed size, or a number of two readings. */
  refused?: string;
}

/** parseCount, with its reasons (issue 19): what a guess rests on, and why a number was refused. */
export function explainCount(text: string, lang: string, options: ParseCountOptions = {}): ExplainedCount {
  reasons.note = undefined;
  reasons.refused = undefined;
  let count: Count | null = null;
  try {
    count = readCount(text, lang, options.rule ?? (options.truncated === true ? 'truncated' : 'rounded'));
  } catch {
    count = null;
  }
  return count
    ? { count, ...(reasons.note ? { note: reasons.note } : {}) }
    : { count: null, ...(reasons.refused ? { refused: reasons.refused } : {}) };
}

function readCount(raw: string, lang: string, rule: CompactRule): Count | null {
  if (typeof raw !== 'string') return null;
  const locale = resolveLocale(lang);
  const { text, nativeDigits } = normaliseText(raw);
  if (locale === UNKNOWN_LOCALE) return readInAnyLanguage(text, rule, reasons);
  const language = languageData(locale);
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
  let exponent = unitPower(text, written.start, written.end, language.units);
  // No unit of this language, yet another language's magnitude word touches the number ("217 mil" on an English
  // page): its power where all languages that know it agree, a refusal where they do not (any-language.ts).
  if (exponent === 0 && hasMagnitudeWordData()) {
    exponent = unitPower(text, written.start, written.end, anyLanguageUnits());
    if (exponent !== 0 && !Number.isNaN(exponent)) reasons.note = FOREIGN_WORD;
  }
  if (Number.isNaN(exponent)) {
    reasons.refused = DISPUTED_WORD;
    return null;
  }
  // No unit of this language, yet a word of another script follows: likely a unit we cannot size.
  if (exponent === 0 && foreignWordAfter(text, written.end, language.scripts)) return null;
  return countFromShown(written.digits, written.decimals, exponent, rule);
}

/** What the last read rests on (explainCount resets it; the parser is synchronous, so reads never interleave). */
const reasons: { note?: string; refused?: string } = {};

interface LanguageData {
  /** Language subtag for the word lists ("pt" for pt-PT). */
  code: string;
  separators: LocaleSeparators;
  units: UnitTable;
  scripts: Set<string>;
}

// Built on first use, per language, from Intl.
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
