// The word for where a rate stands against its creator band: the headline's "Low / Typical / High".

/**
 * Under 0.7× the band's median is Low, over 1.4× is High, between is Typical: symmetric on a log scale (0.7 ≈ 1 ÷
 * 1.4), about half a doubling either way, so one noisy post does not flip the word.
 */
export const RATING_CUTS = { low: 0.7, high: 1.4 } as const;

export type Rating = 'low' | 'typical' | 'high';

export function ratingOf(ratio: number): Rating {
  if (ratio < RATING_CUTS.low) return 'low';
  if (ratio > RATING_CUTS.high) return 'high';
  return 'typical';
}
