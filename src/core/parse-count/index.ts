import type { Count } from '../count.ts';

export interface ParseCountOptions {
  /** The site truncates instead of rounding (YouTube "1,7 M" for 1 783 335): max covers a whole last unit. */
  truncated?: boolean;
}

/**
 * Text as a site shows it + the page's UI language → Count, or null when the text holds no count.
 * TEMPORARY minimal version (English digits and K/M/B only); the full multilingual parser replaces it.
 */
export function parseCount(text: string, lang: string, options: ParseCountOptions = {}): Count | null {
  void lang;
  const m = /(\d[\d,]*(?:\.\d+)?)\s*([KMB])?/i.exec(text.replace(/[\u00a0\u202f]/g, ' '));
  if (!m?.[1]) return null;
  const digits = m[1].replace(/,/g, '');
  const value = Number(digits);
  const unit = { K: 1e3, M: 1e6, B: 1e9 }[(m[2] ?? '').toUpperCase() as 'K' | 'M' | 'B'];
  if (!unit) return { value, min: value, max: value };
  const decimals = digits.split('.')[1]?.length ?? 0;
  const step = unit / 10 ** decimals;
  const v = value * unit;
  return options.truncated ? { value: v, min: v, max: v + step - 1 } : { value: v, min: v - step / 2, max: v + step / 2 };
}
