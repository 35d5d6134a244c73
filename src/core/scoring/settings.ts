import * as z from 'zod/mini';

/** Bump when a field changes meaning, with an upgrade from the version before (upgradeScoringSettings). */
export const SCORING_SETTINGS_VERSION = 2;

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
  /** Fewer posts in the sample than this → no rate at all (and no range). */
  minPosts: z.int().check(z.gte(2), z.lte(50)),
  /** Engagement whose whole range is under this share of the band median is "far below". */
  farBelowRatio: fraction(),
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

/** Which posts stand for the account now (sample.ts). */
const SampleSchema = z.object({
  /** Posts from the last this many days… */
  windowDays: z.int().check(z.gte(7), z.lte(730)),
  /** …or, when the window holds fewer than minPosts, the newest this many. */
  newest: z.int().check(z.gte(2), z.lte(50)),
  /** Posts younger than this many days are still gathering views and likes: left out of the rate. */
  minAgeDays: z.number().check(z.gte(0), z.lte(30)),
});

/** A CPM range in US dollars per 1,000 views; null: no price estimate for that platform. */
const CpmRangeSchema = z.nullable(
  z
    .object({ low: z.number().check(z.gte(0), z.lte(10_000)), high: z.number().check(z.gte(0), z.lte(10_000)) })
    .check(z.refine((r) => r.low <= r.high, { message: 'the low CPM must not exceed the high one' })),
);
export const CpmSchema = z.object({
  instagram: CpmRangeSchema,
  tiktok: CpmRangeSchema,
  youtube: CpmRangeSchema,
  x: CpmRangeSchema,
  facebook: CpmRangeSchema,
});
export type CpmRanges = z.infer<typeof CpmSchema>;

// Influencer Hero, "Influencer CPM" (influencer-hero.com/blogs/influencer-cpm): Instagram $5–15, TikTok $3–10,
// YouTube $10–30. No published creator CPM for X or Facebook posts was found: no price there until one is set.
export const DEFAULT_CPM: CpmRanges = {
  instagram: { low: 5, high: 15 },
  tiktok: { low: 3, high: 10 },
  youtube: { low: 10, high: 30 },
  x: null,
  facebook: null,
};

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
    sample: SampleSchema,
    verdict: VerdictCutsSchema.check(
      z.refine((v) => 0 <= v.possible && v.possible < v.strong && v.strong <= 100, {
        message: 'verdict cut-offs need 0 ≤ possible < strong ≤ 100',
      }),
    ),
    /** Price per post estimate (scoring/price.ts); absent in settings saved before it existed: DEFAULT_CPM. */
    cpm: z.optional(CpmSchema),
  })
  .check(
    z.refine((s) => s.fitRange.max > s.tierBands.nano, {
      message: 'the fit range must reach above the Nano band start',
    }),
    z.refine((s) => s.sample.newest >= s.thresholds.minPosts, {
      message: 'the newest-posts fallback must hold at least the minimum number of posts',
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
    // Under 5 posts a median says little (and the issue's analysts ask for no rate at all).
    minPosts: 5,
    farBelowRatio: 1 / 3,
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
  // 90 days and the newest 12: what vendors score on (Untapper: the last 12 posts; Modash: the last 30).
  sample: { windowDays: 90, newest: 12, minAgeDays: 3 },
  verdict: { strong: 80, possible: 55 },
  cpm: DEFAULT_CPM,
};

/**
 * Settings of version 1 brought to version 2: the sample settings added with their defaults, "mass following"
 * dropped, and the old default minimum of 3 posts raised to 5 (a value the user chose is kept). Anything else is
 * returned as it is, for the schema to judge.
 */
export function upgradeScoringSettings(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || (input as { version?: unknown }).version !== 1) return input;
  const v1 = input as { thresholds?: Record<string, unknown> } & Record<string, unknown>;
  const { massFollowing: _dropped, ...thresholds } = v1.thresholds ?? {};
  if (thresholds.minPosts === 3) thresholds.minPosts = DEFAULT_SCORING_SETTINGS.thresholds.minPosts;
  return { ...v1, version: 2, thresholds, sample: DEFAULT_SCORING_SETTINGS.sample };
}

export type SettingsCheck = { ok: true; settings: ScoringSettings } | { ok: false; reason: string };

/** Validates settings from storage, an import or the settings form; the reason names the field. */
export function validateScoringSettings(input: unknown): SettingsCheck {
  const parsed = ScoringSettingsSchema.safeParse(upgradeScoringSettings(input));
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issue = parsed.error.issues[0];
  if (!issue) return { ok: false, reason: 'invalid settings' };
  const where = issue.path.map(String).join('.');
  return { ok: false, reason: where ? `${where}: ${issue.message}` : issue.message };
}

/**
 * Stored scoring settings group by group: each group (tier bands, fit range, thresholds, sample, verdict cut-offs)
 * is kept when it is valid together with the groups kept before it, else its defaults are used and it is named.
 */
export function repairScoringSettings(input: unknown): { settings: ScoringSettings; problems: string[] } {
  const whole = validateScoringSettings(input);
  if (whole.ok) return { settings: whole.settings, problems: [] };
  const stored = upgradeScoringSettings(input);
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  let settings: ScoringSettings = DEFAULT_SCORING_SETTINGS;
  const problems: string[] = [];
  for (const group of ['tierBands', 'fitRange', 'thresholds', 'sample', 'verdict', 'cpm'] as const) {
    const trial = ScoringSettingsSchema.safeParse({ ...settings, [group]: value[group] });
    if (trial.success) settings = trial.data;
    else problems.push(`scoring.${group}: ${trial.error.issues[0]?.message ?? 'invalid'}`);
  }
  return { settings, problems };
}
