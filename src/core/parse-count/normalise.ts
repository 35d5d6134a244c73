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
const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/gu;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function normaliseText(raw: string): NormalisedText {
  if (PRINTABLE_ASCII.test(raw)) return { text: raw.replace(SPACES, ' ').trim(), nativeDigits: false };
  // NFKC folds full-width digits/letters and NBSP/thin/narrow spaces into their plain forms.
  let text = raw.normalize('NFKC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  let nativeDigits = false;
  text = text.replace(NON_ASCII_DIGIT, (d) => {
    nativeDigits = true;
    return String(asciiDigit(d));
  });
  return { text, nativeDigits };
}

/** The same folding for table tokens (units, words) so that they compare equal to normalised page text. */
export function normaliseToken(token: string): string {
  return normaliseText(token).text;
}
