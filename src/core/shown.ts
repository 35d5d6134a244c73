import type { Count } from './count.ts';
import type { CountField } from './snapshot.ts';

/**
 * A number as the page shows it, read later in the worker (sites/shown-read.ts): the content script gathers text
 * and never runs the count parser, whose first use on a page cost 2–2.5 ms of its main thread (Chromium 156).
 */
export interface ShownCount {
  text: string;
  lang: string;
  /**
   * How to read `text`: a count (default); a truncated compact count ("74.2K" is 74,200–74,299); the leading
   * number of a button label; or one metric of a tweet's action-group label.
   */
  how?: 'truncated' | 'leading' | 'tweet-action';
  /** For 'tweet-action': which metric, and that button's own label, read when the group label is not understood. */
  metric?: TweetMetricName;
  button?: string | null;
}

export type TweetMetricName = 'replies' | 'reposts' | 'likes' | 'views';

/** One source for a count, in the reader's order of trust: a number already known, or one to read from text. */
export type CountCandidate = { count: Count; source: string } | { shown: ShownCount; source: string };

export type PostCountField = 'likes' | 'comments' | 'views' | 'shares';

/** What a page read leaves to the worker: candidates per profile count, and per recent post (same order). */
export interface ShownCounts {
  counts?: Partial<Record<CountField, CountCandidate[]>>;
  posts?: Array<Partial<Record<PostCountField, ShownCount>> | null>;
}

/** Longer text is no count display (a page's whole header, say): read as no number, on the page and in the worker. */
export const MAX_SHOWN_CHARS = 2000;

/** Whether a shown count is small enough to send (the message schema's bound). */
export function fitsMessage(shown: ShownCount): boolean {
  return shown.text.length <= MAX_SHOWN_CHARS && (shown.button?.length ?? 0) <= MAX_SHOWN_CHARS;
}

export function isShown(value: Count | ShownCount): value is ShownCount {
  return typeof (value as ShownCount).text === 'string';
}
