import type { Insight } from '../insight.ts';
import type { ProfileSnapshot } from '../snapshot.ts';
import { activityOf } from './activity.ts';
import { type BenchmarkRow, contextBenchmark, findBenchmark } from './benchmarks.ts';
import { type EngagementEstimate, engagementFor } from './engagement.ts';
import { figuresOf } from './figures.ts';
import { fitVerdict, platformName, type Unjudged } from './fit.ts';
import { headlineOf } from './headline.ts';
import { growthOf, type Observation } from './history.ts';
import { ratingOf } from './rating.ts';
import { type PostSample, samplePosts } from './sample.ts';
import { sampleText } from './sample-text.ts';
import { DEFAULT_SCORING_SETTINGS, type ScoringSettings, validateScoringSettings } from './settings.ts';
import {
  type Check,
  farBelowCheck,
  fewCommentsCheck,
  followerJumpCheck,
  followingCheck,
  likesSpreadCheck,
  type Signal,
} from './signals.ts';
import { type Lang, type Texts, textsFor } from './texts.ts';
import { tierFor } from './tier.ts';

export interface ScoreContext {
  settings?: ScoringSettings;
  /** Earlier visits, any order (the background keeps up to 50 per profile). */
  history?: readonly Observation[];
  lang?: Lang;
  /** The moment of scoring; defaults to snapshot.readAt. Without either, activity and growth-to-now are unknown. */
  now?: Date;
}

function resolveNow(context: ScoreContext, snapshot: ProfileSnapshot): Date | null {
  if (context.now && Number.isFinite(context.now.getTime())) return context.now;
  const readAt = snapshot.readAt ? Date.parse(snapshot.readAt) : Number.NaN;
  return Number.isFinite(readAt) ? new Date(readAt) : null;
}

function bandText(row: BenchmarkRow, texts: Texts): string {
  if (row.maxFollowers === null) {
    return row.minFollowers > 0
      ? texts.t('bench_bandOver', { min: texts.compact(row.minFollowers) })
      : texts.t('bench_bandAll');
  }
  return texts.t('bench_band', { min: texts.compact(row.minFollowers), max: texts.compact(row.maxFollowers) });
}

const figure = (e: EngagementEstimate) => ({
  rate: e.rate,
  low: e.low,
  high: e.high,
  basis: e.basis,
  measure: e.measure,
  method: e.method,
  sample: e.sample,
  coverage: e.coverage,
  fallback: e.fallback,
});

/** The first rate a creator benchmark of the same basis and measure judges (never a lifetime fallback). */
function judge(
  platform: ProfileSnapshot['platform'],
  followers: number | null,
  estimates: ReadonlyArray<EngagementEstimate | null>,
): { estimate: EngagementEstimate; row: BenchmarkRow } | null {
  for (const estimate of estimates) {
    if (!estimate || estimate.rate === null || estimate.fallback || followers === null) continue;
    const row = findBenchmark(platform, estimate.basis, estimate.measure, followers);
    if (row) return { estimate, row };
  }
  return null;
}

/** Why no rate was judged, in the order a marketer would fix it. */
function unjudgedReason(sample: PostSample, main: EngagementEstimate | null, minPosts: number): Unjudged {
  if (main?.fallback) return 'lifetime-only';
  if (main?.rate != null) return 'no-benchmark';
  if (sample.posts.length === 0 && (sample.excluded.curated ?? 0) > 0) return 'no-timeline';
  if (sample.posts.length === 0 && (sample.excluded['too-new'] ?? 0) > 0) return 'only-new-posts';
  if (sample.posts.length > 0 && (main?.sample ?? sample.posts.length) < minPosts) return 'too-few-posts';
  return 'no-posts';
}

/**
 * Scores one profile snapshot into an Insight (PRODUCT.md contract). Pure and deterministic: same inputs,
 * same output; the only clock is `context.now` (or snapshot.readAt). Never throws on a schema-valid snapshot;
 * invalid settings fall back to the defaults and say so in a signal.
 */
