import { normaliseToken } from './normalise.ts';

/** A compact-notation word and the power of ten it stands for: "Mio." → 6, "万" → 4, "lakh" → 5. */
export interface UnitWord {
  token: string;
  exponent: number;
  /** Before or after the digits, or standing for the number by itself (fr/it long "mille" = 1000). */
  position: 'prefix' | 'suffix' | 'alone';
}

const DISPLAYS = ['short', 'long'] as const;
const LOWEST_POWER = 3;
const HIGHEST_POWER = 14;
// Mantissas that reach every plural form we need (ru миллион / миллиона / миллионов, fr millier / mille,
// fil "milyon" / "na milyon" after a 4, 6 or 9).
const MANTISSAS = [1, 1.5, 1.9, 2, 2.1, 3, 4, 5];

/**
 * The compact units CLDR knows for a locale, read from Intl at run time (short and long display,
 * 10³…10¹⁴): format m·10ᵖ, take the compact part(s) and the mantissa shown, and the unit's power is
 * log10(n / mantissa). A token seen with several powers keeps the one seen most often (bn "কো"); the short
 * display decides over the long one, whose data has slips (ne long "1.5 करोड" for 1.5·10⁶).
 */
export function cldrUnitWords(locale: string): UnitWord[] {
  const votes = new Map<string, Map<number, number>>();
  const longVotes = new Map<string, Map<number, number>>();
  const combos: Array<{ prefix: string; suffix: string; exponent: number }> = [];
  let ballot = votes;
  const vote = (key: string, exponent: number) => {
    const counts = ballot.get(key) ?? new Map<number, number>();
    counts.set(exponent, (counts.get(exponent) ?? 0) + 1);
    ballot.set(key, counts);
  };
  for (const compactDisplay of DISPLAYS) {
    ballot = compactDisplay === 'short' ? votes : longVotes;
    const format = new Intl.NumberFormat(locale, {
      notation: 'compact',
      compactDisplay,
      maximumFractionDigits: 1,
      numberingSystem: 'latn',
    });
    for (let power = LOWEST_POWER; power <= HIGHEST_POWER; power++) {
      for (const mantissa of MANTISSAS) {
        const n = mantissa * 10 ** power;
        const shown = splitCompact(format.formatToParts(n));
        if (!shown) continue;
        if (shown.mantissa === null) {
          if (mantissa === 1) vote(`alone\u0000${shown.prefix}${shown.suffix}`, power);
          continue;
        }
        const exponent = Math.round(Math.log10(n / shown.mantissa));
        if (shown.prefix && shown.suffix) combos.push({ prefix: shown.prefix, suffix: shown.suffix, exponent });
        else if (shown.prefix) vote(`prefix\u0000${shown.prefix}`, exponent);
        else if (shown.suffix) vote(`suffix\u0000${shown.suffix}`, exponent);
      }
    }
  }
  const words = [...votes].map(([key, counts]) => toWord(key, counts));
  for (const [key, counts] of longVotes) if (!votes.has(key)) words.push(toWord(key, counts));
  return [...words, ...resolveCombos(combos, words)];
}

interface CompactShown {
  prefix: string;
  suffix: string;
  /** Null when the words stand for the whole number ("mille"). */
  mantissa: number | null;
}

function splitCompact(parts: Intl.NumberFormatPart[]): CompactShown | null {
  let prefix = '';
  let suffix = '';
  let digits = '';
  let seenNumber = false;
  // What stands between two compact parts belongs to the word: yrl long "291 miliãu-ita" comes as
  // compact "miliãu", minusSign "-", compact "ita" (ICU 78).
  let between = '';
  for (const part of parts) {
    if (part.type === 'integer' || part.type === 'fraction') {
      seenNumber = true;
      between = '';
      digits += part.type === 'fraction' ? `.${part.value}` : part.value;
    } else if (part.type === 'compact') {
      if (seenNumber) suffix += (suffix ? between : '') + part.value;
      else prefix += (prefix ? between : '') + part.value;
      between = '';
    } else if (part.type !== 'group' && part.type !== 'decimal') {
      between += part.value;
    }
  }
  if (!prefix && !suffix) return null;
  const mantissa = digits ? Number(digits) : null;
  if (mantissa !== null && !(mantissa > 0)) return null;
  return { prefix: normaliseToken(prefix), suffix: normaliseToken(suffix), mantissa };
}

function toWord(key: string, counts: Map<number, number>): UnitWord {
  const [position, token = ''] = key.split('\u0000');
  let best = 0;
  let bestCount = -1;
  for (const [exponent, count] of counts) {
    if (count > bestCount || (count === bestCount && exponent < best)) {
      best = exponent;
      bestCount = count;
    }
  }
  return { token, exponent: best, position: position === 'prefix' || position === 'alone' ? position : 'suffix' };
}

/** my "ဋေ ၁.၅ ထ" = 1.5·10¹⁰: a known prefix (ဋေ = 10⁷) gives the suffix its power (ထ = 10³), and back. */
function resolveCombos(combos: Array<{ prefix: string; suffix: string; exponent: number }>, words: UnitWord[]) {
  const known = new Map(words.map((w) => [`${w.position}\u0000${w.token}`, w.exponent]));
  const derived: UnitWord[] = [];
  for (const { prefix, suffix, exponent } of combos) {
    const prefixPower = known.get(`prefix\u0000${prefix}`) ?? known.get(`suffix\u0000${prefix}`);
    const suffixPower = known.get(`suffix\u0000${suffix}`) ?? known.get(`prefix\u0000${suffix}`);
    if (prefixPower !== undefined && !known.has(`prefix\u0000${prefix}`)) {
      derived.push({ token: prefix, exponent: prefixPower, position: 'prefix' });
      known.set(`prefix\u0000${prefix}`, prefixPower);
    }
    if (prefixPower !== undefined && suffixPower === undefined && exponent > prefixPower) {
      derived.push({ token: suffix, exponent: exponent - prefixPower, position: 'suffix' });
      known.set(`suffix\u0000${suffix}`, exponent - prefixPower);
    } else if (suffixPower !== undefined && prefixPower === undefined && exponent > suffixPower) {
      derived.push({ token: prefix, exponent: exponent - suffixPower, position: 'prefix' });
      known.set(`prefix\u0000${prefix}`, exponent - suffixPower);
    }
  }
  return derived;
}
