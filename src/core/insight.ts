import * as z from 'zod/mini';

export const TIER_IDS = ['emerging', 'nano', 'micro', 'mid', 'macro', 'mega'] as const;
export const TierIdSchema = z.enum(TIER_IDS);
export type TierId = z.infer<typeof TierIdSchema>;

export const VERDICTS = ['strong', 'possible', 'weak', 'outside-range', 'insufficient-data'] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

const Reason = z.object({ code: z.string(), text: z.string() });

/** What scoring a snapshot yields (PRODUCT.md contract, "at least" these fields). */
export const InsightSchema = z.object({
  tier: z.object({ id: TierIdSchema, label: z.string() }),
  engagement: z.nullable(
    z.object({
      rate: z.nullable(z.number()),
      low: z.nullable(z.number()),
      high: z.nullable(z.number()),
      basis: z.enum(['followers', 'views']),
      method: z.string(),
      sample: z.number(),
    }),
  ),
  benchmark: z.nullable(z.object({ median: z.number(), ratio: z.nullable(z.number()), source: z.string() })),
  fit: z.object({ verdict: VerdictSchema, score: z.number(), reasons: z.array(Reason) }),
  signals: z.array(z.object({ code: z.string(), severity: z.enum(['info', 'warn']), text: z.string() })),
});
export type Insight = z.infer<typeof InsightSchema>;
