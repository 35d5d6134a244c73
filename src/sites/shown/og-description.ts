import type { Count } from '../../core/count.ts';
import { escapeRegExp } from '../../core/escape-regexp.ts';
import { parseCount } from '../../core/parse-count/index.ts';
import { wordTables } from '../words.ts';
import { OG_WORDS, type OgMetric } from './words.ts';

// Read in the worker (sites/shown/read.ts): the Facebook page sends its og:description as text.

// A whole number as written, with optional group separators; a name before it ("Studio 54. 1,234 likes") is not
// swallowed because a separator must be followed by exactly three digits.
const NUMBER = String.raw`(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)`;

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
