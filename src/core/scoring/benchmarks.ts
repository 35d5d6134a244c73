import type { Platform } from '../platform.ts';

/**
 * The benchmark table (data only): one row per platform, basis and follower band, with source and date.
 * Bands are [minFollowers, maxFollowers): a lower bound is included, an upper bound is not; null = no upper bound.
 * Only `use: 'primary'` creator rows judge a rate; 'reference' rows are shown in "How we score", and brand rows as
 * context where no creator row exists. Rates are fractions (0.0263 = 2.63 %). Older figures (HypeAuditor 2018,
 * Influencer Hero 2024, the seed article) are kept in docs/SCORING.md's history, not here.
 */
export interface BenchmarkRow {
  platform: Platform;
  basis: 'followers' | 'views';
  /** 'reach': views per video ÷ subscribers (YouTube); absent: interactions (engagement). */
  measure?: 'engagement' | 'reach';
  minFollowers: number;
  maxFollowers: number | null;
  /** The value compared against: the source's median, or the midpoint of its low–high band (see `statistic`). */
  median: number;
  low?: number;
  high?: number;
  statistic: 'median' | 'band-midpoint' | 'stated-rate';
  use: 'primary' | 'reference';
  /** Whose accounts the figure describes: brand-account medians are shown for context, never used to judge a creator. */
  population?: 'creators' | 'brands';
  source: string;
  url?: string;
  date: string;
  note?: string;
}

// Instagram creators, (likes + comments) ÷ followers: Modash's per-band "average" range from 72M profiles. The
// only current source we hold with every band; its midpoint stands in for the band's typical rate.
const MODASH_INSTAGRAM = {
  platform: 'instagram',
  basis: 'followers',
  statistic: 'band-midpoint',
  use: 'primary',
  population: 'creators',
  source: 'Modash, Instagram engagement rate benchmarks (72M creator profiles), "average" band',
  url: 'https://www.modash.io/instagram-engagement-rate-calculator',
  date: '2025',
  note: 'Modash gives a low–high "average" range per band, not a median; we compare with its midpoint. (likes + comments) ÷ followers, recent posts. Date as PRODUCT.md quotes it (no month).',
} as const;

// The newest creator figures we hold for Instagram, but for three bands only: reference, not a yardstick.
const HYPEAUDITOR_2026 = {
  platform: 'instagram',
  basis: 'followers',
  statistic: 'stated-rate',
  use: 'reference',
  population: 'creators',
  source: 'HypeAuditor, State of Influencer Marketing 2026 (as summarised by eMarketer)',
  url: 'https://www.emarketer.com/content/smaller-creators-deliver-efficiency-roi-pressure-mounts',
  date: '2026',
  note: 'Nano 1K–10K 1.78 %, micro 10K–50K 0.54 %, mega over 1M 0.33 %; the summary gives no other band and no statistic, so these are shown, not scored.',
} as const;

// TikTok creators, (likes + comments + shares) ÷ views per video.
const MODASH_TIKTOK = {
  platform: 'tiktok',
  basis: 'views',
  statistic: 'band-midpoint',
  use: 'primary',
  population: 'creators',
  source: 'Modash, TikTok engagement rate by views, "average" band',
  url: 'https://www.modash.io/tiktok-engagement-rate-calculator',
  date: '2025-11',
  note: 'Modash gives a low–high "average" range per band (per-video medians of the last 30 posts); we compare with its midpoint.',
} as const;

// Brand accounts, all interactions ÷ followers per post: shown as context where no creator figure exists.
const RIVAL_IQ_2024 = {
  basis: 'followers',
  minFollowers: 0,
  maxFollowers: null,
  statistic: 'median',
  use: 'reference',
  population: 'brands',
  source: 'Rival IQ, Social Media Industry Benchmark Report 2024 (2023 data) — brand-account median',
  url: 'https://www.rivaliq.com/blog/social-media-industry-benchmark-report/',
  date: '2024',
} as const;

