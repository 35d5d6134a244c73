import type { MessageKey } from '../catalogue.ts';
import type { Count } from '../count.ts';
import type { Platform } from '../platform.ts';
import type { ProfileSnapshot, RecentPost } from '../snapshot.ts';
import type { ScoringSettings } from './settings.ts';
import { type Interval, medianInterval, type Observed } from './stats.ts';
import type { Texts } from './texts.ts';

export type Basis = 'followers' | 'views';
/** 'engagement': interactions per post; 'reach': YouTube's views per video as a share of subscribers. */
export type Measure = 'engagement' | 'reach';

export interface EngagementEstimate {
  /** Fractions: 0.041 = 4.1 %. `rate` (and its range) is null when the sample is under the minimum. */
  rate: number | null;
  low: number | null;
  high: number | null;
  basis: Basis;
  measure: Measure;
  method: string;
  /** Posts (or, for lifetime fallbacks, videos) the figure rests on. */
  sample: number;
  /** Sampling coverage of [low, high]; null for lifetime figures (no sampling). */
  coverage: number | null;
  /** True when the figure is a lifetime average standing in for recent posts: never judged against a benchmark. */
  fallback: boolean;
}

type Part = 'likes' | 'comments' | 'shares' | 'views';

/** One per-post formula: numerator parts (required ones must be readable; optional ones count 0 when absent). */
interface PostFormula {
  basis: Basis;
  measure: Measure;
  required: readonly Part[];
  optional: readonly Part[];
  formula: MessageKey;
}

const INTERACTIONS = { measure: 'engagement', required: ['likes'], optional: ['comments', 'shares'] } as const;

/** Per platform, main rate first (docs/SCORING.md §2); a rate with a number beats one without. */
const FORMULAS: Record<Platform, readonly PostFormula[]> = {
  instagram: [
    {
      basis: 'followers',
      measure: 'engagement',
      required: ['likes', 'comments'],
      optional: [],
      formula: 'formula_instagram_followers',
    },
  ],
  tiktok: [
    { basis: 'views', ...INTERACTIONS, formula: 'formula_tiktok_views' },
    { basis: 'followers', ...INTERACTIONS, formula: 'formula_tiktok_followers' },
  ],
  youtube: [
    { basis: 'followers', measure: 'reach', required: ['views'], optional: [], formula: 'formula_youtube_followers' },
    {
      basis: 'views',
      measure: 'engagement',
      required: ['likes'],
      optional: ['comments'],
      formula: 'formula_youtube_views',
    },
  ],
  // X shows views on every post since 2023: interactions per view is its main rate, per follower the second.
  x: [
    { basis: 'views', ...INTERACTIONS, formula: 'formula_x_views' },
    { basis: 'followers', ...INTERACTIONS, formula: 'formula_x_followers' },
  ],
  facebook: [
    {
      basis: 'followers',
      measure: 'engagement',
      required: ['likes', 'comments'],
      optional: [],
      formula: 'formula_facebook_followers',
    },
  ],
};

function part(post: RecentPost, name: Part): Count | null {
  const c = name === 'likes' ? post.likes : name === 'shares' ? (post.shares ?? null) : post[name];
  return c === 'hidden' ? null : c;
}

/** Lower divisor for an upper bound: the count's min, or its value when min is 0 (avoids dividing by zero). */
const safeMin = (c: Count) => (c.min > 0 ? c.min : c.value);

/** value / low / high of a ratio of two Counts, or null when the denominator is 0. */
function ratioOf(numerator: Count, denominator: Count): Observed | null {
  if (!(denominator.value > 0)) return null;
  return {
    value: numerator.value / denominator.value,
    low: numerator.min / denominator.max,
    high: numerator.max / safeMin(denominator),
  };
}

function sumCounts(counts: readonly Count[]): Count {
  return counts.reduce((s, c) => ({ value: s.value + c.value, min: s.min + c.min, max: s.max + c.max }), {
    value: 0,
    min: 0,
    max: 0,
  });
}

/** Each readable post's rate under one formula. */
export function perPostRates(posts: readonly RecentPost[], followers: Count | null, f: PostFormula): Observed[] {
  const out: Observed[] = [];
  for (const post of posts) {
    const required = f.required.map((name) => part(post, name));
    if (required.some((c) => c === null)) continue;
    const optional = f.optional.map((name) => part(post, name)).filter((c): c is Count => c !== null);
    const numerator = sumCounts([...required.filter((c): c is Count => c !== null), ...optional]);
    const denominator = f.basis === 'followers' ? followers : post.views;
    const observed = denominator ? ratioOf(numerator, denominator) : null;
    if (observed) out.push(observed);
  }
  return out;
}

