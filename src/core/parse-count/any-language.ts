import { cldrLanguages } from './cldr-languages.ts';
import { cldrUnitWords, type UnitWord } from './cldr-units.ts';
import { normaliseToken } from './normalise.ts';
import { PLATFORM_UNITS } from './platform-units.ts';
import { index, type UnitTable } from './units.ts';

// Magnitude words of every language at once, for a page whose language is unknown: a word every language that
// knows it reads as the same power keeps that power; a word languages disagree on (tr "B" = 10³, en "B" = 10⁹)
// gets NaN, so the count is refused instead of guessed.

/** A power no language agrees on. */
export const DISPUTED = Number.NaN;

let table: UnitTable | null = null;

/**
 * The table given as data (the worker and the CLI: magnitude-words.data.ts), else built from Intl on first use
 * (about 0.35 s in Node on a busy 2-core VM; a content script needs it only on a page without a language).
 */
export function anyLanguageUnits(): UnitTable {
  table ??= buildAnyLanguageTable();
  return table;
}

/** Whether the table came as data: only then does a page in a known language pay for checking foreign words. */
export function hasMagnitudeWordData(): boolean {
  return fromData;
}

let fromData = false;

/** Takes the table as data (magnitude-words.data.ts), so no page or worker ever builds it from Intl. */
export function useMagnitudeWords(data: string): void {
  const words: UnitWord[] = [];
  for (const row of data.split('\n')) {
    const [position, token, power] = row.split('\t');
    if (!token || !power) continue;
    const exponent = power === 'x' ? DISPUTED : Number(power);
    words.push({ token, exponent, position: position === 'p' ? 'prefix' : position === 'a' ? 'alone' : 'suffix' });
  }
  table = tableOf(words);
  fromData = true;
}

/** From Intl (about 0.35 s); scripts/gen-magnitude-words.ts stores its result as data for the worker. */
export function buildAnyLanguageTable(): UnitTable {
  const exact = new Map<string, Set<number>>();
  const dotless = new Map<string, Set<number>>();
  const add = (into: Map<string, Set<number>>, word: UnitWord, token: string) => {
    const key = `${word.position}\u0000${token}`;
    into.set(key, (into.get(key) ?? new Set()).add(word.exponent));
  };
  const words = [
    ...cldrLanguages().flatMap((locale) => cldrUnitWords(locale)),
    ...Object.values(PLATFORM_UNITS).flat(),
  ];
  for (const word of words) {
    const token = normaliseToken(word.token);
    if (!token) continue;
    add(exact, word, token);
    // "Mio." is also typed "Mio"; a spelling some language writes exactly keeps only that language's meaning.
    const bare = token.replace(/\.$/, '');
    if (bare && bare !== token) add(dotless, word, bare);
  }
  for (const [key, powers] of dotless) if (!exact.has(key)) exact.set(key, powers);
  const agreed: UnitWord[] = [];
  for (const [key, powers] of exact) {
    const [position, token = ''] = key.split('\u0000');
    const exponent = powers.size === 1 ? ([...powers][0] ?? DISPUTED) : DISPUTED;
    agreed.push({ token, exponent, position: position as UnitWord['position'] });
  }
  return tableOf(agreed);
}

function tableOf(words: UnitWord[]): UnitTable {
  return {
    suffix: index(words, 'suffix'),
    prefix: index(words, 'prefix'),
    alone: words.filter((w) => w.position === 'alone').sort((a, b) => b.token.length - a.token.length),
  };
}
