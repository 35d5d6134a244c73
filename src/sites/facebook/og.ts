import type { Count } from '../../core/count.ts';
import { parseCount } from '../../core/parse-count/index.ts';
import { sameHandle } from '../json.ts';
import { OG_URL_PAGE_PATHS } from './selectors.ts';
import { facebookUrls } from './url.ts';
import { OG_WORDS, type OgMetric, wordTables } from './words.ts';

// A whole number as written, with optional group separators; a name before it ("Studio 54. 1,234 likes") is not
// swallowed because a separator must be followed by exactly three digits.
const NUMBER = String.raw`(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The og:description counts ("61,828,042 likes · 1,649,246 talking about this · 10,431 were here"). */
export function parseOgDescription(text: string, lang: string): Partial<Record<OgMetric, Count>> {
  for (const table of wordTables(OG_WORDS, lang)) {
    const out: Partial<Record<OgMetric, Count>> = {};
    for (const [metric, words] of Object.entries(table.words) as Array<[OgMetric, readonly string[]]>) {
      for (const word of words) {
        const m = new RegExp(`(?:^|[^\\d])${NUMBER}\\s*${escapeRegExp(word)}(?![\\p{L}])`, 'iu').exec(text);
        const count = m?.[1] ? parseCount(m[1], table.lang) : null;
        if (count) {
          out[metric] = count;
          break;
        }
      }
    }
    if (Object.keys(out).length > 0) return out;
  }
  return {};
}

/** The page names an og:url can carry: its profile handle, or the name in a legacy /pages/… path. */
export function ogUrlNames(ogUrl: string): string[] {
  let url: URL;
  try {
    url = new URL(ogUrl);
  } catch {
    return [];
  }
  const handle = facebookUrls.profileHandle(url);
  if (handle) return [handle];
  for (const pattern of OG_URL_PAGE_PATHS) {
    const m = pattern.exec(url.pathname);
    if (m) return m.slice(1).filter((s): s is string => Boolean(s));
  }
  return [];
}

/** Whether the og tags describe the page at `handle` (they are first-document only). */
export function ogDescribes(ogUrl: string | null, handle: string): boolean {
  return ogUrl !== null && ogUrlNames(ogUrl).some((name) => sameHandle(name, handle));
}
