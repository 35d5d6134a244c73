import type { Count } from './count.ts';
import type { CountField } from './snapshot.ts';

/**
 * A number as the page shows it, read later in the worker (sites/shown/read.ts): the content script gathers text
 * and never runs the count parser, whose first use on a page (compiling it and its patterns) is most of a read.
 */
export interface ShownCount {
  text: string;
  lang: string;
  /**
   * How to read `text`: a count (default); a truncated compact count ("74.2K" is 74,200–74,299); a compact count
   * that may be rounded or truncated (the interval covers both); the leading number of a button label; one metric
   * of a tweet's action-group label; or one metric of a Facebook og:description.
   */
  how?: 'truncated' | 'either' | 'leading' | 'tweet-action' | 'og';
  /** For 'tweet-action' and 'og': which metric. */
  metric?: TweetMetricName | OgMetricName;
  /** For 'tweet-action': that button's own label, read when the group label is not understood. */
  button?: string | null;
}

export type TweetMetricName = 'replies' | 'reposts' | 'likes' | 'views';
export type OgMetricName = 'likes' | 'talkingAbout' | 'wereHere';

/** A source note whose number is still text: `sources[key]` becomes "<value><after>" when it reads. */
export interface ShownNote {
  key: 'talkingAbout' | 'wereHere';
  shown: ShownCount;
  after: string;
}

/** One source for a count, in the reader's order of trust: a number already known, or one to read from text. */
export type CountCandidate = { count: Count; source: string } | { shown: ShownCount; source: string };

export type PostCountField = 'likes' | 'comments' | 'views' | 'shares';

/** What the worker still reads of one gathered post: its counts shown as text, and its caption's text. */
export type ShownPost = Partial<Record<PostCountField, ShownCount>> & { caption?: string };

/** A bio as the page shows it: its text and the site's own link fields, for the worker to find contacts in. */
export interface ShownBio {
  text: string | null;
  links: string[];
  emails: string[];
}

/** What a page read leaves to the worker: candidates per profile count, and per recent post (same order). */
export interface ShownCounts {
  bio?: ShownBio;
  counts?: Partial<Record<CountField, CountCandidate[]>>;
  posts?: Array<ShownPost | null>;
  notes?: ShownNote[];
}

/** Longer text is no count display (a page's whole header, say): read as no number, on the page and in the worker. */
export const MAX_SHOWN_CHARS = 2000;

/**
 * A caption longer than this is not sent: unread, never cut (a cut caption could lose the #ad at its end). TikTok
 * allows 4,000 characters, Instagram 2,200; an X post shows at most 4,000 before "Show more".
 */
export const MAX_CAPTION_CHARS = 5000;

/** A bio's link and e-mail fields as sent: at most this many, each at most this long (longer is no address). */
export const MAX_BIO_FIELDS = 10;
export const MAX_BIO_FIELD_CHARS = 4096;

/** Whether a shown count is small enough to send (the message schema's bound). */
export function fitsMessage(shown: ShownCount): boolean {
  return shown.text.length <= MAX_SHOWN_CHARS && (shown.button?.length ?? 0) <= MAX_SHOWN_CHARS;
}

export function isShown(value: Count | ShownCount): value is ShownCount {
  return typeof (value as ShownCount).text === 'string';
}
