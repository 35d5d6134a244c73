import * as z from 'zod/mini';
import { TierIdSchema, VerdictSchema } from './insight.ts';
import { CountSchema, ProfileRefSchema } from './schemas.ts';
import { ProfileSnapshotSchema } from './snapshot.ts';

// What we keep about a profile, as data: storage writes it, the exchange reads and writes it, messages carry parts.

export const HISTORY_LIMIT = 50;

const IsoDate = z.string().check(z.maxLength(40));

/** One visit's numbers, kept so growth and follower jumps can be measured. */
export const HistoryPointSchema = z.object({
  at: IsoDate,
  followers: z.nullable(CountSchema),
  posts: z.nullable(CountSchema),
  engagementRate: z.nullable(z.number()),
});
export type HistoryPoint = z.infer<typeof HistoryPointSchema>;

export const ShortlistEntrySchema = z.object({
  savedAt: IsoDate,
  notes: z.string().check(z.maxLength(10_000)),
  tags: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(50)),
  lists: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(50)),
});
export type ShortlistEntry = z.infer<typeof ShortlistEntrySchema>;

/** The entry an unsave took off the shortlist, kept so undo and a later re-save get its notes, tags and lists back. */
export const RemovedEntrySchema = z.object({ entry: ShortlistEntrySchema, at: IsoDate });

/**
 * What a shortlist row shows, scored when the record was last written (or settings changed). A cache, so the
 * popup lists 5,000 entries without re-scoring each; the full insight is always recomputed for one profile.
 */
export const RecordSummarySchema = z.object({
  tier: TierIdSchema,
  tierLabel: z.string().check(z.maxLength(100)),
  followers: z.nullable(z.number()),
  rate: z.nullable(z.number()),
  low: z.nullable(z.number()),
  high: z.nullable(z.number()),
  basis: z.nullable(z.enum(['followers', 'views'])),
  verdict: VerdictSchema,
  score: z.number(),
});
export type RecordSummary = z.infer<typeof RecordSummarySchema>;

/** The most recent posts a record keeps (Modash scores the last 30 too); the page may show more. */
export const STORED_POSTS_LIMIT = 30;

/** Everything we keep about one profile: the latest snapshot, its history, and the shortlist entry if saved. */
export const ProfileRecordSchema = z.object({
  ref: ProfileRefSchema,
  snapshot: ProfileSnapshotSchema,
  history: z.array(HistoryPointSchema).check(z.maxLength(HISTORY_LIMIT)),
  firstSeen: IsoDate,
  lastSeen: IsoDate,
  saved: z.nullable(ShortlistEntrySchema),
  /** Optional, so records without it (every record before it existed) need no migration. */
  removed: z.optional(RemovedEntrySchema),
  summary: z.optional(RecordSummarySchema),
});
export type ProfileRecord = z.infer<typeof ProfileRecordSchema>;
