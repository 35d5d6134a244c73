/**
 * What a missing or unknown language tag resolves to ("und", "", "xx"). It never becomes English: a magnitude word
 * is then read only where every language that knows it agrees (any-language.ts).
 */
export const UNKNOWN_LOCALE = 'und';

const resolved = new Map<string, string>();

/**
 * A page's language tag ("pt_BR", "iw", "zh-Hant-TW", "es-419", garbage) → a locale Intl supports.
 * Legacy tags are canonicalised by Intl (iw → he, in → id); an unsupported region falls back to its
 * language, anything else to UNKNOWN_LOCALE. Never throws.
 */
export function resolveLocale(tag: string): string {
  if (typeof tag !== 'string') return UNKNOWN_LOCALE;
  const known = resolved.get(tag);
  if (known !== undefined) return known;
  const locale = lookUp(tag);
  rememberLocale(tag, locale);
  return locale;
}

/** Records what a tag resolves to. */
function rememberLocale(tag: string, locale: string): void {
  // A page has one language; a bound keeps a caller that passes garbage from growing the cache forever.
  if (resolved.size >= 64) resolved.clear();
  resolved.set(tag, locale);
}

function lookUp(tag: string): string {
  const cleaned = tag.trim().replace(/_/g, '-');
  if (!cleaned) return UNKNOWN_LOCALE;
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(cleaned)[0] ?? '';
  } catch {
    return UNKNOWN_LOCALE;
  }
  for (const candidate of [canonical, canonical.split('-')[0] ?? '']) {
    if (candidate && Intl.NumberFormat.supportedLocalesOf([candidate]).length > 0) return candidate;
  }
  return UNKNOWN_LOCALE;
}

/** "zh-Hant-HK" → ["zh", "zh-Hant", "zh-HK", "zh-Hant-HK"]: keys for the data tables, most general first. */
export function localeKeys(locale: string): string[] {
  const [language = locale, ...rest] = locale.split('-');
  const script = rest.find((part) => part.length === 4);
  const region = rest.find((part) => part.length === 2 || /^\d{3}$/.test(part));
  const keys = [language];
  if (script) keys.push(`${language}-${script}`);
  if (region) keys.push(`${language}-${region}`);
  if (script && region) keys.push(`${language}-${script}-${region}`);
  return keys;
}
