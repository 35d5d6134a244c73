// Magnitude words of every language we know, for a number whose own language cannot size it: the page's language
// is unknown, or the word after the number is no unit of that language ("217 mil vídeos" in a response without hl).
// If every language that knows the word gives it one power, that is its power; if they disagree (Turkish "B" is a
// thousand, English "B" a billion), the count is refused. Built once, on first need (~230 ms over 105 locales).
import { cldrUnitWords } from './cldr-units.ts';
import { normaliseToken } from './normalise.ts';
import { endsWord, startsWord } from './units.ts';

/** The locales whose compact words are known: every YouTube UI language, plus regional and non-Latin-digit ones. */
const LOCALES = [
  'af',
  'am',
  'ar',
  'ar-EG',
  'as',
  'az',
  'be',
  'bg',
  'bn',
  'bn-IN',
  'bs',
  'ca',
  'ckb',
  'cs',
  'cy',
  'da',
  'de',
  'de-AT',
  'de-CH',
  'el',
  'en',
  'en-AU',
  'en-GB',
  'en-IN',
  'es',
  'es-419',
  'es-MX',
  'es-US',
  'et',
  'eu',
  'fa',
  'fa-AF',
  'fi',
  'fil',
  'fr',
  'fr-CA',
  'fr-CH',
  'ga',
  'gl',
  'gu',
  'ha',
  'he',
  'hi',
  'hr',
  'hu',
  'hy',
  'id',
  'ig',
  'is',
  'it',
  'it-CH',
  'ja',
  'ka',
  'kk',
  'km',
  'kn',
  'ko',
  'ky',
  'lo',
  'lt',
  'lv',
  'mk',
  'ml',
  'mn',
  'mr',
  'ms',
  'mt',
  'my',
  'nb',
  'ne',
  'nl',
  'nn',
  'or',
  'pa',
  'pl',
  'ps',
  'pt',
  'pt-PT',
  'ro',
  'ru',
  'si',
  'sk',
  'sl',
  'so',
  'sq',
  'sr',
  'sr-Latn',
  'sv',
  'sw',
  'ta',
  'te',
  'th',
  'tk',
  'tr',
  'uk',
  'ur',
  'ur-IN',
  'uz',
  'vi',
  'yo',
  'zh',
  'zh-Hant',
  'zh-HK',
  'zh-TW',
  'zu',
];

interface AnyWord {
  token: string;
  powers: Set<number>;
}

interface AnyIndex {
  suffix: AnyWord[];
  prefix: AnyWord[];
}

let built: AnyIndex | null = null;

function index(): AnyIndex {
  if (built) return built;
  const byKey = new Map<string, AnyWord & { position: string }>();
  for (const locale of LOCALES) {
    let words: ReturnType<typeof cldrUnitWords>;
    try {
      words = cldrUnitWords(locale);
    } catch {
      continue; // a runtime without that locale's data
    }
    for (const word of words) {
      if (word.position === 'alone') continue;
      const token = normaliseToken(word.token).toLowerCase();
      if (!token) continue;
      const key = `${word.position}\u0000${token}`;
      const known = byKey.get(key) ?? { token, powers: new Set<number>(), position: word.position };
      known.powers.add(word.exponent);
      byKey.set(key, known);
    }
    // CLDR's own slips count as disagreement too: a word the language writes for several powers (bn "১কো" is
    // 10⁷ and, in its data, 10¹¹ too) sizes nothing without the language.
    for (const [position, token, power] of singleWordPowers(locale)) {
      byKey.get(`${position}\u0000${token}`)?.powers.add(power);
    }
  }
  const longestFirst = (a: AnyWord, b: AnyWord) => b.token.length - a.token.length;
  const all = [...byKey.values()];
  built = {
    suffix: all.filter((w) => w.position === 'suffix').sort(longestFirst),
    prefix: all.filter((w) => w.position === 'prefix').sort(longestFirst),
  };
  return built;
}

/** [position, token, power] of every 1·10ᵖ the locale writes with one word (short and long displays). */
function singleWordPowers(locale: string): Array<[string, string, number]> {
  const out: Array<[string, string, number]> = [];
  for (const compactDisplay of ['short', 'long'] as const) {
    const format = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay, numberingSystem: 'latn' });
    for (let power = 3; power <= 14; power++) {
      const parts = format.formatToParts(10 ** power);
      const at = parts.findIndex((part) => part.type === 'integer');
      const words = parts.filter((part) => part.type === 'compact');
      if (at < 0 || parts[at]?.value !== '1' || words.length !== 1) continue;
      const position = parts.indexOf(words[0] as Intl.NumberFormatPart) < at ? 'prefix' : 'suffix';
      const token = normaliseToken(words[0]?.value ?? '').toLowerCase();
      if (token) out.push([position, token, power]);
    }
  }
  return out;
}

/** What the languages that know the word touching the number say: one power, several (a conflict), or none. */
export type AnyLanguagePower = { power: number } | 'conflict' | null;

/**
 * The magnitude words right after `end` and right before `start` in any language (case-insensitive), their powers
 * added (Burmese "ဋေ ၁ ထ" is 10⁷ × 10³); a conflict on either side refuses the whole count.
 */
export function anyLanguagePower(text: string, start: number, end: number): AnyLanguagePower {
  const lower = text.toLowerCase();
  const after = lower.charAt(end) === ' ' ? end + 1 : end;
  const before = lower.charAt(start - 1) === ' ' ? start - 1 : start;
  const { suffix, prefix } = index();
  const sides = [
    suffix.find((w) => lower.startsWith(w.token, after) && endsWord(text, after + w.token.length, w.token)),
    prefix.find(
      (w) =>
        before >= w.token.length &&
        lower.endsWith(w.token, before) &&
        startsWord(text, before - w.token.length, w.token),
    ),
  ].filter((w): w is AnyWord => w !== undefined);
  if (sides.length === 0) return null;
  if (sides.some((w) => w.powers.size > 1)) return 'conflict';
  return { power: sides.reduce((sum, w) => sum + ([...w.powers][0] ?? 0), 0) };
}
