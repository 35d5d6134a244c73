import type { Insight } from '../insight.ts';
import type { ProfileSnapshot } from '../snapshot.ts';
import { activityOf } from './activity.ts';
import { type BenchmarkRow, findBenchmark } from './benchmarks.ts';
import { type EngagementEstimate, engagementFor } from './engagement.ts';
import { fitVerdict, platformName } from './fit.ts';
import { growthOf, type Observation } from './history.ts';
import { DEFAULT_SCORING_SETTINGS, type ScoringSettings, validateScoringSettings } from './settings.ts';
import {
  farBelowSignal,
  fewCommentsSignal,
  followerJumpSignal,
  followingSignals,
  likesSpreadSignal,
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
      ? texts.t('bench.bandOver', { min: texts.compact(row.minFollowers) })
      : texts.t('bench.bandAll');
  }
  return texts.t('bench.band', { min: texts.compact(row.minFollowers), max: texts.compact(row.maxFollowers) });
}

const figure = (e: EngagementEstimate) => ({
  rate: e.rate,
  low: e.low,
  high: e.high,
  basis: e.basis,
  method: e.method,
  sample: e.sample,
  coverage: e.coverage,
  fallback: e.fallback,
});

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
        text: texts.t('sig.settingsInvalid', { reason: check.reason }),
      });
  }
  const t = settings.thresholds;
  const now = resolveNow(context, snapshot);
  const followers = snapshot.followers;
  const platform = snapshot.platform;

  const tier = tierFor(followers, settings.tierBands, texts);
  const engagement = engagementFor(snapshot, settings, texts);

  // Compare the first estimate whose basis the benchmark table covers (YouTube: likes ÷ views, the secondary).
  let compared: { estimate: EngagementEstimate; row: BenchmarkRow } | null = null;
  for (const estimate of [engagement.primary, engagement.secondary]) {
    const row = estimate && followers ? findBenchmark(platform, estimate.basis, followers.value) : null;
    if (estimate && row) {
      compared = { estimate, row };
      break;
    }
  }
  const rawRatio = compared?.estimate.rate != null ? compared.estimate.rate / compared.row.median : null;
  const ratio = rawRatio !== null && Number.isFinite(rawRatio) ? rawRatio : null;
  const benchmark = compared
    ? {
        median: compared.row.median,
        ratio,
        source: compared.row.source,
        basis: compared.estimate.basis,
        band: bandText(compared.row, texts),
        date: compared.row.date,
        ...(compared.row.note ? { note: compared.row.note } : {}),
        ...(ratio !== null
          ? {
              text: texts.t(compared.row.population === 'brands' ? 'bench.ratioBrands' : 'bench.ratio', {
                ratio: texts.ratio(ratio),
                tier: texts.t(`tier.${tier.id}`),
                platform: platformName(platform),
              }),
            }
          : {}),
      }
    : null;

  if (snapshot.private) signals.push({ code: 'private', severity: 'info', text: texts.t('sig.private') });
  if (engagement.hiddenLikes > 0) {
    const text = texts.t('sig.hiddenLikes', { n: texts.int(engagement.hiddenLikes) });
    signals.push({ code: 'hidden-likes', severity: 'info', text });
  }
  const current: Observation[] =
    now && followers ? [{ at: now.toISOString(), followers, engagementRate: engagement.primary?.rate ?? null }] : [];
  const observations = [...(context.history ?? []), ...current];
  for (const s of [
    farBelowSignal(compared?.estimate ?? null, compared?.row.median ?? null, t, texts),
    ...followingSignals(followers, snapshot.following, t, texts),
    fewCommentsSignal(snapshot, t, texts),
    likesSpreadSignal(snapshot, t, texts),
    followerJumpSignal(observations, t, texts),
  ]) {
    if (s) signals.push(s);
  }

  const activity = activityOf(snapshot, now);
  const fit = fitVerdict(
    {
      platform,
      followers,
      engagement: engagement.primary,
      ratio,
      // A brand-account median says nothing about what is typical for a creator: context only, not judged.
      hasBenchmark: compared !== null && compared.row.population !== 'brands',
      signals,
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
          text: texts.t('growth.text', {
            change: `${growth.change > 0 ? '+' : ''}${texts.int(growth.change)}`,
            days: texts.decimal(growth.days),
            perWeek: `${growth.perWeek > 0 ? '+' : ''}${texts.decimal(growth.perWeek)}`,
          }),
        }
      : null,
    activity,
  };
}

export type { Observation } from './history.ts';
export type { ScoringSettings } from './settings.ts';
export { DEFAULT_SCORING_SETTINGS, validateScoringSettings } from './settings.ts';
export type { Lang } from './texts.ts';
