import { normaliseToken } from './normalise.ts';

/** The characters a locale writes between digit groups and before the fraction (normalised: NBSP → " "). */
export interface Separators {
  group: string;
  decimal: string;
}

export interface LocaleSeparators {
  /** For numbers written in ASCII digits (what YouTube serves even in ar/fa). */
  latin: Separators;
  /** For numbers written in the locale's own digits (ar-EG ١٬٢٣٤٫٥, fa ۱٬۲۳۴٫۵). */
  native: Separators;
}

export function localeSeparators(locale: string): LocaleSeparators {
  return {
    latin: separatorsOf(new Intl.NumberFormat(locale, { numberingSystem: 'latn' })),
    native: separatorsOf(new Intl.NumberFormat(locale)),
  };
}

function separatorsOf(format: Intl.NumberFormat): Separators {
  let group = ',';
  let decimal = '.';
  for (const part of format.formatToParts(1234567.5)) {
    if (part.type === 'group') group = normaliseToken(part.value) || ' ';
    if (part.type === 'decimal') decimal = normaliseToken(part.value);
  }
  return { group, decimal };
}
