import type { ShownCount } from '../../core/shown.ts';
import { allMatches, firstMatch } from '../dom.ts';
import { sameHandle } from '../json.ts';
import type { PagePost, SnapshotBuilder } from '../reader.ts';
import {
  DOM_HEADER_ROWS,
  DOM_ITEM_LINK,
  DOM_ITEM_VIEWS,
  DOM_ITEMS,
  DOM_LEGACY_HANDLE,
  DOM_LEGACY_SUBSCRIBERS,
  DOM_LEGACY_VIDEOS,
} from './selectors.ts';

// The rendered YouTube DOM: last resort, used when ytInitialData is absent or about another channel.
// [M] unverified against a real rendered page (none captured; EXTRACTION.md §1.2) — tested on hand-made markup.
// Its counts are gathered as text, read in the worker (sites/shown-read.ts): YouTube truncates compact numbers.

/** A count as YouTube shows it, for the worker to read ("No views" is 0 there). */
function asShown(text: string | null | undefined, lang: string): ShownCount | null {
  return text ? { text, lang, how: 'truncated' } : null;
}

/** Header rows split on "•": the row holding "@handle" tells whose header it is; the last ≥2-part row has the counts. */
export function readDomHeader(
  b: SnapshotBuilder,
  doc: Document,
  urlHandle: string,
  lang: string,
): { note: string; stale: boolean } {
  const rows = allMatches(doc, DOM_HEADER_ROWS).map((row) =>
    (row.textContent ?? '')
      .split('•')
      .map((part) => part.trim())
      .filter(Boolean),
  );
  if (rows.length > 0) {
    const shown = rows.flat().find((part) => part.startsWith('@'));
    if (shown && !sameHandle(shown, urlHandle))
      return { note: `dom: header shows ${shown} (not yet re-rendered)`, stale: true };
    const counts = rows
      .map((parts) => parts.filter((p) => !p.startsWith('@')))
      .filter((parts) => parts.length >= 2 && /\d/.test(parts.join('')))
      .at(-1);
    if (counts) {
      b.count('followers', asShown(counts[0], lang), `dom:${DOM_HEADER_ROWS[0]}`);
      b.count('posts', asShown(counts[1], lang), `dom:${DOM_HEADER_ROWS[0]}`);
    }
    return { note: 'dom: page header rows read', stale: false };
  }
  const legacyHandle = firstMatch(doc, DOM_LEGACY_HANDLE)?.textContent?.trim();
  if (legacyHandle && !sameHandle(legacyHandle, urlHandle)) {
    return { note: `dom: header shows ${legacyHandle} (not yet re-rendered)`, stale: true };
  }
  b.count(
    'followers',
    asShown(firstMatch(doc, DOM_LEGACY_SUBSCRIBERS)?.textContent?.trim(), lang),
    `dom:${DOM_LEGACY_SUBSCRIBERS[1]}`,
  );
  b.count(
    'posts',
    asShown(firstMatch(doc, DOM_LEGACY_VIDEOS)?.textContent?.trim(), lang),
    `dom:${DOM_LEGACY_VIDEOS[1]}`,
  );
  return { note: `dom: tried ${[...DOM_HEADER_ROWS, ...DOM_LEGACY_SUBSCRIBERS].join(', ')}`, stale: false };
}

/** Rendered grid items: id from the watch/shorts link, views from the first metadata span (compact, truncated). */
export function readDomItems(doc: Document, lang: string): PagePost[] {
  const posts: PagePost[] = [];
  for (const item of allMatches(doc, DOM_ITEMS)) {
    const href = firstMatch(item, DOM_ITEM_LINK)?.getAttribute('href') ?? '';
    const id = /[?&]v=([\w-]{11})/.exec(href)?.[1] ?? /\/shorts\/([\w-]{11})/.exec(href)?.[1];
    if (!id) continue;
    const text = firstMatch(item, DOM_ITEM_VIEWS)?.textContent?.trim() ?? null;
    if (text && /\b(watching|waiting)\b/i.test(text)) continue; // live / upcoming: viewers, not views
    posts.push({ id, likes: null, comments: null, views: asShown(text, lang) });
  }
  return posts;
}
