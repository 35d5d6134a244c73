import { isLetterNumberOrMark } from './char-class.ts';
import { ONE_WORDS, ZERO_WORDS } from './no-value-words.ts';
import { normaliseToken } from './normalise.ts';
import { needsWordBoundary } from './word-boundary.ts';

/** 0 or 1 when digit-less text holds a language's "no" / "one" word as a whole word, else null. */
export function countFromWords(text: string, language: string): number | null {
  const lower = text.toLowerCase();
  if ((ZERO_WORDS[language] ?? []).some((word) => containsWord(lower, word))) return 0;
  if ((ONE_WORDS[language] ?? []).some((word) => containsWord(lower, word))) return 1;
  return null;
}

function containsWord(text: string, rawWord: string): boolean {
  const word = normaliseToken(rawWord).toLowerCase();
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + word.length);
    const boundedBefore = !before || !(needsWordBoundary(word.charAt(0)) && isLetterNumberOrMark(before));
    const boundedAfter = !after || !(needsWordBoundary(word.charAt(word.length - 1)) && isLetterNumberOrMark(after));
    if (boundedBefore && boundedAfter) return true;
  }
  return false;
}
