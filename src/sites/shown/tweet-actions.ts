import type { Count } from '../../core/count.ts';
import { lazyPattern } from '../../core/lazy-pattern.ts';
import { isLetter } from '../../core/parse-count/char-class.ts';
import { parseCount } from '../../core/parse-count/index.ts';
import { wordsFor } from '../words.ts';
import { ACTION_WORDS, type TweetMetric } from './words.ts';

/** What a tweet's action-group aria-label says, pair by pair. */
export interface ActionLabel {
  counts: Partial<Record<TweetMetric, Count>>;
  /** Words that followed a number but are not in the table (another UI language, a new metric). */
  unknown: string[];
}

// "<number> <words>" pairs separated by commas; numbers may carry group separators in some languages.
const PAIR = /(\d{1,3}(?:[.,\u00a0\u202f]\d{3})+|\d+)\s*([^\d,،、;]+)/gu;

/**
 * Parses "10 replies, 1 repost, 27 likes, 5 bookmarks, 11424 views" as pairs, not positions: X leaves zero
 * counts out of the label ("1 reply, 2 likes", 2023-01) and changed its words ("Retweets" → "reposts").
 */
export function parseActionLabel(label: string, lang: string): ActionLabel {
  const tables = wordsFor(ACTION_WORDS, lang);
  const out: ActionLabel = { counts: {}, unknown: [] };
  for (const [, number = '', rawWord = ''] of label.matchAll(PAIR)) {
    const word = rawWord.trim().toLowerCase().replace(/\.$/, '');
    const metric = tables.map((t) => t[word]).find((m) => m !== undefined);
    const count = parseCount(number, lang);
    if (!metric || !count) {
      out.unknown.push(word);
      continue;
    }
    out.counts[metric] ??= count;
  }
  return out;
}

/**
 * Counts for a label whose every word was understood: metrics X always had in the label (replies, reposts, likes)
 * are 0 when left out; views were added later (absent in 2023-01 labels), so a missing view count stays null.
 * Null when the label is empty or holds a word we do not know (use the per-button numbers instead).
 */
export function understoodActionCounts(
  label: string,
  lang: string,
): { replies: Count; reposts: Count; likes: Count; views: Count | null } | null {
  const parsed = parseActionLabel(label, lang);
  if (parsed.unknown.length > 0 || Object.keys(parsed.counts).length === 0) return null;
  const zero: Count = { value: 0, min: 0, max: 0 };
  return {
    replies: parsed.counts.replies ?? zero,
    reposts: parsed.counts.reposts ?? zero,
    likes: parsed.counts.likes ?? zero,
    views: parsed.counts.views ?? null,
  };
}

const LEADING_NUMBER = /^[^\d]{0,40}?(\d{1,3}(?:[.,\u00a0\u202f]\d{3})+|\d+)(?![.,]?\d)/u;
const LEADING_NUMBER_NOT_WORD = lazyPattern(
  () => /^[^\d]{0,40}?(\d{1,3}(?:[.,\u00a0\u202f]\d{3})+|\d+)(?![.,]?\d|\p{L})/u,
);

/** The leading number of a button label ("27 Likes. Like"), in any UI language that puts digits first; else null. */
export function leadingCount(label: string | null, lang: string): Count | null {
  // A number glued to a decimal part or a unit ("1.2K", "8,6万") is compact: not read here (null, not a guess).
  const text = label ?? '';
  // The digit-only pattern first: its match stands unless a letter follows, when the full one decides.
  let m = LEADING_NUMBER.exec(text);
  if (m && isLetter(String.fromCodePoint(text.codePointAt(m[0].length) ?? 0))) m = LEADING_NUMBER_NOT_WORD().exec(text);
  return m?.[1] ? parseCount(m[1], lang) : null;
}
