// Which of the posts a page shows stand for the account now: the sample every rate and activity figure rests on.
import { parseRelativeTime } from '../dates/relative.ts';
import type { Platform } from '../platform.ts';
import type { ProfileSnapshot, RecentPost } from '../snapshot.ts';
import type { ScoringSettings } from './settings.ts';

const DAY_MS = 86_400_000;

/** Why a post the page shows is not in the sample; each is counted and said. */
export const EXCLUSIONS = [
  'pinned', // chosen by the creator, often old and the most successful
  'live', // live streams, past streams and premieres: viewers gather differently
  'trailer', // the channel trailer: chosen, shown to every visitor
  'curated', // a selection (a promo shelf, X's logged-out highlights), not the timeline
  'other-format', // YouTube: Shorts and long videos are judged apart
  'undated', // no date among dated posts: cannot tell whether it is recent
  'too-new', // younger than minAgeDays: still gathering views and likes
  'older', // outside the window, and not needed for the newest N
] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];

/** How the sample was chosen. */
export type SampleRule =
  | 'window' // every post of the last windowDays (at least minPosts of them)
  | 'newest' // the window held too few: the newest N, whatever their age
  | 'newest-undated' // no clock to place a window: the newest N
  | 'page-order' // no dates shown: the first N in the page's (newest-first) order
  | 'none'; // nothing left

export interface DatedPost {
  post: RecentPost;
  /** Publication time in ms; null when the page shows no date. */
  at: number | null;
}

export interface PostSample {
  /** The sample, newest first. */
  posts: RecentPost[];
  rule: SampleRule;
  excluded: Partial<Record<Exclusion, number>>;
  windowDays: number;
  minAgeDays: number;
  /** Oldest and newest publication time in the sample (ms), when dated. */
  from: number | null;
  to: number | null;
  /** YouTube: which format the sample holds ("short" for Shorts), null elsewhere or when unmixed. */
  format: 'video' | 'short' | null;
  /** Ordinary timeline posts with a date, young ones included, newest first: what activity is measured on. */
  timeline: DatedPost[];
}

/** A post's publication time: ISO text, or a relative time ("3 weeks ago") counted back from `now`. */
export function postTime(text: string | null | undefined, lang: string, now: Date | null): number | null {
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const ms = Date.parse(text);
    return Number.isFinite(ms) ? ms : null;
  }
  const relative = now ? parseRelativeTime(text, lang) : null;
  return relative && now ? now.getTime() - relative.agoMs : null;
}

function exclusionOf(post: RecentPost): Exclusion | null {
  if (post.pinned) return 'pinned';
  if (post.kind === 'live' || post.kind === 'trailer') return post.kind;
  if (post.curated) return 'curated';
  return null;
}

/** YouTube judges long videos and Shorts apart: the format with more posts (long videos on a tie). */
function chooseFormat(platform: Platform, posts: DatedPost[]): 'video' | 'short' | null {
  if (platform !== 'youtube') return null;
  const shorts = posts.filter((p) => p.post.kind === 'short').length;
  if (shorts === 0) return null;
  return shorts > posts.length - shorts ? 'short' : 'video';
}

const isFormat = (p: DatedPost, format: 'video' | 'short') => (p.post.kind === 'short') === (format === 'short');

/**
 * The recent posts a rate may rest on, in publication order, with every post left out counted by reason:
 * pinned, live, trailer and curated posts never; then the last `windowDays` if they hold at least `minPosts`,
 * else the newest `newest`; posts younger than `minAgeDays` wait. The order the page lists posts in does not
 * matter when they are dated (readers mark a list that is out of date order as curated); undated lists are taken
 * in page order.
 */
export function samplePosts(snapshot: ProfileSnapshot, settings: ScoringSettings, now: Date | null): PostSample {
  const { windowDays, newest, minAgeDays } = settings.sample;
  const minPosts = settings.thresholds.minPosts;
  const excluded: Partial<Record<Exclusion, number>> = {};
  const exclude = (reason: Exclusion, n = 1) => {
    if (n > 0) excluded[reason] = (excluded[reason] ?? 0) + n;
  };
  const ordinary: DatedPost[] = [];
  for (const post of snapshot.recentPosts) {
    const reason = exclusionOf(post);
    if (reason) exclude(reason);
    else ordinary.push({ post, at: postTime(post.publishedAt, snapshot.lang, now) });
  }
  const byTime = (a: DatedPost, b: DatedPost) => (b.at ?? 0) - (a.at ?? 0);
  const timeline = ordinary.filter((p) => p.at !== null).sort(byTime);

  const format = chooseFormat(snapshot.platform, ordinary);
  const candidates = format ? ordinary.filter((p) => isFormat(p, format)) : ordinary;
  exclude('other-format', ordinary.length - candidates.length);
  const base = { excluded, windowDays, minAgeDays, format, timeline };

  const dated = candidates.filter((p) => p.at !== null).sort(byTime);
  if (dated.length === 0) {
    // No dates at all: the page's own order, which on a timeline is newest first.
    const posts = candidates.slice(0, newest).map((p) => p.post);
    exclude('older', candidates.length - posts.length);
    return { ...base, posts, rule: posts.length > 0 ? 'page-order' : 'none', from: null, to: null };
  }
  exclude('undated', candidates.length - dated.length);

  const age = (p: DatedPost) => (now ? (now.getTime() - (p.at ?? 0)) / DAY_MS : Number.POSITIVE_INFINITY);
  const settled = now ? dated.filter((p) => age(p) >= minAgeDays) : dated;
  exclude('too-new', dated.length - settled.length);
  const inWindow = settled.filter((p) => age(p) <= windowDays);
  const chosen = inWindow.length >= minPosts ? inWindow : settled.slice(0, newest);
  exclude('older', settled.length - chosen.length);
  const rule: SampleRule =
    chosen.length === 0 ? 'none' : chosen === inWindow ? 'window' : now ? 'newest' : 'newest-undated';
  return {
    ...base,
    posts: chosen.map((p) => p.post),
    rule,
    from: chosen.at(-1)?.at ?? null,
    to: chosen[0]?.at ?? null,
  };
}
