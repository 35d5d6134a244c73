import type { Count } from '../count.ts';
import type { RecentPost } from '../snapshot.ts';
import type { EngagementEstimate } from './engagement.ts';
import { followerJump, type Observation } from './history.ts';
import type { ScoringSettings } from './settings.ts';
import { coefficientOfVariation } from './stats.ts';
import type { Texts } from './texts.ts';

export interface Signal {
  code: string;
  severity: 'info' | 'warn';
  text: string;
}

/** The authenticity checks; each scores only when the counts it needs were there (fit.ts). */
export const CHECKS = ['engagement-level', 'following', 'comments', 'likes-spread', 'follower-growth'] as const;
export type CheckName = (typeof CHECKS)[number];

/** One check: whether it could run on what the page showed, and what it found. */
export interface Check {
  check: CheckName;
  ran: boolean;
  signal: Signal | null;
}

type Thresholds = ScoringSettings['thresholds'];

/** Engagement whose whole range sits under farBelowRatio × the band median (HypeAuditor, Upfluence). */
export function farBelowCheck(
  estimate: EngagementEstimate | null,
  median: number | null,
  t: Thresholds,
  texts: Texts,
): Check {
  const check = 'engagement-level';
  if (!estimate || estimate.rate === null || estimate.high === null || median === null)
    return { check, ran: false, signal: null };
  if (!(estimate.high < t.farBelowRatio * median)) return { check, ran: true, signal: null };
  const text = texts.t('sig_farBelow', { high: texts.pct(estimate.high), median: texts.pct(median) });
  return { check, ran: true, signal: { code: 'engagement-far-below', severity: 'warn', text } };
}

/**
 * Following ≥ followers. (HypeAuditor's "mass followers" — following over 1,500 — describes an audience's accounts,
 * not a creator's own following, so it is no check here.)
 */
export function followingCheck(followers: Count | null, following: Count | null, texts: Texts): Check {
  const check = 'following';
  if (!following || !followers || !(followers.value > 0)) return { check, ran: false, signal: null };
  if (following.value < followers.value) return { check, ran: true, signal: null };
  const text = texts.t('sig_followingExceeds', {
    following: texts.int(following.value),
    followers: texts.int(followers.value),
  });
  return { check, ran: true, signal: { code: 'following-exceeds-followers', severity: 'warn', text } };
}

/** Comments summed over the recent posts are under t.fewCommentsRatio of likes summed (needs enough likes). */
export function fewCommentsCheck(sample: readonly RecentPost[], t: Thresholds, texts: Texts): Check {
  const check = 'comments';
  let likes = 0;
  let comments = 0;
  let posts = 0;
  for (const p of sample) {
    if (p.likes === null || p.likes === 'hidden' || p.comments === null) continue;
    likes += p.likes.value;
    comments += p.comments.value;
    posts++;
  }
  if (posts < t.minPosts || likes < t.fewCommentsMinLikes) return { check, ran: false, signal: null };
  const share = comments / likes;
  if (!(share < t.fewCommentsRatio)) return { check, ran: true, signal: null };
  const text = texts.t('sig_fewComments', { share: texts.pct(share), limit: texts.pct(t.fewCommentsRatio) });
  return { check, ran: true, signal: { code: 'few-comments', severity: 'warn', text } };
}

/**
 * trendHERO's "likes spread", read as the coefficient of variation of likes across the recent posts
 * (population standard deviation ÷ mean): under 40 % looks adjusted to a level (warn), over 100 % looks
 * boosted or giveaway-driven (info). https://help.trendhero.io/en/article/likes-spread-we2f07/ (2023-08).
 */
export function likesSpreadCheck(sample: readonly RecentPost[], t: Thresholds, texts: Texts): Check {
  const check = 'likes-spread';
  const likes = sample
    .map((p) => p.likes)
    .filter((l): l is Count => l !== null && l !== 'hidden')
    .map((l) => l.value);
  const cv = likes.length < t.minPostsForSpread ? null : coefficientOfVariation(likes);
  if (cv === null || !Number.isFinite(cv)) return { check, ran: false, signal: null };
  const params = { n: texts.int(likes.length), cv: texts.pct(cv) };
  if (cv < t.likesSpreadLow) {
    const text = texts.t('sig_likesUniform', { ...params, limit: texts.pct(t.likesSpreadLow) });
    return { check, ran: true, signal: { code: 'likes-uniform', severity: 'warn', text } };
  }
  if (cv > t.likesSpreadHigh) {
    const text = texts.t('sig_likesErratic', { ...params, limit: texts.pct(t.likesSpreadHigh) });
    return { check, ran: true, signal: { code: 'likes-erratic', severity: 'info', text } };
  }
  return { check, ran: true, signal: null };
}

/** A follower jump between visits: warn when engagement did not keep up, info when engagement is unknown. */
export function followerJumpCheck(observations: readonly Observation[], t: Thresholds, texts: Texts): Check {
  const check = 'follower-growth';
  // Runs from the second visit with a follower count on: one visit shows no growth at all.
  const ran = observations.filter((o) => o.followers !== null).length >= 2;
  const jump = followerJump(observations, t);
  if (!jump || jump.unmatched === false) return { check, ran, signal: null };
  const params = {
    growth: texts.pct(jump.growth),
    days: texts.decimal(jump.days),
    from: texts.int(jump.from.followers),
    to: texts.int(jump.to.followers),
  };
  const signal: Signal = jump.unmatched
    ? { code: 'follower-jump', severity: 'warn', text: texts.t('sig_followerJump', params) }
    : { code: 'follower-jump', severity: 'info', text: texts.t('sig_followerJumpUnknown', params) };
  return { check, ran, signal };
}
