// Scripts written with spaces between words: a unit or word in them must not be part of a longer word.
// Han, kana, Hangul, Thai, Lao, Khmer, Myanmar and the Brahmic scripts attach counters and suffixes
// directly ("2.2万次", "2.4천회", "2.4 হাটি"), so there a unit may touch the next letter.

import { lazyPattern } from '../lazy-pattern.ts';
import { latin1Letter } from './char-class.ts';

const SPACED_SCRIPT = lazyPattern(
  () =>
    /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Ethiopic}]/u,
);

export function needsWordBoundary(char: string): boolean {
  const c = char.charCodeAt(0);
  // Compiling the script-set pattern costs a fresh page more than the check it serves; Latin text never needs it.
  // Below U+0250 the letters are Latin (µ, U+00B5, is Common) and nothing else is in a spaced script.
  if (c < 0x100) return latin1Letter(c) && c !== 0xb5;
  return c < 0x250 || SPACED_SCRIPT().test(char);
}