export function scoreProfile(snapshot: ProfileSnapshot, context: ScoreContext = {}): Insight {
  const texts = textsFor(context.lang === 'es' ? 'es' : 'en');
  const signals: Signal[] = [];
  let settings = DEFAULT_SCORING_SETTINGS;
  if (context.settings) {
    const check = validateScoringSettings(context.settings);
    if (check.ok) settings = check.settings;
    else
      signals.push({
        code: 'settings-invalid',
        severity: 'info',
        text: texts.t('sig_settingsInvalid', { reason: check.reason }),
      });
  }
  const t = settings.thresholds;
  const now = resolveNow(context, snapshot);
  const followers = snapshot.followers;
  const platform = snapshot.platform;

  const tier = tierFor(followers, settings.tierBands, texts);
  const sample = samplePosts(snapshot, settings, now);
  const engagement = engagementFor(snapshot, sample.posts, settings, texts);

  const judged = judge(platform, followers?.value ?? null, [engagement.primary, engagement.secondary]);
  const rawRatio = judged?.estimate.rate != null ? judged.estimate.rate / judged.row.median : null;
  const ratio = rawRatio !== null && Number.isFinite(rawRatio) ? rawRatio : null;
  // Without a creator row, a brand figure (X, Facebook) is shown as context only: no ratio, no judgement.
  const brandRow = judged ? null : contextBenchmark(platform, engagement.primary, followers?.value ?? null);
  const row = judged?.row ?? brandRow;
  const benchmark = row
    ? {
        median: row.median,
        ratio,
        source: row.source,
        basis: row.basis,
        band: bandText(row, texts),
        date: row.date,
        population: row.population ?? 'creators',
        ...(row.note ? { note: row.note } : {}),
        ...(ratio !== null
          ? {
              rating: ratingOf(ratio),
              text: texts.t('bench_ratio', {
                ratio: texts.ratio(ratio),
                tier: texts.t(`tier_${tier.id}`),
                platform: platformName(platform),
              }),
            }
          : {
              text: texts.t('bench_context', { median: texts.pct(row.median), platform: platformName(platform) }),
            }),
      }
    : null;

  if (snapshot.private) signals.push({ code: 'private', severity: 'info', text: texts.t('sig_private') });
  if (engagement.hiddenLikes > 0) {
    const text = texts.t('sig_hiddenLikes', { n: texts.int(engagement.hiddenLikes) });
    signals.push({ code: 'hidden-likes', severity: 'info', text });
  }
  const current: Observation[] =
    now && followers ? [{ at: now.toISOString(), followers, engagementRate: engagement.primary?.rate ?? null }] : [];
  const observations = [...(context.history ?? []), ...current];
  const checks: Check[] = [
    farBelowCheck(judged?.estimate ?? null, judged?.row.median ?? null, t, texts),
    followingCheck(followers, snapshot.following, texts),
    fewCommentsCheck(sample.posts, t, texts),
    likesSpreadCheck(sample.posts, t, texts),
    followerJumpCheck(observations, t, texts),
  ];
  for (const c of checks) if (c.signal) signals.push(c.signal);

  const activity = activityOf(sample, now);
  const fit = fitVerdict(
    {
      platform,
      followers,
      ratio,
      unjudged: ratio === null ? unjudgedReason(sample, engagement.primary, t.minPosts) : null,
      samplePosts: engagement.primary?.sample ?? sample.posts.length,
      checks,
      activity,
    },
    settings,
    texts,
  );

  const growth = growthOf(observations);
  return {
    tier,
    engagement: engagement.primary
      ? {
          ...figure(engagement.primary),
          secondary: engagement.secondary ? figure(engagement.secondary) : null,
        }
      : null,
    benchmark,
    fit,
    signals,
    growth: growth
      ? {
          ...growth,
          text: texts.t('growth_text', {
            change: `${growth.change > 0 ? '+' : ''}${texts.int(growth.change)}`,
            days: texts.decimal(growth.days),
            perWeek: `${growth.perWeek > 0 ? '+' : ''}${texts.decimal(growth.perWeek)}`,
          }),
        }
      : null,
    activity,
    figures: figuresOf(snapshot, sample, activity, settings, now),
    sample: sampleText(sample, texts),
    headline: headlineOf(
      platform,
      judged?.estimate ?? engagement.primary,
      row
        ? {
            rating: ratio !== null ? ratingOf(ratio) : null,
            median: row.median,
            tier: texts.t(`tier_${tier.id}`),
            platform: platformName(platform),
            brands: row.population === 'brands',
          }
        : null,
      t.minPosts,
      texts,
    ),
  };
}

export type { Observation } from './history.ts';
export type { ScoringSettings } from './settings.ts';
export { DEFAULT_SCORING_SETTINGS, validateScoringSettings } from './settings.ts';
export type { Lang } from './texts.ts';
