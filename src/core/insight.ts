import * as z from 'zod/mini';

export const TIER_IDS = ['emerging', 'nano', 'micro', 'mid', 'macro', 'mega'] as const;
export const TierIdSchema = z.enum(TIER_IDS);
export type TierId = z.infer<typeof TierIdSchema>;

export const VERDICTS = ['strong', 'possible', 'weak', 'outside-range', 'insufficient-data'] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;
/** Verdicts that rate the account: only these carry a 0–100 score worth showing (the others say why there is none). */
export const isJudged = (verdict: Verdict): boolean =>
  verdict === 'strong' || verdict === 'possible' || verdict === 'weak';

const Reason = z.object({ code: z.string(), text: z.string() });

const BasisSchema = z.enum(['followers', 'views']);
const MeasureSchema = z.enum(['engagement', 'reach']);

/** One engagement figure; the contract's fields plus optional ones added by scoring (src/core/scoring). */
const EngagementFigure = {
  rate: z.nullable(z.number()),
  low: z.nullable(z.number()),
  high: z.nullable(z.number()),
  basis: BasisSchema,
  /** 'reach': YouTube's views per video as a share of subscribers; absent or 'engagement': interactions. */
  measure: z.optional(MeasureSchema),
  method: z.string(),
  sample: z.number(),
  /** Sampling coverage of [low, high] (0.96 = 96 %); null for lifetime figures. */
  coverage: z.optional(z.nullable(z.number())),
  /** A lifetime average standing in for recent posts (TikTok total likes ÷ videos). */
  fallback: z.optional(z.boolean()),
};

const num = () => z.number();
const nullableNum = () => z.nullable(z.number());

/** The figures the page itself holds (scoring/figures.ts); each null or "not read" where the page does not show it. */
export const FiguresSchema = z.object({
  views: z.nullable(z.object({ median: num(), low: num(), high: num(), perFollower: nullableNum(), posts: num() })),
  rhythm: z.nullable(
    z.object({ postsPerWeek: nullableNum(), longestGapDays: num(), from: z.string(), to: z.string(), posts: num() }),
  ),
  trend: z.union([
    z.object({
      metric: z.enum(['interactions', 'views']),
      newer: num(),
      older: num(),
      change: nullableNum(),
      newerPosts: num(),
      olderPosts: num(),
    }),
    z.object({ metric: z.null(), posts: num() }),
  ]),
  sponsored: z.union([
    z.object({
      read: num(),
      sponsored: num(),
      share: num(),
      mentioned: z.array(z.object({ handle: z.string(), posts: num() })),
    }),
    z.object({ read: z.literal(0) }),
  ]),
  contact: z.nullable(z.object({ email: z.nullable(z.string()), link: z.nullable(z.string()) })),
  price: z.nullable(z.object({ low: num(), high: num(), cpmLow: num(), cpmHigh: num(), views: num() })),
});
export type InsightFigures = z.infer<typeof FiguresSchema>;

/** What scoring a snapshot yields (PRODUCT.md contract, "at least" these fields; optional fields are additions). */
export const InsightSchema = z.object({
  tier: z.object({
    id: TierIdSchema,
    label: z.string(),
    /** The neighbouring tier when the follower count's rounding straddles a boundary ("Micro or Mid"). */
    alternative: z.optional(TierIdSchema),
    /** Followers unread: `id` is a placeholder. */
    unknown: z.optional(z.boolean()),
  }),
  engagement: z.nullable(
    z.object({
      ...EngagementFigure,
      /** The second basis (TikTok by followers; YouTube likes ÷ views). */
      secondary: z.optional(z.nullable(z.object(EngagementFigure))),
    }),
  ),
  benchmark: z.nullable(
    z.object({
      median: z.number(),
      ratio: z.nullable(z.number()),
      source: z.string(),
      /** "2.1× typical for Micro on TikTok". */
      text: z.optional(z.string()),
      /** Which engagement figure was compared (primary or secondary basis). */
      basis: z.optional(BasisSchema),
      band: z.optional(z.string()),
      date: z.optional(z.string()),
      note: z.optional(z.string()),
      /** 'brands': a brand-account figure shown as context only (ratio null, never judged). */
      population: z.optional(z.enum(['creators', 'brands'])),
      /** Where the rate stands against the creator band: Low under 0.7×, High over 1.4× (rating.ts). */
      rating: z.optional(z.enum(['low', 'typical', 'high'])),
    }),
  ),
  fit: z.object({
    verdict: VerdictSchema,
    score: z.number(),
    reasons: z.array(Reason),
    label: z.optional(z.string()),
  }),
  signals: z.array(z.object({ code: z.string(), severity: z.enum(['info', 'warn']), text: z.string() })),
  growth: z.optional(
    z.nullable(
      z.object({
        from: z.string(),
        to: z.string(),
        days: z.number(),
        change: z.number(),
        perDay: z.number(),
        perWeek: z.number(),
        percentPerWeek: z.nullable(z.number()),
        observations: z.number(),
        text: z.string(),
      }),
    ),
  ),
  /** The rate a marketer reads first, in words (scoring/headline.ts). */
  headline: z.optional(
    z.nullable(
      z.object({
        label: z.string(),
        figure: z.nullable(z.string()),
        of: z.string(),
        rating: z.nullable(z.string()),
        detail: z.string(),
      }),
    ),
  ),
  /** The posts the rates rest on, and those left out by reason (scoring/sample.ts). */
  sample: z.optional(
    z.object({
      posts: z.number(),
      rule: z.enum(['window', 'newest', 'newest-undated', 'page-order', 'none']),
      windowDays: z.number(),
      from: z.nullable(z.string()),
      to: z.nullable(z.string()),
      format: z.nullable(z.enum(['video', 'short'])),
      excluded: z.record(z.string(), z.number()),
      text: z.string(),
      excludedText: z.optional(z.string()),
    }),
  ),
  activity: z.optional(
    z.nullable(
      z.object({
        daysSinceLastPost: z.nullable(z.number()),
        postsPerWeek: z.nullable(z.number()),
        dated: z.number(),
      }),
    ),
  ),
  figures: z.optional(FiguresSchema),
});
export type Insight = z.infer<typeof InsightSchema>;
