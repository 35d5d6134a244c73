// Unicode character classes with an exact Latin-1 fast path. A Unicode-property regex is compiled on its first
// use in each page, on the page's main thread — more than a warm read costs — while almost every character the readers test on the five sites is below U+0100.

import { lazyPattern } from '../lazy-pattern.ts';

const LETTER = lazyPattern(() => /\p{L}/u);
const LETTER_OR_NUMBER = lazyPattern(() => /[\p{L}\p{N}]/u);
const LETTER_NUMBER_OR_MARK = lazyPattern(() => /[\p{L}\p{N}\p{M}]/u);
const MARK = lazyPattern(() => /\p{M}/u);

/** \p{L} below U+0100: A–Z, a–z, ª, µ, º, À–ÿ except × and ÷. */
export function latin1Letter(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    c === 0xaa ||
    c === 0xb5 ||
    c === 0xba ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)
  );
}

/** \p{N} below U+0100: 0–9, ², ³, ¹, ¼–¾. */
function latin1Number(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe);
}

/** Whether the first UTF-16 unit of `char` is below U+0100 (an empty string counts: it is no letter). */
const latin1 = (char: string) => !(char.charCodeAt(0) >= 0x100);

export function isLetter(char: string): boolean {
  return latin1(char) ? latin1Letter(char.charCodeAt(0)) : LETTER().test(char);
}

const latin1LetterOrNumber = (c: number) => latin1Letter(c) || latin1Number(c);

export function isLetterOrNumber(char: string): boolean {
  return latin1(char) ? latin1LetterOrNumber(char.charCodeAt(0)) : LETTER_OR_NUMBER().test(char);
}

/** Marks start at U+0300, so nothing below it needs the regex. */
export function isMark(char: string): boolean {
  return char.charCodeAt(0) >= 0x300 && MARK().test(char);
}

export function isLetterNumberOrMark(char: string): boolean {
  return latin1(char) ? latin1LetterOrNumber(char.charCodeAt(0)) : LETTER_NUMBER_OR_MARK().test(char);
}
