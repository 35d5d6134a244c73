// The UI words the worker reads shown counts by (sites/shown/), per UI language (base tag). Only languages seen in
// real captures are listed: X English (2023-01, 2025-12), Facebook English (www og:description 2026-06).
// Add a language only from a real capture.

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

export type OgMetric = 'likes' | 'talkingAbout' | 'wereHere';

/** og:description words, lower-cased; a number directly before one of them is that metric. */
export const OG_WORDS: Readonly<Record<string, Readonly<Record<OgMetric, readonly string[]>>>> = {
  en: {
    likes: ['likes', 'like'],
    talkingAbout: ['talking about this'],
    wereHere: ['were here', 'was here'],
  },
};
