// Picking a words table for a page's UI language, shared by the site readers and the worker's shown-count readers.

/** Words table for a UI language: its own (by base tag) merged over English. */
export function wordsFor<T>(table: Readonly<Record<string, T>>, lang: string): T[] {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? 'en';
  const own = table[base];
  const en = table.en;
  return [own, base === 'en' ? undefined : en].filter((t): t is T => t !== undefined);
}

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