/** Non-finite numbers (overflow on absurd counts) become null rather than breaking the Insight. */
function finite(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

function estimate(
  f: Pick<PostFormula, 'basis' | 'measure'>,
  method: string,
  sample: number,
  interval: Pick<Interval, 'value' | 'low' | 'high'> | null,
  coverage: number | null,
  fallback: boolean,
): EngagementEstimate {
  const rate = finite(interval?.value);
  const { basis, measure } = f;
  return {
    rate,
    low: finite(interval?.low),
    high: finite(interval?.high),
    basis,
    measure,
    method,
    sample,
    coverage,
    fallback,
  };
}

function fromPosts(
  snapshot: ProfileSnapshot,
  posts: readonly RecentPost[],
  f: PostFormula,
  settings: ScoringSettings,
  texts: Texts,
): EngagementEstimate | null {
  const observed = perPostRates(posts, snapshot.followers, f);
  const n = observed.length;
  if (n === 0) return null;
  const formula = texts.t(f.formula);
  const { minPosts, confidence } = settings.thresholds;
  if (n < minPosts) {
    // Under the minimum no figure at all: a range of two or three posts reads as a finding and is not one.
    const method = texts.t('method_tooFew', { n: texts.int(n), min: texts.int(minPosts), formula });
    return estimate(f, method, n, null, null, false);
  }
  const interval = medianInterval(observed, confidence);
  const coverage = interval?.coverage ?? 0;
  const method = texts.t('method_median', { n: texts.int(n), formula, coverage: texts.pct(coverage) });
  return estimate(f, method, n, interval, coverage, false);
}

/** TikTok lifetime likes per video (total likes ÷ videos) as a Count-like interval. */
function likesPerVideo(snapshot: ProfileSnapshot): Observed | null {
  const { totalLikes, posts } = snapshot;
  if (!totalLikes || !posts) return null;
  return ratioOf(totalLikes, posts);
}

/** Fallback: total likes ÷ videos ÷ followers (lifetime; no sampling, only rounding). */
function lifetimeByFollowers(snapshot: ProfileSnapshot, texts: Texts): EngagementEstimate | null {
  const perVideo = likesPerVideo(snapshot);
  const followers = snapshot.followers;
  if (!perVideo || !followers || !(followers.value > 0) || !snapshot.posts) return null;
  const interval = {
    value: perVideo.value / followers.value,
    low: perVideo.low / followers.max,
    high: perVideo.high / safeMin(followers),
  };
  const method = texts.t('method_lifetimeFollowers', { videos: texts.int(snapshot.posts.value) });
  return estimate({ basis: 'followers', measure: 'engagement' }, method, snapshot.posts.value, interval, null, true);
}

/** Fallback: lifetime likes per video ÷ the median views of the sampled videos (the grid shows views only). */
function lifetimeByViews(
  snapshot: ProfileSnapshot,
  posts: readonly RecentPost[],
  settings: ScoringSettings,
  texts: Texts,
): EngagementEstimate | null {
  const perVideo = likesPerVideo(snapshot);
  if (!perVideo || !snapshot.posts) return null;
  const views = posts
    .map((p) => p.views)
    .filter((v): v is Count => v !== null && v.value > 0)
    .map((v) => ({ value: v.value, low: v.min, high: v.max }));
  if (views.length < settings.thresholds.minPosts) return null;
  const median = medianInterval(views, settings.thresholds.confidence);
  if (!median || !(median.value > 0)) return null;
  const interval = {
    value: perVideo.value / median.value,
    low: perVideo.low / median.high,
    high: perVideo.high / (median.low > 0 ? median.low : median.value),
  };
  const method = texts.t('method_lifetimeViews', {
    videos: texts.int(snapshot.posts.value),
    n: texts.int(views.length),
    coverage: texts.pct(median.coverage),
  });
  return estimate({ basis: 'views', measure: 'engagement' }, method, views.length, interval, median.coverage, true);
}

export interface EngagementResult {
  primary: EngagementEstimate | null;
  secondary: EngagementEstimate | null;
  /** Sampled posts whose likes the site hides (left out). */
  hiddenLikes: number;
}

/** The platform's rates on the sample, main one first; TikTok falls back to lifetime averages and says so. */
export function engagementFor(
  snapshot: ProfileSnapshot,
  posts: readonly RecentPost[],
  settings: ScoringSettings,
  texts: Texts,
): EngagementResult {
  const estimates = FORMULAS[snapshot.platform].map((f) => {
    const fromRecent = fromPosts(snapshot, posts, f, settings, texts);
    if (snapshot.platform !== 'tiktok' || fromRecent?.rate != null) return fromRecent;
    const lifetime =
      f.basis === 'views' ? lifetimeByViews(snapshot, posts, settings, texts) : lifetimeByFollowers(snapshot, texts);
    return lifetime?.rate != null ? lifetime : fromRecent;
  });
  const available = estimates.filter((e): e is EngagementEstimate => e !== null);
  // A rate with a number beats one without; otherwise keep the platform's order.
  const ordered = [...available.filter((e) => e.rate !== null), ...available.filter((e) => e.rate === null)];
  return {
    primary: ordered[0] ?? null,
    secondary: ordered[1] ?? null,
    hiddenLikes: posts.filter((p) => p.likes === 'hidden').length,
  };
}
