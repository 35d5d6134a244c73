import type { Platform } from '../platform.ts';

/**
 * The benchmark table (data only): one row per platform, basis and follower band, with source and date.
 * Bands are [minFollowers, maxFollowers): a lower bound is included, an upper bound is not; null = no upper bound.
 * Rows marked `use: 'primary'` are the ones scoring compares against; 'reference' rows are kept for the docs
 * and for anyone who wants to switch sources. Rates are fractions (0.0263 = 2.63 %).
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

const HYPEAUDITOR_2018 = {
  platform: 'instagram',
  basis: 'followers',
  statistic: 'median',
  use: 'primary',
  source: 'HypeAuditor, Instagram engagement by follower tier (~37k accounts)',
  url: 'https://hypeauditor.com/blog/how-do-micro-influencers-and-mega-influencers-compare-in-instagram-engagement-rates',
  date: '2018',
} as const;

const MODASH_INSTAGRAM = {
  platform: 'instagram',
  basis: 'followers',
  statistic: 'band-midpoint',
  use: 'reference',
  source: 'Modash, Instagram engagement rate benchmarks (72M profiles), "average" band',
  date: '2025',
  note: 'Average band, not a median; kept for reference. Date as quoted in PRODUCT.md (no exact month).',
} as const;

const MODASH_TIKTOK = {
  platform: 'tiktok',
  basis: 'views',
  statistic: 'band-midpoint',
  use: 'primary',
  source: 'Modash, TikTok engagement rate by views, "average" band',
  date: '2025-11',
  note: 'Modash gives a low–high "average" band; we compare against its midpoint.',
} as const;

const SEED_ARTICLE = {
  platform: 'instagram',
  basis: 'followers',
  statistic: 'stated-rate',
  use: 'reference',
  source: 'Seed article "microinfluencers" (shared/seed/microinfluencers-article.txt)',
  date: 'undated',
  note: 'The article states one rate per size without a platform, statistic or sample; reference only.',
} as const;

export const BENCHMARKS: readonly BenchmarkRow[] = [
  { ...HYPEAUDITOR_2018, minFollowers: 0, maxFollowers: 1_000, median: 0.1699 },
  { ...HYPEAUDITOR_2018, minFollowers: 1_000, maxFollowers: 5_000, median: 0.0645 },
  { ...HYPEAUDITOR_2018, minFollowers: 5_000, maxFollowers: 20_000, median: 0.0376 },
  { ...HYPEAUDITOR_2018, minFollowers: 20_000, maxFollowers: 100_000, median: 0.0263 },
  { ...HYPEAUDITOR_2018, minFollowers: 100_000, maxFollowers: 1_000_000, median: 0.0257 },
  { ...HYPEAUDITOR_2018, minFollowers: 1_000_000, maxFollowers: null, median: 0.0256 },

  { ...MODASH_INSTAGRAM, minFollowers: 1_000, maxFollowers: 5_000, median: 0.039, low: 0.0338, high: 0.0442 },
  { ...MODASH_INSTAGRAM, minFollowers: 5_000, maxFollowers: 10_000, median: 0.01435, low: 0.0125, high: 0.0162 },
  { ...MODASH_INSTAGRAM, minFollowers: 10_000, maxFollowers: 50_000, median: 0.00975, low: 0.0084, high: 0.0111 },
  { ...MODASH_INSTAGRAM, minFollowers: 50_000, maxFollowers: 100_000, median: 0.0088, low: 0.0075, high: 0.0101 },
  { ...MODASH_INSTAGRAM, minFollowers: 100_000, maxFollowers: 500_000, median: 0.01005, low: 0.0087, high: 0.0114 },
  { ...MODASH_INSTAGRAM, minFollowers: 500_000, maxFollowers: 1_000_000, median: 0.01005, low: 0.0088, high: 0.0113 },
  { ...MODASH_INSTAGRAM, minFollowers: 1_000_000, maxFollowers: null, median: 0.01145, low: 0.0102, high: 0.0127 },

  { ...SEED_ARTICLE, minFollowers: 0, maxFollowers: 1_000, median: 0.15 },
  { ...SEED_ARTICLE, minFollowers: 1_000, maxFollowers: 10_000, median: 0.074 },
  { ...SEED_ARTICLE, minFollowers: 100_000, maxFollowers: null, median: 0.024 },

  { ...MODASH_TIKTOK, minFollowers: 1_000, maxFollowers: 5_000, median: 0.1305, low: 0.1206, high: 0.1404 },
  { ...MODASH_TIKTOK, minFollowers: 5_000, maxFollowers: 10_000, median: 0.11165, low: 0.105, high: 0.1183 },
  { ...MODASH_TIKTOK, minFollowers: 10_000, maxFollowers: 50_000, median: 0.08875, low: 0.0838, high: 0.0937 },
  { ...MODASH_TIKTOK, minFollowers: 50_000, maxFollowers: 100_000, median: 0.07625, low: 0.0722, high: 0.0803 },
  { ...MODASH_TIKTOK, minFollowers: 100_000, maxFollowers: 500_000, median: 0.07025, low: 0.0666, high: 0.0739 },
  { ...MODASH_TIKTOK, minFollowers: 500_000, maxFollowers: 1_000_000, median: 0.0652, low: 0.0619, high: 0.0685 },
  { ...MODASH_TIKTOK, minFollowers: 1_000_000, maxFollowers: null, median: 0.0652, low: 0.062, high: 0.0684 },

  {
    platform: 'youtube',
    basis: 'views',
    minFollowers: 0,
    maxFollowers: null,
    median: 0.0054,
    statistic: 'median',
    use: 'primary',
    source: 'Influencer Hero, median YouTube engagement rate across its database',
    url: 'https://influencer-hero.com/resources/free-youtube-engagement-rate-calculator',
    date: '2024-01',
    note: 'One figure for all sizes. The source divides engagements by views or by subscribers "depending on the method" and does not say which it used for 0.54 %; we compare it with likes ÷ views. Treat the ratio as rough.',
  },
  {
    platform: 'x',
    basis: 'followers',
    minFollowers: 0,
    maxFollowers: null,
    median: 0.00035,
    statistic: 'median',
    use: 'primary',
    population: 'brands',
    source: 'Rival IQ, Social Media Industry Benchmark Report 2023 — brand-account median',
    url: 'https://www.rivaliq.com/blog/social-media-industry-benchmark-report/',
    date: '2023',
    note: 'Brand-account median (14 industries, 150 brands each, ≥ 5k followers; engagements ÷ followers per post), not creators: creators usually sit well above it. Figure taken from a published summary of the report. We hold no exact Socialinsider figure, so none is used.',
  },
  {
    platform: 'facebook',
    basis: 'followers',
    minFollowers: 0,
    maxFollowers: null,
    median: 0.0006,
    statistic: 'median',
    use: 'primary',
    population: 'brands',
    source: 'Rival IQ, Social Media Industry Benchmark Report 2023 — brand-account median',
    url: 'https://www.rivaliq.com/blog/social-media-industry-benchmark-report/',
    date: '2023',
    note: 'Brand-account median (pages with 25k–1M fans; reactions, comments and shares ÷ followers per post — we leave shares out, so our rates read slightly low against it). Figure taken from a published summary of the report. We hold no exact Socialinsider figure, so none is used.',
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
