import type { Count } from '../count.ts';
import type { ProfileSnapshot } from '../snapshot.ts';
import { type EngagementEstimate, recentPosts } from './engagement.ts';
import { followerJump, type Observation } from './history.ts';
import type { ScoringSettings } from './settings.ts';
import { coefficientOfVariation } from './stats.ts';
import type { Texts } from './texts.ts';

export interface Signal {
  code: string;
  severity: 'info' | 'warn';
  text: string;
}

type Thresholds = ScoringSettings['thresholds'];

/** Engagement whose whole range sits under farBelowRatio × the band median (HypeAuditor, Upfluence). */
export function farBelowSignal(
  estimate: EngagementEstimate | null,
  median: number | null,
  t: Thresholds,
  texts: Texts,
): Signal | null {
  if (!estimate || estimate.rate === null || estimate.high === null || median === null) return null;
  if (!(estimate.high < t.farBelowRatio * median)) return null;
  const text = texts.t('sig.farBelow', { high: texts.pct(estimate.high), median: texts.pct(median) });
  return { code: 'engagement-far-below', severity: 'warn', text };
}

/** Following ≥ followers, and "mass following" above t.massFollowing (HypeAuditor: 1,500). */
export function followingSignals(
  followers: Count | null,
  following: Count | null,
  t: Thresholds,
  texts: Texts,
): Signal[] {
  if (!following) return [];
  const out: Signal[] = [];
  if (followers && followers.value > 0 && following.value >= followers.value) {
    const text = texts.t('sig.followingExceeds', {
      following: texts.int(following.value),
      followers: texts.int(followers.value),
    });
    out.push({ code: 'following-exceeds-followers', severity: 'warn', text });
  }
  if (following.value > t.massFollowing) {
    const text = texts.t('sig.massFollowing', {
      following: texts.int(following.value),
      limit: texts.int(t.massFollowing),
    });
    out.push({ code: 'mass-following', severity: 'warn', text });
  }
  return out;
}

/** Comments summed over the recent posts are under t.fewCommentsRatio of likes summed (needs enough likes). */
export function fewCommentsSignal(snapshot: ProfileSnapshot, t: Thresholds, texts: Texts): Signal | null {
  let likes = 0;
  let comments = 0;
  let posts = 0;
  for (const p of recentPosts(snapshot)) {
    if (p.likes === null || p.likes === 'hidden' || p.comments === null) continue;
    likes += p.likes.value;
    comments += p.comments.value;
    posts++;
  }
  if (posts < t.minPosts || likes < t.fewCommentsMinLikes) return null;
  const share = comments / likes;
  if (!(share < t.fewCommentsRatio)) return null;
  const text = texts.t('sig.fewComments', { share: texts.pct(share), limit: texts.pct(t.fewCommentsRatio) });
  return { code: 'few-comments', severity: 'warn', text };
}

/**
 * trendHERO's "likes spread", read as the coefficient of variation of likes across the recent posts
 * (population standard deviation ÷ mean): under 40 % looks adjusted to a level (warn), over 100 % looks
 * boosted or giveaway-driven (info). https://help.trendhero.io/en/article/likes-spread-we2f07/ (2023-08).
 */
export function likesSpreadSignal(snapshot: ProfileSnapshot, t: Thresholds, texts: Texts): Signal | null {
  const likes = recentPosts(snapshot)
    .map((p) => p.likes)
    .filter((l): l is Count => l !== null && l !== 'hidden')
    .map((l) => l.value);
  if (likes.length < t.minPostsForSpread) return null;
  const cv = coefficientOfVariation(likes);
  if (cv === null || !Number.isFinite(cv)) return null;
  const params = { n: texts.int(likes.length), cv: texts.pct(cv) };
  if (cv < t.likesSpreadLow) {
    const text = texts.t('sig.likesUniform', { ...params, limit: texts.pct(t.likesSpreadLow) });
    return { code: 'likes-uniform', severity: 'warn', text };
  }
  if (cv > t.likesSpreadHigh) {
    const text = texts.t('sig.likesErratic', { ...params, limit: texts.pct(t.likesSpreadHigh) });
    return { code: 'likes-erratic', severity: 'info', text };
  }
  return null;
}

/** A follower jump between visits: warn when engagement did not keep up, info when engagement is unknown. */
export function followerJumpSignal(observations: readonly Observation[], t: Thresholds, texts: Texts): Signal | null {
  const jump = followerJump(observations, t);
  if (!jump || jump.unmatched === false) return null;
  const params = {
    growth: texts.pct(jump.growth),
    days: texts.decimal(jump.days),
    from: texts.int(jump.from.followers),
    to: texts.int(jump.to.followers),
  };
  return jump.unmatched
    ? { code: 'follower-jump', severity: 'warn', text: texts.t('sig.followerJump', params) }
    : { code: 'follower-jump', severity: 'info', text: texts.t('sig.followerJumpUnknown', params) };
}
