// Scripts written with spaces between words: a unit or word in them must not be part of a longer word.
// Han, kana, Hangul, Thai, Lao, Khmer, Myanmar and the Brahmic scripts attach counters and suffixes
// directly ("2.2万次", "2.4천회", "2.4 হাটি"), so there a unit may touch the next letter.
const SPACED_SCRIPT =
  /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Ethiopic}]/u;

export function needsWordBoundary(char: string): boolean {
  return SPACED_SCRIPT.test(char);
}
