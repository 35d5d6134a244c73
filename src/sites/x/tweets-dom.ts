import type { Count } from '../../core/count.ts';
import type { RecentPost } from '../../core/snapshot.ts';
import { allMatches, firstMatch } from '../dom.ts';
import { sameHandle } from '../json.ts';
import { leadingCount, understoodActionCounts } from './action-label.ts';
import {
  TWEET,
  TWEET_ACTION_GROUP,
  TWEET_BUTTONS,
  TWEET_SOCIAL_CONTEXT,
  TWEET_STATUS_LINK,
  TWEET_TIME,
} from './selectors.ts';
import { PINNED_WORDS, wordsFor } from './words.ts';

export interface TimelineRead {
  posts: RecentPost[];
  /** Tweets seen but not counted (reposts of others), for the snapshot's notes. */
  skippedReposts: number;
  /** How the counts were read: "action-group aria-label" and/or "per-button aria-labels". */
  sources: Set<string>;
}

/**
 * The profile's own tweets on screen with their exact counts. Reposts of other accounts are left out entirely
 * (their numbers are someone else's engagement); the pinned tweet is kept and marked `pinned: true`.
 */
export function readTimeline(doc: Document, handle: string, lang: string): TimelineRead {
  const out: TimelineRead = { posts: [], skippedReposts: 0, sources: new Set() };
  const articles = allMatches(doc, TWEET);
  for (const [index, article] of articles.entries()) {
    const permalink = ownPermalink(article);
    if (!permalink) continue;
    // A repost shows the original author's permalink ("<Name> reposted" above it): not this profile's post.
    if (!sameHandle(permalink.author, handle)) {
      out.skippedReposts++;
      continue;
    }
    const counts = tweetCounts(article, lang, out.sources);
    const post: RecentPost = {
      id: permalink.id,
      likes: counts.likes,
      comments: counts.replies,
      views: counts.views,
      shares: counts.reposts,
      publishedAt: permalink.time,
    };
    if (isPinned(article, index, lang)) post.pinned = true;
    out.posts.push(post);
  }
  return out;
}

/** The tweet's own status link: the one wrapping its first time element (a quoted tweet's time has no link). */
function ownPermalink(article: Element): { author: string; id: string; time: string | null } | null {
  const time = firstMatch(article, TWEET_TIME);
  const href = time?.closest('a')?.getAttribute('href') ?? firstMatch(article, TWEET_STATUS_LINK)?.getAttribute('href');
  const m = /^(?:https:\/\/(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,25})/.exec(href ?? '');
  if (!m?.[1] || !m[2]) return null;
  return { author: m[1], id: m[2], time: time?.getAttribute('datetime') ?? null };
}

interface TweetCounts {
  replies: Count | null;
  reposts: Count | null;
  likes: Count | null;
  views: Count | null;
}

function tweetCounts(article: Element, lang: string, sources: Set<string>): TweetCounts {
  const label = firstMatch(article, TWEET_ACTION_GROUP)?.getAttribute('aria-label') ?? '';
  const viewsLink = leadingCount(firstMatch(article, TWEET_BUTTONS.views)?.getAttribute('aria-label') ?? null, lang);
  const understood = understoodActionCounts(label, lang);
  if (understood) {
    sources.add('action-group aria-label');
    // 2023-01 labels had no views while the analytics link already showed them ("428 Views").
    return { ...understood, views: understood.views ?? viewsLink };
  }
  // Label in a language we have no words for: each button's leading number (null when it shows none).
  sources.add('per-button aria-labels');
  const button = (selectors: readonly string[]) =>
    leadingCount(firstMatch(article, selectors)?.getAttribute('aria-label') ?? null, lang);
  return {
    replies: button(TWEET_BUTTONS.replies),
    reposts: button(TWEET_BUTTONS.reposts),
    likes: button(TWEET_BUTTONS.likes),
    views: viewsLink,
  };
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
