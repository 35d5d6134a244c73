import { isLetter } from '../../core/parse-count/char-class.ts';
import type { ShownCount } from '../../core/shown.ts';
import { firstMatch } from '../dom.ts';

/**
 * A count the profile header shows, with the selector that found it. X truncates compact counts, it does not round:
 * 74,263 posts show as "74.2K", 23,154 as "23.1K" (JSON-LD vs visible text, 2023-01-01 and 2025-12-23), so the
 * worker reads them as truncated: the interval runs up to the next unit.
 */
export interface HeaderCount {
  count: ShownCount;
  source: string;
}

/**
 * The numbers in the header links to `/USER/<path>` ("3,893 Followers", "86.4K Followers"), in the order of
 * `paths`, for the worker to read in the UI language (the first that reads wins). Hrefs are compared
 * case-insensitively: the URL may spell the handle differently from X.
 */
export function readHeaderLinks(doc: Document, handle: string, paths: readonly string[], lang: string): HeaderCount[] {
  const anchors = Array.from(doc.querySelectorAll('a[href]'));
  const out: HeaderCount[] = [];
  for (const template of paths) {
    const want = template.replace('USER', handle).toLowerCase();
    const link = anchors.find((a) => a.getAttribute('href')?.toLowerCase() === want);
    if (!link) continue;
    // The first span holds the number; the rest is the localized word.
    const text = link.querySelector('span')?.textContent ?? link.textContent ?? '';
    out.push({ count: { text, lang, how: 'truncated' }, source: `a[href="${template}"] text "${text.trim()}"` });
  }
  return out;
}

/** "<number> <word>" ("23.9K posts"): the last word all letters, checked without compiling \p{L} for Latin text. */
export function isNumberThenWord(text: string): boolean {
  const word = /^[\d\s.,\u00a0\u202f]+\S{0,4}\s+(\S+)$/u.exec(text)?.[1];
  return word !== undefined && [...word].every(isLetter);
}

/** Visible post count under the name ("23.9K posts"); only the leading number is used. */
export function readHeaderText(doc: Document, selectors: readonly string[], lang: string): HeaderCount | null {
  const el = firstMatch(doc, selectors);
  const text = el?.textContent?.trim() ?? '';
  // Only "<number> <word>": the element after the name is something else on some layouts.
  if (!isNumberThenWord(text)) return null;
  return { count: { text, lang, how: 'truncated' }, source: `visible text "${text}"` };
}
