/**
 * The scoring rules' version: raise it when a change makes stored shortlist summaries (tier, rate, verdict, score)
 * say something else, so the worker re-scores every stored profile once after the update (background/rescore.ts).
 * 2: recent-post samples, creator benchmarks only, no verdict without evidence (2026-12).
 */
export const SCORING_VERSION = 2;
