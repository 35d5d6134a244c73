import type { ShownCount } from '../../core/shown.ts';
import { allMatches } from '../dom.ts';
import { wordTables } from '../words.ts';
import { HEADER_WORDS } from './words.ts';

/** Whether a header link belongs to this page: /<handle>/followers/ or profile.php?id=<handle>&sk=… */
function linksToPage(href: string, handle: string): boolean {
  let url: URL;
  try {
    url = new URL(href, 'https://www.facebook.com/');
  } catch {
    return false;
  }
  const first = url.pathname.split('/').filter(Boolean)[0]?.toLowerCase();
  return first === handle.toLowerCase() || url.searchParams.get('id') === handle;
}

/**
 * [M] Header counts from links to this page's followers/likes list whose text is "<number> <word>" in a language
 * we have words for, in order, for the worker to read (the first that reads wins). Facebook's compact header
 * counts ("64M followers") may be rounded or truncated, with no capture to tell: they are read as either.
 * Unverified against a modern www.facebook.com page (none captured).
 */
export function readHeaderCounts(
  doc: Document,
  handle: string,
  selectors: readonly string[],
  kind: 'followers' | 'likes',
  lang: string,
): Array<{ count: ShownCount; source: string }> {
  const out: Array<{ count: ShownCount; source: string }> = [];
  for (const link of allMatches(doc, selectors)) {
    if (!linksToPage(link.getAttribute('href') ?? '', handle)) continue;
    const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
    for (const table of wordTables(HEADER_WORDS, lang)) {
      const word = table.words[kind].find((w) => text.toLowerCase().endsWith(` ${w}`));
      if (!word) continue;
      const count: ShownCount = { text: text.slice(0, text.length - word.length), lang: table.lang, how: 'either' };
      out.push({ count, source: `header link text "${text}" (compact)` });
    }
  }
  return out;
}
