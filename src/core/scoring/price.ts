import type { CpmRanges } from './settings.ts';
import type { ViewsFigure } from './views.ts';

export interface PriceEstimate {
  /** US dollars per post: median views ÷ 1,000 × the platform's CPM range. An estimate, never a quote. */
  low: number;
  high: number;
  cpmLow: number;
  cpmHigh: number;
  /** The median views it rests on. */
  views: number;
}

/** Estimated price per post; null without a median of views or without a CPM range for the platform. */
export function priceOf(views: ViewsFigure | null, platform: keyof CpmRanges, cpm: CpmRanges): PriceEstimate | null {
  const range = cpm[platform];
  if (!views || !range) return null;
  return {
    low: (views.median / 1000) * range.low,
    high: (views.median / 1000) * range.high,
    cpmLow: range.low,
    cpmHigh: range.high,
    views: views.median,
  };
}
