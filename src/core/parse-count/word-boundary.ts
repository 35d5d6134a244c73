// Scripts written with spaces between words: a unit or word in them must not be part of a longer word.
// Han, kana, Hangul, Thai, Lao, Khmer, Myanmar and the Brahmic scripts attach counters and suffixes
// directly ("2.2万次", "2.4천회", "2.4 হাটি"), so there a unit may touch the next letter.

import { lazyPattern } from '../lazy-pattern.ts';

const SPACED_SCRIPT = lazyPattern(
  () =>
    /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Ethiopic}]/u,
);

/** Script=Latin up to U+024F: A–Z, a–z, ª, º, À–ɏ except × and ÷ (everything else there is Common). */
function latinBelow250(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    c === 0xaa ||
    c === 0xba ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)
  );
}

export function needsWordBoundary(char: string): boolean {
  const c = char.charCodeAt(0);
  // Compiling the script-set pattern costs 1–3 ms in a fresh page; Latin text never needs it.
  return c < 0x250 ? latinBelow250(c) : SPACED_SCRIPT().test(char);
}
