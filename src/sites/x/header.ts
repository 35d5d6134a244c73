import type { Count } from '../../core/count.ts';
import { isLetter } from '../../core/parse-count/char-class.ts';
import { parseCount } from '../../core/parse-count/index.ts';
import { firstMatch } from '../dom.ts';

// X truncates compact counts, it does not round: 74,263 posts show as "74.2K", 23,154 as "23.1K" (JSON-LD vs
// visible text, 2023-01-01 and 2025-12-23), so the interval runs up to the next unit.
const TRUNCATED = { truncated: true } as const;

/** A count read from the profile header, with the selector that found it. */
export interface HeaderCount {
  count: Count;
  source: string;
}

/**
 * The number in the header link to `/USER/<path>` ("3,893 Followers", "86.4K Followers"), parsed in the
 * UI language. Hrefs are compared case-insensitively: the URL may spell the handle differently from X.
 */
export function readHeaderLink(
  doc: Document,
  handle: string,
  paths: readonly string[],
  lang: string,
): HeaderCount | null {
  const anchors = Array.from(doc.querySelectorAll('a[href]'));
  for (const template of paths) {
    const want = template.replace('USER', handle).toLowerCase();
    const link = anchors.find((a) => a.getAttribute('href')?.toLowerCase() === want);
    if (!link) continue;
    // The first span holds the number; the rest is the localized word.
    const text = link.querySelector('span')?.textContent ?? link.textContent ?? '';
    const count = parseCount(text, lang, TRUNCATED);
    if (count) return { count, source: `a[href="${template}"] text "${text.trim()}"` };
  }
  return null;
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
  const count = parseCount(text, lang, TRUNCATED);
  return count ? { count, source: `visible text "${text}"` } : null;
}
