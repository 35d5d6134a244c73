/** Small, dependency-free statistics for scoring: medians, their order-statistic intervals, a seeded bootstrap. */

/** A point estimate with the range that covers both the counts' rounding and the sampling uncertainty. */
export interface Interval {
  value: number;
  low: number;
  high: number;
  /** The sampling coverage the range achieves (0.93 = 93 %); 0 when one observation gives no sampling range. */
  coverage: number;
}

/** Per-observation point, lowest and highest possible value (from Count min/max). */
export interface Observed {
  value: number;
  low: number;
  high: number;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const upper = s[mid] ?? Number.NaN;
  return s.length % 2 === 1 ? upper : ((s[mid - 1] ?? Number.NaN) + upper) / 2;
}

/** P(B ≤ k) for B ~ Binomial(n, ½). */
export function binomialHalfCdf(n: number, k: number): number {
  let term = 0.5 ** n;
  let sum = 0;
  for (let i = 0; i <= Math.min(k, n); i++) {
    sum += term;
    term = (term * (n - i)) / (i + 1);
  }
  return Math.min(1, sum);
}

/**
 * The order statistics [x(k), x(n+1−k)] cover the true median with probability 1 − 2·P(B ≤ k−1), B ~ Bin(n, ½).
 * Returns the largest k reaching `confidence`, or k = 1 (the whole sample) when n is too small to reach it.
 */
export function medianRankK(n: number, confidence: number): { k: number; coverage: number } {
  let best = { k: 1, coverage: n >= 1 ? 1 - 2 * binomialHalfCdf(n, 0) : 0 };
  for (let k = 2; k <= Math.floor((n + 1) / 2); k++) {
    const coverage = 1 - 2 * binomialHalfCdf(n, k - 1);
    if (coverage < confidence) break;
    best = { k, coverage };
  }
  return best;
}

/**
 * Median of the points; the range is the order-statistic interval taken on the lowest possible values
 * (lower end) and on the highest possible values (upper end), so it carries rounding and sampling together.
 */
export function medianInterval(observed: readonly Observed[], confidence: number): Interval | null {
  const n = observed.length;
  if (n === 0) return null;
  const value = median(observed.map((o) => o.value));
  const lows = observed.map((o) => o.low).sort((a, b) => a - b);
  const highs = observed.map((o) => o.high).sort((a, b) => a - b);
  const { k, coverage } = medianRankK(n, confidence);
  const low = lows[k - 1] ?? value;
  const high = highs[n - k] ?? value;
  // Float rounding must never put the point outside its own range.
  return { value, low: Math.min(low, value), high: Math.max(high, value), coverage };
}

/** Whole-sample range (used when there are too few observations for an estimate). */
export function spanOf(observed: readonly Observed[]): { low: number; high: number } | null {
  if (observed.length === 0) return null;
  return { low: Math.min(...observed.map((o) => o.low)), high: Math.max(...observed.map((o) => o.high)) };
}

/** mulberry32: a tiny seeded PRNG so that bootstrap results are identical on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BOOTSTRAP_SEED = 20251230;
const BOOTSTRAP_ROUNDS = 2000;

function percentile(sorted: ArrayLike<number>, p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
  return sorted[i] ?? Number.NaN;
}

/** Mean with a seeded percentile-bootstrap range; resamples the same indices for lows and highs. */
export function meanInterval(observed: readonly Observed[], confidence: number): Interval | null {
  const n = observed.length;
  if (n === 0) return null;
  const mean = (pick: (o: Observed) => number) => observed.reduce((s, o) => s + pick(o), 0) / n;
  const value = mean((o) => o.value);
  if (n === 1) return { value, low: observed[0]?.low ?? value, high: observed[0]?.high ?? value, coverage: 0 };
  const random = seededRandom(BOOTSTRAP_SEED);
  // Typed arrays: a numeric sort without a comparator call per step (the worker scores on every page read).
  const lows = new Float64Array(BOOTSTRAP_ROUNDS);
  const highs = new Float64Array(BOOTSTRAP_ROUNDS);
  for (let r = 0; r < BOOTSTRAP_ROUNDS; r++) {
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < n; i++) {
      const o = observed[Math.floor(random() * n)];
      lo += o?.low ?? 0;
      hi += o?.high ?? 0;
    }
    lows[r] = lo / n;
    highs[r] = hi / n;
  }
  lows.sort();
  highs.sort();
  const tail = (1 - confidence) / 2;
  return {
    value,
    low: Math.min(value, percentile(lows, tail)),
    high: Math.max(value, percentile(highs, 1 - tail)),
    coverage: confidence,
  };
}

/** Coefficient of variation: population standard deviation ÷ mean (null when the mean is 0). */
export function coefficientOfVariation(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  if (!(mean > 0)) return null;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
  return Math.sqrt(variance) / mean;
}
