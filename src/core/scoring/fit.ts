import type { Count } from '../count.ts';
import type { Verdict } from '../insight.ts';
import type { Platform } from '../platform.ts';
import type { Activity } from './activity.ts';
import type { EngagementEstimate } from './engagement.ts';
import type { ScoringSettings } from './settings.ts';
import type { Signal } from './signals.ts';
import type { Texts } from './texts.ts';

export interface Reason {
  code: string;
  text: string;
}

export interface Fit {
  verdict: Verdict;
  score: number;
  label: string;
  reasons: Reason[];
}

export interface FitInput {
  platform: Platform;
  followers: Count | null;
  engagement: EngagementEstimate | null;
  /** rate ÷ band median; null when there is no benchmark row or no rate. */
  ratio: number | null;
  hasBenchmark: boolean;
  signals: readonly Signal[];
  activity: Activity;
}

const PLATFORM_NAMES: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  x: 'X',
  facebook: 'Facebook',
};
export const platformName = (p: Platform) => PLATFORM_NAMES[p];

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** 0–50: 25 at the band median, 50 at twice it, 0 at half of it (log scale: ×2 and ÷2 weigh the same). */
export function engagementPoints(ratio: number | null, hasBenchmark: boolean): number {
  if (!hasBenchmark || ratio === null) return 25;
  if (!(ratio > 0)) return 0;
  return 50 * clamp(0.5 + Math.log2(ratio) / 2, 0, 1);
}

/** 0–30: 30 minus 15 per warning (info signals do not count). */
export const authenticityPoints = (warnings: number) => Math.max(0, 30 - 15 * warnings);

/** 0–20: recent posting scores highest; unknown dates score a neutral 10. */
export function activityPoints(daysSinceLastPost: number | null, inactiveDays: number): number {
  if (daysSinceLastPost === null) return 10;
  if (daysSinceLastPost <= inactiveDays / 2) return 20;
  if (daysSinceLastPost <= inactiveDays) return 15;
  if (daysSinceLastPost <= inactiveDays * 3) return 5;
  return 0;
}

function followerReason(followers: Count | null, s: ScoringSettings, texts: Texts): Reason {
  if (!followers) return { code: 'followers-unknown', text: texts.t('fit.followersUnknown') };
  const { min, max } = s.fitRange;
  const p = { followers: texts.int(followers.value), min: texts.compact(min), max: texts.compact(max) };
  if (followers.max < min) return { code: 'followers-below-range', text: texts.t('fit.followersBelow', p) };
  if (followers.min > max) return { code: 'followers-above-range', text: texts.t('fit.followersAbove', p) };
  if (followers.min < min || followers.max > max) {
    const edge = { ...p, low: texts.int(followers.min), high: texts.int(followers.max) };
    return { code: 'followers-edge', text: texts.t('fit.followersEdge', edge) };
  }
  return { code: 'followers-in-range', text: texts.t('fit.followersIn', p) };
}

function engagementReason(input: FitInput, s: ScoringSettings, texts: Texts): Reason {
  const e = input.engagement;
  if (!e) return { code: 'engagement-unknown', text: texts.t('fit.engagementUnknown') };
  if (e.rate === null) {
    const p = { n: texts.int(e.sample), min: texts.int(s.thresholds.minPosts) };
    return { code: 'too-few-posts', text: texts.t('fit.tooFewPosts', p) };
  }
  const r = input.ratio;
  if (!input.hasBenchmark || r === null) {
    return { code: 'no-benchmark', text: texts.t('fit.noBenchmark', { platform: platformName(input.platform) }) };
  }
  const p = { ratio: texts.ratio(r) };
  if (r >= 1.5) return { code: 'engagement-well-above', text: texts.t('fit.engagementWellAbove', p) };
  if (r >= 1.1) return { code: 'engagement-above', text: texts.t('fit.engagementAbove', p) };
  if (r >= 0.8) return { code: 'engagement-typical', text: texts.t('fit.engagementTypical', p) };
  if (r >= s.thresholds.farBelowRatio) return { code: 'engagement-below', text: texts.t('fit.engagementBelow', p) };
  return { code: 'engagement-far-below', text: texts.t('fit.engagementFarBelow', p) };
}

function activityReason(a: Activity, s: ScoringSettings, texts: Texts): Reason {
  if (a.daysSinceLastPost === null) return { code: 'activity-unknown', text: texts.t('fit.activityUnknown') };
  const days = texts.int(Math.floor(a.daysSinceLastPost));
  if (a.daysSinceLastPost > s.thresholds.inactiveDays)
    return { code: 'inactive', text: texts.t('fit.inactive', { days }) };
  if (a.postsPerWeek === null) return { code: 'active', text: texts.t('fit.active', { days }) };
  return { code: 'active', text: texts.t('fit.activeRate', { days, rate: texts.decimal(a.postsPerWeek) }) };
}

/**
 * The verdict and its 0–100 score: engagement vs benchmark (50) + authenticity (30) + activity (20).
 * Unread followers or no engagement number → insufficient-data; followers wholly outside the fit range →
 * outside-range (both capped under the "possible" cut so sorting by score never ranks them above a fit).
 * A warning, or no benchmark to compare with, rules out "strong".
 */
export function fitVerdict(input: FitInput, s: ScoringSettings, texts: Texts): Fit {
  const warnings = input.signals.filter((x) => x.severity === 'warn').length;
  const raw =
    engagementPoints(input.ratio, input.hasBenchmark) +
    authenticityPoints(warnings) +
    activityPoints(input.activity.daysSinceLastPost, s.thresholds.inactiveDays);
  const reasons: Reason[] = [followerReason(input.followers, s, texts), engagementReason(input, s, texts)];
  reasons.push(
    warnings > 0
      ? { code: 'signals-warn', text: texts.t('fit.signalsWarn', { n: texts.int(warnings) }) }
      : { code: 'signals-clean', text: texts.t('fit.signalsClean') },
  );
  reasons.push(activityReason(input.activity, s, texts));

  const below = Math.max(0, s.verdict.possible - 1);
  const followerCode = reasons[0]?.code;
  let verdict: Verdict;
  let score = Math.round(clamp(raw, 0, 100));
  if (followerCode === 'followers-unknown' || input.engagement?.rate == null) {
    verdict = 'insufficient-data';
    score = Math.min(score, below);
  } else if (followerCode === 'followers-below-range' || followerCode === 'followers-above-range') {
    verdict = 'outside-range';
    score = Math.min(score, below);
  } else if (score >= s.verdict.strong && (warnings > 0 || !input.hasBenchmark || input.ratio === null)) {
    verdict = 'possible';
    score = Math.max(0, s.verdict.strong - 1);
    if (warnings > 0) reasons.push({ code: 'signal-cap', text: texts.t('fit.signalCap') });
  } else if (score >= s.verdict.strong) verdict = 'strong';
  else if (score >= s.verdict.possible) verdict = 'possible';
  else verdict = 'weak';
  return { verdict, score, label: texts.t(`verdict.${verdict}`), reasons };
}
