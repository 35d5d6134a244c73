// What parsing needs to know about one language, learnt from Intl. Plain data, so the background (where Intl is
// warm) can hand it to a content script: the first Intl call in a page starts ICU on the page's main thread, which
// costs more than the whole read.
import { cldrUnitWords, type UnitWord } from './cldr-units.ts';
import { resolveLocale } from './language.ts';
import { languageScripts } from './scripts.ts';
import { type LocaleSeparators, localeSeparators } from './separators.ts';
import { buildUnitTable, type UnitEntry, type UnitTableData, unitTableData } from './units.ts';

export interface LocaleFacts {
  /** The tag as the page wrote it ("pt_BR", "es-ES"). */
  tag: string;
  /** What it resolves to among the locales Intl supports. */
  locale: string;
  separators: LocaleSeparators;
  /**
   * The parser's unit table for the locale, built here: CLDR's compact units, the platforms' own and the fallbacks,
   * normalised and indexed (buildUnitTable). Taken in as data, a fresh page is spared building it, an order of
   * magnitude more work on its main thread.
   */
  units: UnitTableData;
  /** Non-Latin scripts the language writes numbers words in. */
  scripts: string[];
}

// Learnt once per tag in the background (every page load of a site asks for the same one or two).
const learnt = new Map<string, LocaleFacts>();

/** The facts for a page's language tag; the result is shared: treat it as read-only. */
export function localeFacts(tag: string): LocaleFacts {
  const known = learnt.get(tag);
  if (known) return known;
  const locale = resolveLocale(tag);
  const facts = {
    tag,
    locale,
    separators: localeSeparators(locale),
    units: unitTableData(buildUnitTable(locale, cldrUnitWords(locale))),
    scripts: [...languageScripts(locale)],
  };
  if (learnt.size >= 32) learnt.clear();
  learnt.set(tag, facts);
  return facts;
}

// Bounds for facts that arrive in a message: generous for any CLDR locale (the largest has ~90 unit words, and the
// table adds the platforms' own, the fallbacks and dotless twins).
const MAX_TAG = 64;
const MAX_TOKEN = 40;
const MAX_UNITS = 400;
const MAX_SCRIPTS = 32;
const POSITIONS = new Set(['prefix', 'suffix', 'alone']);

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

function isSeparators(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { group, decimal } = value as Record<string, unknown>;
  return isText(group, 4) && isText(decimal, 4) && decimal !== '';
}

const isToken = (value: unknown): value is string => isText(value, MAX_TOKEN) && value !== '';
const isExponent = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 20;

function isUnitWord(value: unknown): value is UnitWord {
  if (typeof value !== 'object' || value === null) return false;
  const { token, exponent, position } = value as Record<string, unknown>;
  return isToken(token) && isExponent(exponent) && typeof position === 'string' && POSITIONS.has(position);
}

function isUnitEntry(value: unknown): value is UnitEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { token, lower, exponent, caseless } = value as Record<string, unknown>;
  return isToken(token) && isToken(lower) && isExponent(exponent) && typeof caseless === 'boolean';
}

/** One side of the table: [the character that touches the number, its entries] pairs, at most MAX_UNITS entries. */
function isUnitIndex(value: unknown): boolean {
  if (!Array.isArray(value) || value.length > MAX_UNITS) return false;
  let entries = 0;
  for (const pair of value) {
    if (!Array.isArray(pair) || pair.length !== 2 || !isText(pair[0], 2) || !Array.isArray(pair[1])) return false;
    entries += pair[1].length;
    if (entries > MAX_UNITS || !pair[1].every(isUnitEntry)) return false;
  }
  return true;
}

function isUnitTableData(value: unknown): value is UnitTableData {
  if (typeof value !== 'object' || value === null) return false;
  const { suffix, prefix, alone } = value as Record<string, unknown>;
  return (
    isUnitIndex(suffix) &&
    isUnitIndex(prefix) &&
    Array.isArray(alone) &&
    alone.length <= MAX_UNITS &&
    alone.every(isUnitWord)
  );
}

/** Checks facts received in a message by hand (the content script carries no zod); bounded in every field. */
export function isLocaleFacts(value: unknown): value is LocaleFacts {
  if (typeof value !== 'object' || value === null) return false;
  const { tag, locale, separators, units, scripts } = value as Record<string, unknown>;
  if (!isText(tag, MAX_TAG) || !isText(locale, MAX_TAG) || locale === '') return false;
  if (typeof separators !== 'object' || separators === null) return false;
  const { latin, native } = separators as Record<string, unknown>;
  if (!isSeparators(latin) || !isSeparators(native)) return false;
  if (!isUnitTableData(units)) return false;
  return Array.isArray(scripts) && scripts.length <= MAX_SCRIPTS && scripts.every((s) => isText(s, MAX_TAG));
}
