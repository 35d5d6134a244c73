import type { Count } from '../../core/count.ts';
import { parseCount } from '../../core/parse-count/index.ts';
import { allMatches } from '../dom.ts';
import { HEADER_WORDS, wordTables } from './words.ts';

/**
 * Facebook's compact header counts ("64M followers") may be rounded or truncated: we have no capture to tell.
 * The interval covers both readings, so the true value is inside either way.
 */
export function compactEitherWay(text: string, lang: string): Count | null {
  const rounded = parseCount(text, lang);
  const truncated = parseCount(text, lang, { truncated: true });
  if (!rounded || !truncated) return rounded ?? truncated;
  return {
    value: rounded.value,
    min: Math.min(rounded.min, truncated.min),
    max: Math.max(rounded.max, truncated.max),
  };
}

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
 * [M] A header count from a link to this page's followers/likes list whose text is "<number> <word>" in a
 * language we have words for. Unverified against a modern www.facebook.com page (none captured).
 */
export function readHeaderCount(
  doc: Document,
  handle: string,
  selectors: readonly string[],
  kind: 'followers' | 'likes',
  lang: string,
): { count: Count; source: string } | null {
  for (const link of allMatches(doc, selectors)) {
    if (!linksToPage(link.getAttribute('href') ?? '', handle)) continue;
    const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
    for (const table of wordTables(HEADER_WORDS, lang)) {
      const word = table.words[kind].find((w) => text.toLowerCase().endsWith(` ${w}`));
      if (!word) continue;
      const count = compactEitherWay(text.slice(0, text.length - word.length), table.lang);
      if (count) return { count, source: `header link text "${text}" (compact)` };
    }
  }
  return null;
}
