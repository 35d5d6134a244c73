import { lazyPattern } from '../lazy-pattern.ts';
import { asciiDigit } from './digits.ts';

/** Text with compatibility forms folded, invisible marks removed, every space one U+0020, digits ASCII. */
export interface NormalisedText {
  text: string;
  /** Some digit was not ASCII (Arabic-Indic, Devanagari…): the language's native separators apply. */
  nativeDigits: boolean;
}

// Bidi marks (LRM/RLM/ALM, embeddings, isolates), zero-width (ZWSP/ZWJ/ZWNJ, word joiner, BOM), soft hyphen.
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const SPACES = /\s+/g;
const NON_ASCII_DIGIT = lazyPattern(() => /(?![0-9])\p{Nd}/gu);
const HAS_NON_ASCII_DIGIT = lazyPattern(() => /(?![0-9])\p{Nd}/u);
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// Characters NFKC folds that matter here: full-width forms (２．４万), Arabic presentation forms,
// compatibility ideographs, letterlike/superscript forms, and Indic nukta letters (क़ → क + ़).
// Checking first keeps the common case (already-folded text) at a fraction of NFKC's cost.
const FOLDABLE =
  /[\u0958-\u095f\u09dc-\u09df\u0a33\u0a36\u0a59-\u0a5e\u0b5c\u0b5d\u2070-\u209f\u2100-\u214f\uf900-\uffef]/;

/** Latin-1 holds no digit but 0–9 and nothing NFKC folds that matters here (FOLDABLE starts at U+0958). */
function isLatin1(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}

export function normaliseText(raw: string): NormalisedText {
  if (PRINTABLE_ASCII.test(raw)) return { text: raw.replace(SPACES, ' ').trim(), nativeDigits: false };
  if (isLatin1(raw)) return { text: raw.replace(INVISIBLE, '').replace(SPACES, ' ').trim(), nativeDigits: false };
  // Every Unicode space (NBSP, U+202F, U+2009…) matches \s and becomes one U+0020.
  let text = (FOLDABLE.test(raw) ? raw.normalize('NFKC') : raw).replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  let nativeDigits = false;
  if (!HAS_NON_ASCII_DIGIT().test(text)) return { text, nativeDigits };
  text = text.replace(NON_ASCII_DIGIT(), (d) => {
    nativeDigits = true;
    return String(asciiDigit(d));
  });
  return { text, nativeDigits };
}

/** The same folding for table tokens (units, words) so that they compare equal to normalised page text. */
export function normaliseToken(token: string): string {
  return normaliseText(token).text;
}