export const BENCHMARKS: readonly BenchmarkRow[] = [
  { ...MODASH_INSTAGRAM, minFollowers: 1_000, maxFollowers: 5_000, median: 0.039, low: 0.0338, high: 0.0442 },
  { ...MODASH_INSTAGRAM, minFollowers: 5_000, maxFollowers: 10_000, median: 0.01435, low: 0.0125, high: 0.0162 },
  { ...MODASH_INSTAGRAM, minFollowers: 10_000, maxFollowers: 50_000, median: 0.00975, low: 0.0084, high: 0.0111 },
  { ...MODASH_INSTAGRAM, minFollowers: 50_000, maxFollowers: 100_000, median: 0.0088, low: 0.0075, high: 0.0101 },
  { ...MODASH_INSTAGRAM, minFollowers: 100_000, maxFollowers: 500_000, median: 0.01005, low: 0.0087, high: 0.0114 },
  { ...MODASH_INSTAGRAM, minFollowers: 500_000, maxFollowers: 1_000_000, median: 0.01005, low: 0.0088, high: 0.0113 },
  { ...MODASH_INSTAGRAM, minFollowers: 1_000_000, maxFollowers: null, median: 0.01145, low: 0.0102, high: 0.0127 },

  { ...HYPEAUDITOR_2026, minFollowers: 1_000, maxFollowers: 10_000, median: 0.0178 },
  { ...HYPEAUDITOR_2026, minFollowers: 10_000, maxFollowers: 50_000, median: 0.0054 },
  { ...HYPEAUDITOR_2026, minFollowers: 1_000_000, maxFollowers: null, median: 0.0033 },

  { ...MODASH_TIKTOK, minFollowers: 1_000, maxFollowers: 5_000, median: 0.1305, low: 0.1206, high: 0.1404 },
  { ...MODASH_TIKTOK, minFollowers: 5_000, maxFollowers: 10_000, median: 0.11165, low: 0.105, high: 0.1183 },
  { ...MODASH_TIKTOK, minFollowers: 10_000, maxFollowers: 50_000, median: 0.08875, low: 0.0838, high: 0.0937 },
  { ...MODASH_TIKTOK, minFollowers: 50_000, maxFollowers: 100_000, median: 0.07625, low: 0.0722, high: 0.0803 },
  { ...MODASH_TIKTOK, minFollowers: 100_000, maxFollowers: 500_000, median: 0.07025, low: 0.0666, high: 0.0739 },
  { ...MODASH_TIKTOK, minFollowers: 500_000, maxFollowers: 1_000_000, median: 0.0652, low: 0.0619, high: 0.0685 },
  { ...MODASH_TIKTOK, minFollowers: 1_000_000, maxFollowers: null, median: 0.0652, low: 0.062, high: 0.0684 },

  {
    ...RIVAL_IQ_2024,
    platform: 'x',
    median: 0.00029,
    note: 'Brands with ≥ 5,000 followers, 14 industries × 150 brands; interactions ÷ followers per post (0.035 % in the 2023 report; the 2025 report says −48 %). Not creators: context only, never a verdict. Taken from published summaries of the report.',
  },
  {
    ...RIVAL_IQ_2024,
    platform: 'facebook',
    median: 0.00063,
    note: 'Pages with 25,000–1,000,000 fans; reactions, comments and shares ÷ followers per post (we leave shares out). Not creators: context only, never a verdict. Taken from published summaries of the report.',
  },
];

const inBand = (row: BenchmarkRow, followers: number) =>
  followers >= row.minFollowers && (row.maxFollowers === null || followers < row.maxFollowers);

/**
 * The creator row that judges a rate: primary, creators, the same platform, basis and measure, and the follower
 * band. Null when the table has none: the rate is then shown but not judged.
 */
export function findBenchmark(
  platform: Platform,
  basis: 'followers' | 'views',
  measure: 'engagement' | 'reach',
  followers: number,
  table: readonly BenchmarkRow[] = BENCHMARKS,
): BenchmarkRow | null {
  return (
    table.find(
      (row) =>
        row.use === 'primary' &&
        row.population !== 'brands' &&
        row.platform === platform &&
        row.basis === basis &&
        (row.measure ?? 'engagement') === measure &&
        inBand(row, followers),
    ) ?? null
  );
}

/** A brand-account figure for the same platform and basis, shown as context where no creator row exists. */
export function contextBenchmark(
  platform: Platform,
  estimate: { basis: 'followers' | 'views'; measure: 'engagement' | 'reach'; rate: number | null } | null,
  followers: number | null,
  table: readonly BenchmarkRow[] = BENCHMARKS,
): BenchmarkRow | null {
  if (!estimate || estimate.rate === null || followers === null) return null;
  return (
    table.find(
      (row) =>
        row.population === 'brands' &&
        row.platform === platform &&
        row.basis === estimate.basis &&
        (row.measure ?? 'engagement') === estimate.measure &&
        inBand(row, followers),
    ) ?? null
  );
}
