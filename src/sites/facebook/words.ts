// UI words Facebook writes after its numbers, per UI language (base tag). English only: the only language in
// our captures (m.facebook.com en-US 2021-06; www og:description 2026-06). Add a language from a real capture.

export type OgMetric = 'likes' | 'talkingAbout' | 'wereHere';

/** og:description words, lower-cased; a number directly before one of them is that metric. */
export const OG_WORDS: Readonly<Record<string, Readonly<Record<OgMetric, readonly string[]>>>> = {
  en: {
    likes: ['likes', 'like'],
    talkingAbout: ['talking about this'],
    wereHere: ['were here', 'was here'],
  },
};

/** [M] Header words: "61M likes • 64M followers". */
export const HEADER_WORDS: Readonly<
  Record<string, Readonly<{ followers: readonly string[]; likes: readonly string[] }>>
> = {
  en: { followers: ['followers', 'follower'], likes: ['likes', 'like'] },
};

/**
 * Words tables to try for a page in `lang`, each with the language its numbers are written in: the page's own,
 * then English (a logged-out page may be served English text whatever the UI language [M]).
 */
export function wordTables<T>(table: Readonly<Record<string, T>>, lang: string): Array<{ words: T; lang: string }> {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const out: Array<{ words: T; lang: string }> = [];
  const own = table[base];
  if (own && base !== 'en') out.push({ words: own, lang });
  if (table.en) out.push({ words: table.en, lang: base === 'en' ? lang : 'en' });
  return out;
}
