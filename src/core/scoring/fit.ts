import { keyPart } from '../catalogue.ts';
import { type Count, isExact } from '../count.ts';
import type { Verdict } from '../insight.ts';
import type { Platform } from '../platform.ts';
import type { Activity } from './activity.ts';
import { RATING_CUTS } from './rating.ts';
import type { ScoringSettings } from './settings.ts';
import { CHECKS, type Check } from './signals.ts';
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

/** Why engagement could not be judged against a creator benchmark (the verdict is then "not enough data"). */
export type Unjudged =
  | 'no-posts' // no post with readable counts
  | 'no-timeline' // only a selection of posts (highlights, promo shelves), no recent timeline
  | 'only-new-posts' // every timeline post is still too young to measure
  | 'too-few-posts' // fewer recent posts than the minimum
  | 'lifetime-only' // only a lifetime average (TikTok's grid shows views only)
  | 'no-benchmark'; // a rate, but no current creator benchmark for its basis

export interface FitInput {
  platform: Platform;
  followers: Count | null;
  /** rate ÷ the creator band's median; null when engagement is not judged. */
  ratio: number | null;
  /** Set when engagement is not judged, with why. */
  unjudged: Unjudged | null;
  /** Posts in the sample, and the minimum. */
  samplePosts: number;
  checks: readonly Check[];
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
export function engagementPoints(ratio: number | null): number {
  if (ratio === null || !(ratio > 0)) return 0;
  return 50 * clamp(0.5 + Math.log2(ratio) / 2, 0, 1);
}

/** 0–30: an equal share for each authenticity check that could run and found nothing; none for one that could not. */
export function authenticityPoints(checks: readonly Check[]): number {
  const clean = checks.filter((c) => c.ran && c.signal?.severity !== 'warn').length;
  return (30 * clean) / CHECKS.length;
}

/** 0–20: recent posting scores highest; unknown dates score nothing (only what was measured counts). */
export function activityPoints(daysSinceLastPost: number | null, inactiveDays: number): number {
  if (daysSinceLastPost === null) return 0;
  if (daysSinceLastPost <= inactiveDays / 2) return 20;
  if (daysSinceLastPost <= inactiveDays) return 15;
  if (daysSinceLastPost <= inactiveDays * 3) return 5;
  return 0;
}

function followerReason(input: FitInput, s: ScoringSettings, texts: Texts): Reason {
  const { followers } = input;
  if (!followers) return { code: 'followers-unknown', text: texts.t('fit_followersUnknown') };
  const { min, max } = s.fitRange;
  // As the page shows it: "about 4.7M" for a rounded count (never "4,690,000" beside the card's "≈ 4.7M"), and
  // in the site's own word (YouTube: subscribers).
  const shown = isExact(followers)
    ? texts.int(followers.value)
    : texts.t('count_about', { n: texts.compact(followers.value) });
  const noun = texts.t(input.platform === 'youtube' ? 'subscribers' : 'followers');
  const p = { followers: shown, noun, min: texts.compact(min), max: texts.compact(max) };
  if (followers.max < min) return { code: 'followers-below-range', text: texts.t('fit_followersBelow', p) };
  if (followers.min > max) return { code: 'followers-above-range', text: texts.t('fit_followersAbove', p) };
  if (followers.min < min || followers.max > max) {
    const edge = { ...p, low: texts.int(followers.min), high: texts.int(followers.max) };
    return { code: 'followers-edge', text: texts.t('fit_followersEdge', edge) };
  }
  return { code: 'followers-in-range', text: texts.t('fit_followersIn', p) };
}

const UNJUDGED_TEXT = {
  'no-posts': 'fit_noPosts',
  'no-timeline': 'fit_noTimeline',
  'only-new-posts': 'fit_onlyNewPosts',
  'too-few-posts': 'fit_tooFewPosts',
  'lifetime-only': 'fit_lifetimeOnly',
  'no-benchmark': 'fit_noBenchmark',
} as const;

/** Where the rate stands against its creator band (the same cut-offs as the headline's rating word). */
function engagementReason(input: FitInput, s: ScoringSettings, texts: Texts): Reason {
  if (input.unjudged || input.ratio === null) {
    const code = input.unjudged ?? 'no-benchmark';
    const p = {
      n: texts.int(input.samplePosts),
      min: texts.int(s.thresholds.minPosts),
      days: texts.int(s.sample.minAgeDays),
      platform: platformName(input.platform),
      hint: texts.t(`hint_${input.platform}`),
    };
    return { code, text: texts.t(UNJUDGED_TEXT[code], p) };
  }
  const r = input.ratio;
  const p = { ratio: texts.ratio(r) };
  if (r >= 2) return { code: 'engagement-well-above', text: texts.t('fit_engagementWellAbove', p) };
  if (r > RATING_CUTS.high) return { code: 'engagement-above', text: texts.t('fit_engagementAbove', p) };
  if (r >= RATING_CUTS.low) return { code: 'engagement-typical', text: texts.t('fit_engagementTypical', p) };
  if (r >= s.thresholds.farBelowRatio) return { code: 'engagement-below', text: texts.t('fit_engagementBelow', p) };
  return { code: 'engagement-far-below', text: texts.t('fit_engagementFarBelow', p) };
}

function activityReason(a: Activity, s: ScoringSettings, texts: Texts): Reason {
  if (a.daysSinceLastPost === null) return { code: 'activity-unknown', text: texts.t('fit_activityUnknown') };
  const days = texts.ago(a.daysSinceLastPost);
  if (a.daysSinceLastPost > s.thresholds.inactiveDays)
    return { code: 'inactive', text: texts.t('fit_inactive', { days }) };
  if (a.postsPerWeek === null) return { code: 'active', text: texts.t('fit_active', { days }) };
  return { code: 'active', text: texts.t('fit_activeRate', { days, rate: texts.decimal(a.postsPerWeek) }) };
}

/**
 * The verdict and its 0–100 score: engagement against its creator band (50) + authenticity checks that ran (30) +
 * activity when dates are shown (20). In this order: followers unread → not enough data; followers wholly outside
 * the fit range → outside the range, whatever else is missing; engagement not judged against a creator benchmark
 * → not enough data, saying what is missing. Both are capped under the "possible" cut so sorting by score never
 * ranks them above a fit. A warning rules out "strong".
 */
export function fitVerdict(input: FitInput, s: ScoringSettings, texts: Texts): Fit {
  const warnings = input.checks.filter((c) => c.signal?.severity === 'warn').length;
  const raw =
    engagementPoints(input.ratio) +
    authenticityPoints(input.checks) +
    activityPoints(input.activity.daysSinceLastPost, s.thresholds.inactiveDays);
  const follower = followerReason(input, s, texts);
  const reasons: Reason[] = [follower, engagementReason(input, s, texts)];
  const ran = input.checks.filter((c) => c.ran).length;
  reasons.push(
    warnings > 0
      ? { code: 'signals-warn', text: texts.t('fit_signalsWarn', { n: texts.int(warnings) }) }
      : ran > 0
        ? {
            code: 'signals-clean',
            text: texts.t('fit_signalsClean', { n: texts.int(ran), of: texts.int(CHECKS.length) }),
          }
        : { code: 'signals-unchecked', text: texts.t('fit_signalsUnchecked') },
  );
  reasons.push(activityReason(input.activity, s, texts));

  const below = Math.max(0, s.verdict.possible - 1);
  let verdict: Verdict;
  let score = Math.round(clamp(raw, 0, 100));
  if (follower.code === 'followers-unknown') {
    verdict = 'insufficient-data';
    score = Math.min(score, below);
  } else if (follower.code === 'followers-below-range' || follower.code === 'followers-above-range') {
    verdict = 'outside-range';
    score = Math.min(score, below);
  } else if (input.unjudged || input.ratio === null) {
    verdict = 'insufficient-data';
    score = Math.min(score, below);
  } else if (score >= s.verdict.strong && warnings > 0) {
    verdict = 'possible';
    score = Math.max(0, s.verdict.strong - 1);
    reasons.push({ code: 'signal-cap', text: texts.t('fit_signalCap') });
  } else if (score >= s.verdict.strong) verdict = 'strong';
  else if (score >= s.verdict.possible) verdict = 'possible';
  else verdict = 'weak';
  return { verdict, score, label: texts.t(`verdict_${keyPart(verdict)}`), reasons };
}
