// A number followed by a word in a script the page's language does not use is probably another language's
// unit ("341 тыс." read with "en"): we cannot know its magnitude, so the count is refused, never guessed.

import { lazyPattern } from '../lazy-pattern.ts';
import { isLetter } from './char-class.ts';

const SCRIPTS = [
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Thai',
  'Lao',
  'Khmer',
  'Myanmar',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Georgian',
  'Armenian',
  'Ethiopic',
] as const;
// Chinese, Japanese and Korean pages mix these freely (万, 回視聴, 천회), so they count as one script here.
const EAST_ASIAN = lazyPattern(() => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u);
let patterns: Array<readonly [string, RegExp]> | null = null;

/** The non-Latin script of a letter, or null for Latin, digits, punctuation and marks. */
export function scriptOf(char: string): string | null {
  // Latin, IPA and combining marks come before Greek (U+0370): no need to compile 22 Unicode-script patterns.
  if ((char.codePointAt(0) ?? 0) < 0x370) return null;
  if (EAST_ASIAN().test(char)) return 'EastAsian';
  patterns ??= SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);
  for (const [name, pattern] of patterns) if (pattern.test(char)) return name;
  return null;
}

/** The non-Latin scripts a language writes its number words in, learnt from Intl's long compact forms. */
export function languageScripts(locale: string): Set<string> {
  const found = new Set<string>();
  try {
    const long = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long' });
    const sample = [1e3, 1e4, 1e6, 1e9].map((n) => long.format(n)).join(' ');
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? '';
    for (const char of sample + name) {
      const script = scriptOf(char);
      if (script) found.add(script);
    }
  } catch {
    // An unknown locale: no scripts, so only Latin words pass, which is the cautious answer.
  }
  return found;
}

/** Whether the first letter after `end` (spaces skipped) is of a script foreign to the language. */
export function foreignWordAfter(text: string, end: number, scripts: Set<string>): boolean {
  const rest = text.slice(end).trimStart();
  // Only a letter in the first three UTF-16 units counts (one astral letter takes two).
  for (let i = 0; i <= 2 && i < rest.length; i++) {
    const char = String.fromCodePoint(rest.codePointAt(i) ?? 0);
    if (!isLetter(char)) continue;
    const script = scriptOf(char);
    return script !== null && !scripts.has(script);
  }
  return false;
}
