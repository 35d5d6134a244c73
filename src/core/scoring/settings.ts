import * as z from 'zod/mini';

/** Bump when a field changes meaning; stored settings of another version are replaced by the defaults. */
export const SCORING_SETTINGS_VERSION = 1;

const positive = () => z.number().check(z.gt(0));
const fraction = () => z.number().check(z.gt(0), z.lt(1));

/** The lower follower bound of each tier above Emerging (Emerging is everything below `nano`). */
const TierBandsSchema = z.object({
  nano: positive(),
  micro: positive(),
  mid: positive(),
  macro: positive(),
  mega: positive(),
});

const ThresholdsSchema = z.object({
  /** Coverage wanted from the median's order-statistic interval (0.9 = 90 %). */
  confidence: z.number().check(z.gte(0.5), z.lte(0.99)),
  /** Fewer readable posts than this → no point estimate, only the range the posts span. */
  minPosts: z.int().check(z.gte(1), z.lte(50)),
  /** Engagement whose whole range is under this share of the band median is "far below". */
  farBelowRatio: fraction(),
  /** Following above this is "mass following" (HypeAuditor uses 1,500). */
  massFollowing: positive(),
  /** Comments under this share of likes (summed over the posts) are "tiny for the likes". */
  fewCommentsRatio: fraction(),
  /** Only judge the comment share once the posts together have this many likes. */
  fewCommentsMinLikes: positive(),
  /** Coefficient of variation of likes under this looks adjusted (trendHERO "likes spread" < 40 %). */
  likesSpreadLow: positive(),
  /** … and over this looks boosted or giveaway-driven (trendHERO > 100 %). */
  likesSpreadHigh: positive(),
  /** Posts with likes needed before the spread is judged. */
  minPostsForSpread: z.int().check(z.gte(3), z.lte(50)),
  /** No post for longer than this is "inactive". */
  inactiveDays: positive(),
  /** Follower growth between two visits at least this big (0.2 = +20 %) … */
  jumpGrowth: positive(),
  /** … and at least this many followers … */
  jumpMinFollowers: positive(),
  /** … within at most this many days, is a "jump". */
  jumpWindowDays: positive(),
});

const VerdictCutsSchema = z.object({ strong: z.number(), possible: z.number() });

const bandsIncrease = (b: z.infer<typeof TierBandsSchema>) =>
  b.nano < b.micro && b.micro < b.mid && b.mid < b.macro && b.macro < b.mega;

/** Everything the user may change about scoring; validated at every boundary (storage, import, UI). */
export const ScoringSettingsSchema = z
  .object({
    version: z.literal(SCORING_SETTINGS_VERSION),
    tierBands: TierBandsSchema.check(
      z.refine(bandsIncrease, { message: 'tier bands must increase: Nano < Micro < Mid < Macro < Mega' }),
    ),
    fitRange: z
      .object({ min: z.number().check(z.gte(0)), max: positive() })
      .check(z.refine((r) => r.min < r.max, { message: 'the fit range minimum must be below its maximum' })),
    thresholds: ThresholdsSchema.check(
      z.refine((t) => t.likesSpreadLow < t.likesSpreadHigh, {
        message: 'the low likes-spread threshold must be below the high one',
      }),
    ),
    verdict: VerdictCutsSchema.check(
      z.refine((v) => 0 <= v.possible && v.possible < v.strong && v.strong <= 100, {
        message: 'verdict cut-offs need 0 ≤ possible < strong ≤ 100',
      }),
    ),
  })
  .check(
    z.refine((s) => s.fitRange.max > s.tierBands.nano, {
      message: 'the fit range must reach above the Nano band start',
    }),
  );
export type ScoringSettings = z.infer<typeof ScoringSettingsSchema>;

export const DEFAULT_SCORING_SETTINGS: ScoringSettings = {
  version: SCORING_SETTINGS_VERSION,
  tierBands: { nano: 1_000, micro: 10_000, mid: 100_000, macro: 500_000, mega: 1_000_000 },
  // The seed article: microinfluencers "do not exceed one hundred thousand"; it also names 1,000 as the floor.
  fitRange: { min: 1_000, max: 100_000 },
  thresholds: {
    confidence: 0.9,
    minPosts: 3,
    farBelowRatio: 1 / 3,
    massFollowing: 1_500,
    fewCommentsRatio: 0.005,
    fewCommentsMinLikes: 200,
    likesSpreadLow: 0.4,
    likesSpreadHigh: 1,
    minPostsForSpread: 5,
    inactiveDays: 30,
    jumpGrowth: 0.2,
    jumpMinFollowers: 500,
    jumpWindowDays: 30,
  },
  verdict: { strong: 80, possible: 55 },
};

export type SettingsCheck = { ok: true; settings: ScoringSettings } | { ok: false; reason: string };

/** Validates settings from storage, an import or the settings form; the reason names the field. */
export function validateScoringSettings(input: unknown): SettingsCheck {
  const parsed = ScoringSettingsSchema.safeParse(input);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issue = parsed.error.issues[0];
  if (!issue) return { ok: false, reason: 'invalid settings' };
  const where = issue.path.map(String).join('.');
  return { ok: false, reason: where ? `${where}: ${issue.message}` : issue.message };
}
