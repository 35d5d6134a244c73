import { isLetterOrNumber, isMark } from './char-class.ts';
import type { UnitWord } from './cldr-units.ts';
import { localeKeys } from './language.ts';
import { normaliseToken } from './normalise.ts';
import { FALLBACK_UNITS, PLATFORM_UNITS } from './platform-units.ts';
import { needsWordBoundary } from './word-boundary.ts';

export interface UnitEntry {
  token: string;
  lower: string;
  exponent: number;
  /** The lower-case form means only this power in this language, so "1.2k" may read as "1.2K". */
  caseless: boolean;
}

/** A language's units, indexed by the lower-cased character that touches the number. */
export interface UnitTable {
  suffix: Map<string, UnitEntry[]>;
  prefix: Map<string, UnitEntry[]>;
  alone: UnitWord[];
}

/** A UnitTable as plain data, so the background can build it and hand it over (Maps become entry lists). */
export interface UnitTableData {
  suffix: Array<[string, UnitEntry[]]>;
  prefix: Array<[string, UnitEntry[]]>;
  alone: UnitWord[];
}

export function unitTableData(table: UnitTable): UnitTableData {
  return { suffix: [...table.suffix], prefix: [...table.prefix], alone: table.alone };
}

export function unitTableFrom(data: UnitTableData): UnitTable {
  return { suffix: new Map(data.suffix), prefix: new Map(data.prefix), alone: data.alone };
}

/** CLDR's words for the locale (cldr-units.ts) plus the platforms' own and the fallbacks. */
export function buildUnitTable(locale: string, cldrWords: readonly UnitWord[]): UnitTable {
  const words = new Map<string, UnitWord>();
  const add = (word: UnitWord) => {
    const token = normaliseToken(word.token);
    if (token) words.set(`${word.position}\u0000${token}`, { ...word, token });
  };
  for (const word of cldrWords) add(word);
  for (const key of localeKeys(locale)) for (const word of PLATFORM_UNITS[key] ?? []) add(word);
  // "Mio." is also typed "Mio": a dotless twin, unless the language gives that spelling its own meaning.
  for (const word of [...words.values()]) {
    const dotless = word.token.replace(/\.$/, '');
    if (dotless !== word.token && dotless && !words.has(`${word.position}\u0000${dotless}`))
      add({ ...word, token: dotless });
  }
  const lowerCased = new Set([...words.values()].map((w) => w.token.toLowerCase()));
  for (const word of FALLBACK_UNITS) if (!lowerCased.has(word.token.toLowerCase())) add(word);
  const all = [...words.values()];
  return {
    suffix: index(all, 'suffix'),
    prefix: index(all, 'prefix'),
    alone: all.filter((w) => w.position === 'alone').sort((a, b) => b.token.length - a.token.length),
  };
}

/** Units of one position by the character that touches the number, longest first. */
export function index(words: UnitWord[], position: UnitWord['position']): Map<string, UnitEntry[]> {
  const mine = words.filter((w) => w.position === position);
  const powersByLower = new Map<string, Set<number>>();
  for (const w of words) {
    const lower = w.token.toLowerCase();
    powersByLower.set(lower, (powersByLower.get(lower) ?? new Set()).add(w.exponent));
  }
  const byEdge = new Map<string, UnitEntry[]>();
  for (const w of mine) {
    const lower = w.token.toLowerCase();
    // A disputed power (NaN, any-language.ts) never reads case-blind.
    const caseless = powersByLower.get(lower)?.size === 1 && !Number.isNaN(w.exponent);
    const entry = { token: w.token, lower, exponent: w.exponent, caseless };
    const edge = position === 'suffix' ? lower.charAt(0) : lower.charAt(lower.length - 1);
    byEdge.set(edge, [...(byEdge.get(edge) ?? []), entry]);
  }
  for (const entries of byEdge.values()) entries.sort((a, b) => b.token.length - a.token.length);
  return byEdge;
}

export interface UnitMatch {
  exponent: number;
  /** Where the matched unit ends (suffix) or starts (prefix) in the text. */
  edge: number;
}

/** The longest unit that starts at `from` (after optional spaces) and ends where a word may end. */
export function matchSuffixUnit(text: string, from: number, table: UnitTable): UnitMatch | null {
  const at = text.charAt(from) === ' ' ? from + 1 : from;
  for (const entry of table.suffix.get(text.charAt(at).toLowerCase()) ?? []) {
    const end = at + entry.token.length;
    if (!sameToken(text.slice(at, end), entry)) continue;
    if (endsWord(text, end, entry.token)) return { exponent: entry.exponent, edge: end };
  }
  return null;
}

/** The longest unit that ends at `to` (before optional spaces) and starts where a word may start. */
export function matchPrefixUnit(text: string, to: number, table: UnitTable): UnitMatch | null {
  const at = text.charAt(to - 1) === ' ' ? to - 1 : to;
  for (const entry of table.prefix.get(text.charAt(at - 1).toLowerCase()) ?? []) {
    const start = at - entry.token.length;
    if (start < 0 || !sameToken(text.slice(start, at), entry)) continue;
    if (startsWord(text, start, entry.token)) return { exponent: entry.exponent, edge: start };
  }
  return null;
}

/** The power of a unit word that stands alone as a whole word (fr "mille vues" = 1000), or null. */
export function matchStandaloneUnit(text: string, table: UnitTable): number | null {
  const lower = text.toLowerCase();
  for (const word of table.alone) {
    const at = lower.indexOf(word.token.toLowerCase());
    if (at !== -1 && startsWord(text, at, word.token) && endsWord(text, at + word.token.length, word.token)) {
      return word.exponent;
    }
  }
  return null;
}

function sameToken(candidate: string, entry: UnitEntry): boolean {
  return candidate === entry.token || (entry.caseless && candidate.toLowerCase() === entry.lower);
}

/** "ह" must not match inside "हज़ार…", "B" not inside "Bookmarks"; "万" may touch "次", "천" may touch "회". */
function endsWord(text: string, end: number, token: string): boolean {
  const next = text.charAt(end);
  if (!next) return true;
  if (isMark(next)) return false;
  return !(needsWordBoundary(token.charAt(token.length - 1)) && isLetterOrNumber(next));
}

function startsWord(text: string, start: number, token: string): boolean {
  const before = text.charAt(start - 1);
  if (!before) return true;
  return !(needsWordBoundary(token.charAt(0)) && isLetterOrNumber(before));
}
