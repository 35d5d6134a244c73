import type { Count } from '../count.ts';
import type { Platform } from '../platform.ts';
import type { ProfileSnapshot, RecentPost } from '../snapshot.ts';
import type { ScoringSettings } from './settings.ts';
import { type Interval, meanInterval, medianInterval, type Observed, spanOf } from './stats.ts';
import type { TextKey, Texts } from './texts.ts';

export type Basis = 'followers' | 'views';

export interface EngagementEstimate {
  /** Fractions: 0.041 = 4.1 %. `rate` is null when there are too few posts for an estimate. */
  rate: number | null;
  low: number | null;
  high: number | null;
  basis: Basis;
  method: string;
  /** Posts (or, for lifetime fallbacks, videos) the figure rests on. */
  sample: number;
  /** Sampling coverage of [low, high]; null for lifetime figures (no sampling). */
  coverage: number | null;
  /** True when the figure is a lifetime average standing in for recent posts. */
  fallback: boolean;
}

type Part = 'likes' | 'comments' | 'shares' | 'views';

/** One per-post formula: numerator parts (required ones must be readable; optional ones count 0 when absent). */
interface PostFormula {
  basis: Basis;
  required: readonly Part[];
  optional: readonly Part[];
  formula: TextKey;
}

/** Per platform, primary basis first (PRODUCT.md "engagement"). */
const FORMULAS: Record<Platform, readonly PostFormula[]> = {
  instagram: [
    { basis: 'followers', required: ['likes', 'comments'], optional: [], formula: 'formula.instagram.followers' },
  ],
  tiktok: [
    { basis: 'views', required: ['likes'], optional: ['comments', 'shares'], formula: 'formula.tiktok.views' },
    { basis: 'followers', required: ['likes'], optional: ['comments', 'shares'], formula: 'formula.tiktok.followers' },
  ],
  youtube: [
    { basis: 'followers', required: ['views'], optional: [], formula: 'formula.youtube.followers' },
    { basis: 'views', required: ['likes'], optional: [], formula: 'formula.youtube.views' },
  ],
  x: [{ basis: 'followers', required: ['likes'], optional: ['comments', 'shares'], formula: 'formula.x.followers' }],
  facebook: [
    { basis: 'followers', required: ['likes', 'comments'], optional: [], formula: 'formula.facebook.followers' },
  ],
};

/** "Recent" posts: pinned ones are left out (a pinned post is chosen, often old, and not representative). */
export function recentPosts(snapshot: ProfileSnapshot): RecentPost[] {
  return snapshot.recentPosts.filter((p) => p.pinned !== true);
}

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

/** Each readable recent post's rate under one formula. */
export function perPostRates(snapshot: ProfileSnapshot, f: PostFormula): Observed[] {
  const out: Observed[] = [];
  for (const post of recentPosts(snapshot)) {
    const required = f.required.map((name) => part(post, name));
    if (required.some((c) => c === null)) continue;
    const optional = f.optional.map((name) => part(post, name)).filter((c): c is Count => c !== null);
    const numerator = sumCounts([...required.filter((c): c is Count => c !== null), ...optional]);
    const denominator = f.basis === 'followers' ? snapshot.followers : post.views;
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
  basis: Basis,
  method: string,
  sample: number,
  interval: Pick<Interval, 'value' | 'low' | 'high'> | null,
  coverage: number | null,
  fallback: boolean,
): EngagementEstimate {
  const rate = finite(interval?.value);
  return { rate, low: finite(interval?.low), high: finite(interval?.high), basis, method, sample, coverage, fallback };
}

function fromPosts(
  snapshot: ProfileSnapshot,
  f: PostFormula,
  settings: ScoringSettings,
  texts: Texts,
): EngagementEstimate | null {
  const observed = perPostRates(snapshot, f);
  const n = observed.length;
  if (n === 0) return null;
  const formula = texts.t(f.formula);
  const { minPosts, confidence } = settings.thresholds;
  if (n < minPosts) {
    const span = spanOf(observed);
    const method = texts.t('method.tooFew', { n: texts.int(n), min: texts.int(minPosts), formula });
    return { ...estimate(f.basis, method, n, null, null, false), low: finite(span?.low), high: finite(span?.high) };
  }
  const interval = medianInterval(observed, confidence);
  const coverage = interval?.coverage ?? 0;
  const method = texts.t('method.median', { n: texts.int(n), formula, coverage: texts.pct(coverage) });
  return estimate(f.basis, method, n, interval, coverage, false);
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
  const method = texts.t('method.lifetimeFollowers', { videos: texts.int(snapshot.posts.value) });
  return estimate('followers', method, snapshot.posts.value, interval, null, true);
}

/** Fallback: lifetime likes per video ÷ mean views of the grid (the grid shows views only). */
function lifetimeByViews(
  snapshot: ProfileSnapshot,
  settings: ScoringSettings,
  texts: Texts,
): EngagementEstimate | null {
  const perVideo = likesPerVideo(snapshot);
  if (!perVideo || !snapshot.posts) return null;
  const views = recentPosts(snapshot)
    .map((p) => p.views)
    .filter((v): v is Count => v !== null && v.value > 0)
    .map((v) => ({ value: v.value, low: v.min, high: v.max }));
  if (views.length < settings.thresholds.minPosts) return null;
  const mean = meanInterval(views, settings.thresholds.confidence);
  if (!mean || !(mean.value > 0)) return null;
  const interval = {
    value: perVideo.value / mean.value,
    low: perVideo.low / mean.high,
    high: perVideo.high / (mean.low > 0 ? mean.low : mean.value),
  };
  const method = texts.t('method.lifetimeViews', {
    videos: texts.int(snapshot.posts.value),
    n: texts.int(views.length),
    coverage: texts.pct(mean.coverage),
  });
  return estimate('views', method, views.length, interval, mean.coverage, true);
}

export interface EngagementResult {
  primary: EngagementEstimate | null;
  secondary: EngagementEstimate | null;
  /** Recent posts whose likes the site hides (left out). */
  hiddenLikes: number;
}

/** The platform's engagement estimates, primary basis first; TikTok falls back to lifetime averages and says so. */
export function engagementFor(snapshot: ProfileSnapshot, settings: ScoringSettings, texts: Texts): EngagementResult {
  const estimates = FORMULAS[snapshot.platform].map((f) => {
    const fromRecent = fromPosts(snapshot, f, settings, texts);
    if (snapshot.platform !== 'tiktok' || fromRecent?.rate != null) return fromRecent;
    const lifetime =
      f.basis === 'views' ? lifetimeByViews(snapshot, settings, texts) : lifetimeByFollowers(snapshot, texts);
    return lifetime?.rate != null ? lifetime : fromRecent;
  });
  const available = estimates.filter((e): e is EngagementEstimate => e !== null);
  // A basis with a number beats one with only a range; otherwise keep the platform's order.
  const ordered = [...available.filter((e) => e.rate !== null), ...available.filter((e) => e.rate === null)];
  return {
    primary: ordered[0] ?? null,
    secondary: ordered[1] ?? null,
    hiddenLikes: recentPosts(snapshot).filter((p) => p.likes === 'hidden').length,
  };
}
