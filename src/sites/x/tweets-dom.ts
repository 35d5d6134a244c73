import type { ShownCount, TweetMetricName } from '../../core/shown.ts';
import { allMatches, firstMatch } from '../dom.ts';
import { sameHandle } from '../json.ts';
import type { PagePost } from '../reader.ts';
import { wordsFor } from '../words.ts';
import {
  TWEET,
  TWEET_ACTION_GROUP,
  TWEET_BUTTONS,
  TWEET_QUOTE,
  TWEET_SOCIAL_CONTEXT,
  TWEET_STATUS_LINK,
  TWEET_TEXT,
  TWEET_TEXT_CUT,
  TWEET_TIME,
} from './selectors.ts';
import { PINNED_WORDS } from './words.ts';

export interface TimelineRead {
  posts: PagePost[];
  /** Tweets seen but not counted (reposts of others), for the snapshot's notes. */
  skippedReposts: number;
}

/**
 * The profile's own tweets on screen with their exact counts. Reposts of other accounts are left out entirely
 * (their numbers are someone else's engagement); the pinned tweet is kept and marked `pinned: true`.
 */
export function readTimeline(doc: Document, handle: string, lang: string): TimelineRead {
  const out: TimelineRead = { posts: [], skippedReposts: 0 };
  const articles = allMatches(doc, TWEET);
  for (const [index, article] of articles.entries()) {
    const permalink = ownPermalink(article);
    if (!permalink) continue;
    // A repost shows the original author's permalink ("<Name> reposted" above it): not this profile's post.
    if (!sameHandle(permalink.author, handle)) {
      out.skippedReposts++;
      continue;
    }
    const count = tweetLabels(article, lang);
    const post: PagePost = {
      id: permalink.id,
      likes: count('likes'),
      comments: count('replies'),
      views: count('views'),
      shares: count('reposts'),
      publishedAt: permalink.time,
    };
    const text = tweetText(article);
    if (text !== null) post.caption = text;
    if (isPinned(article, index, lang)) post.pinned = true;
    out.posts.push(post);
  }
  return out;
}

/**
 * The tweet's own text, and each of its links' words apart (a hashtag link right after a word is still a hashtag);
 * null when the page shows none or only its start: tags left unseen would read as "not sponsored". A quoted tweet's
 * text and its own "Show more" are someone else's: neither stands for this tweet's.
 */
function tweetText(article: Element): string | null {
  const own = (el: Element) => !el.closest(TWEET_QUOTE);
  const text = allMatches(article, TWEET_TEXT).find(own);
  if (!text || allMatches(article, TWEET_TEXT_CUT).some(own)) return null;
  return [text, ...Array.from(text.querySelectorAll('a'))].map((el) => el.textContent ?? '').join(' ');
}

/** The tweet's own status link: the one wrapping its first time element (a quoted tweet's time has no link). */
function ownPermalink(article: Element): { author: string; id: string; time: string | null } | null {
  const time = firstMatch(article, TWEET_TIME);
  const href = time?.closest('a')?.getAttribute('href') ?? firstMatch(article, TWEET_STATUS_LINK)?.getAttribute('href');
  const m = /^(?:https:\/\/(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,25})/.exec(href ?? '');
  if (!m?.[1] || !m[2]) return null;
  return { author: m[1], id: m[2], time: time?.getAttribute('datetime') ?? null };
}

/**
 * A tweet's counts as its labels show them, for the worker (sites/shown/read.ts): the action group's label ("10 replies,
 * 1 repost, 27 likes, 11424 views"), and each button's own label for a group label in words we do not know. Views
 * fall back to the analytics link's label also when the group is understood: 2023-01 labels had no views while the
 * link already showed them ("428 Views").
 */
function tweetLabels(article: Element, lang: string): (metric: TweetMetricName) => ShownCount {
  const text = firstMatch(article, TWEET_ACTION_GROUP)?.getAttribute('aria-label') ?? '';
  return (metric) => ({
    text,
    lang,
    how: 'tweet-action',
    metric,
    button: firstMatch(article, TWEET_BUTTONS[metric])?.getAttribute('aria-label') ?? null,
  });
}

/**
 * Pinned: the social context says so in a language we know; else (any language) a social context on the first
 * tweet that is the profile's own, which on a profile timeline is only ever the pin (2023-01, 2025-12).
 */
function isPinned(article: Element, index: number, lang: string): boolean {
  const context = firstMatch(article, TWEET_SOCIAL_CONTEXT)?.textContent?.trim().toLowerCase();
  if (!context) return false;
  if (wordsFor(PINNED_WORDS, lang).some((words) => words.includes(context))) return true;
  return index === 0;
}
