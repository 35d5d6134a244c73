// The one figure a marketer reads first: the median rate, what it divides by in the site's own words, where it
// stands against its creator band, and (second) its range and sample.
import type { Platform } from '../platform.ts';
import type { EngagementEstimate } from './engagement.ts';
import type { Rating } from './rating.ts';
import type { Texts } from './texts.ts';

export interface Headline {
  /** "Engagement per post", "Views per video", "Lifetime engagement (fallback)". */
  label: string;
  /** "1.7%", or null when there is no rate. */
  figure: string | null;
  /** "of followers", "of views", "of subscribers": what the figure is a share of. */
  of: string;
  /** "Typical for Nano on Instagram (1.8%)"; the context line for a brand figure; null when not compared. */
  rating: string | null;
  /** "90% range 1.5% – 2.2% · median of 12 posts", or why there is no rate. */
  detail: string;
}

interface Compared {
  rating: Rating | null;
  median: number;
  tier: string;
  platform: string;
  brands: boolean;
}

const OF = {
  followers: 'rateOf_followers',
  views: 'rateOf_views',
  subscribers: 'rateOf_subscribers',
} as const;

function ofKey(platform: Platform, e: EngagementEstimate): (typeof OF)[keyof typeof OF] {
  if (e.basis === 'views') return OF.views;
  return platform === 'youtube' ? OF.subscribers : OF.followers;
}

export function headlineOf(
  platform: Platform,
  e: EngagementEstimate | null,
  compared: Compared | null,
  minPosts: number,
  texts: Texts,
): Headline | null {
  if (!e) return null;
  const label = texts.t(
    e.fallback ? 'headline_lifetime' : e.measure === 'reach' ? 'headline_reach' : 'headline_engagement',
  );
  const of = texts.t(ofKey(platform, e));
  if (e.rate === null) {
    const detail = texts.t('headline_tooFew', { n: texts.int(e.sample), min: texts.int(minPosts) });
    return { label, figure: null, of, rating: null, detail };
  }
  let rating: string | null = null;
  if (compared?.brands)
    rating = texts.t('headline_brands', { median: texts.pct(compared.median), platform: compared.platform });
  else if (compared?.rating)
    rating = texts.t('headline_rating', {
      word: texts.t(`rating_${compared.rating}`),
      tier: compared.tier,
      platform: compared.platform,
      median: texts.pct(compared.median),
    });
  else if (e.fallback) rating = texts.t('headline_notCompared');
  const n = texts.int(e.sample);
  const range =
    e.low !== null && e.high !== null && e.coverage
      ? texts.t('headline_range', { coverage: texts.pct(e.coverage), low: texts.pct(e.low), high: texts.pct(e.high) })
      : null;
  const videos = platform === 'youtube' || platform === 'tiktok';
  const sample = texts.t(
    e.fallback ? 'headline_lifetimeSample' : videos ? 'headline_sampleVideos' : 'headline_sample',
    { n },
  );
  return { label, figure: texts.pct(e.rate), of, rating, detail: range ? `${range} · ${sample}` : sample };
}
