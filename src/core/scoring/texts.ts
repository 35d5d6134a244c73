// Scoring's words come from the one catalogue (public/_locales, via core/catalogue.ts); numbers from Intl here.
import { CATALOGUES, type Lang, type MessageKey } from '../catalogue.ts';
import { formatNamed } from '../message-format.ts';
import { formatShare } from '../percent.ts';

export type { Lang } from '../catalogue.ts';

/** Sentences and number formats for one UI language; numbers go through Intl in that language. */
export interface Texts {
  lang: Lang;
  t(key: MessageKey, params?: Readonly<Record<string, string>>): string;
  /** 48213 → "48,213" (en) / "48.213" (es). */
  int(n: number): string;
  /** 0.0413 → "4.1%" (en) / "4,1 %" (es); two significant digits. */
  pct(rate: number): string;
  /** 2.13 → "2.1" / "2,1". */
  ratio(r: number): string;
  /** 100000 → "100K" / "100 mil". */
  compact(n: number): string;
  /** 1.5 → "1.5" / "1,5" (one decimal). */
  decimal(n: number): string;
  /** Epoch ms → "12 Mar 2025" / "12 mar 2025" (UTC). */
  date(ms: number): string;
  /** Days → "today", "yesterday", "3 days ago", "5 months ago" / "hoy", "hace 3 días". */
  ago(days: number): string;
}

// Intl formatters cost ~0.2 ms each to build: one set per language, built on first use.
const cache = new Map<Lang, Texts>();

export function textsFor(lang: Lang): Texts {
  let texts = cache.get(lang);
  if (!texts) {
    texts = buildTexts(lang);
    cache.set(lang, texts);
  }
  return texts;
}

function buildTexts(lang: Lang): Texts {
  const table = CATALOGUES[lang];
  const int = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const ratio = new Intl.NumberFormat(lang, { maximumSignificantDigits: 2 });
  const compact = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const relative = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const date = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    lang,
    t(key, params = {}) {
      return formatNamed(table[key] ?? CATALOGUES.en[key], params) || key;
    },
    int: (n) => int.format(n),
    pct: (r) => formatShare(r, lang),
    ratio: (r) => ratio.format(r),
    compact: (n) => compact.format(n),
    decimal: (n) => decimal.format(n),
    date: (ms) => date.format(ms),
    ago: (days) => {
      const d = Math.floor(days);
      if (d < 60) return relative.format(-d, 'day');
      return d < 550
        ? relative.format(-Math.round(d / 30.44), 'month')
        : relative.format(-Math.round(d / 365.25), 'year');
    },
  };
}
