import { type Count, isExact } from '../core/count.ts';
import { formatShare } from '../core/percent.ts';

/** "48,213" when exact; "≈ 86K" when the page showed a rounded number. Localised with Intl. */
export function formatCount(count: Count, lang: string): string {
  if (isExact(count)) return new Intl.NumberFormat(lang).format(count.value);
  return `≈ ${new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(count.value)}`;
}

/** The interval a rounded count stands for, e.g. "86,350–86,450". */
export function formatCountRange(count: Count, lang: string): string {
  const nf = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  return isExact(count) ? nf.format(count.value) : `${nf.format(count.min)}–${nf.format(count.max)}`;
}

/** A fraction as a percentage (core/percent.ts: one rule everywhere). */
export const formatPercent = formatShare;

export function formatPercentRange(low: number | null, high: number | null, rate: number | null, lang: string): string {
  if (low !== null && high !== null && low !== high)
    return `${formatPercent(low, lang)} – ${formatPercent(high, lang)}`;
  return rate === null ? '—' : formatPercent(rate, lang);
}
