// UI words X uses around its numbers, per UI language (base tag). Only languages seen in real captures are
// listed: English (2023-01 and 2025-12). Other languages fall back to language-independent sources
// (JSON-LD, per-button leading numbers). Add a language only from a real capture.

export type TweetMetric = 'replies' | 'reposts' | 'likes' | 'bookmarks' | 'views';

/** Words after a number in a tweet's action-group aria-label, lower-cased. */
export const ACTION_WORDS: Readonly<Record<string, Readonly<Record<string, TweetMetric>>>> = {
  en: {
    reply: 'replies',
    replies: 'replies',
    repost: 'reposts', // 2025-12
    reposts: 'reposts',
    retweet: 'reposts', // 2023-01 "6 Retweets"
    retweets: 'reposts',
    like: 'likes',
    likes: 'likes',
    bookmark: 'bookmarks', // added to the label in 2023–2024
    bookmarks: 'bookmarks',
    view: 'views', // added to the label in 2023–2024
    views: 'views',
  },
};

/** Social-context text of the pinned tweet: "Pinned" (2025-12), "Pinned Tweet" (2023-01). */
export const PINNED_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['pinned', 'pinned tweet', 'pinned post'],
};

/** Words table for a UI language: its own (by base tag) merged over English. */
export function wordsFor<T>(table: Readonly<Record<string, T>>, lang: string): T[] {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? 'en';
  const own = table[base];
  const en = table.en;
  return [own, base === 'en' ? undefined : en].filter((t): t is T => t !== undefined);
}
