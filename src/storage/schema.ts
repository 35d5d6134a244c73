import * as z from 'zod/mini';
import { TierIdSchema, VerdictSchema } from '../core/insight.ts';
import { CountSchema, ProfileRefSchema } from '../core/schemas.ts';
import { ProfileSnapshotSchema } from '../core/snapshot.ts';

/** The stored schema version; raise it with a numbered migration in migrations.ts. */
export const SCHEMA_VERSION = 6;
export const HISTORY_LIMIT = 50;

export const KEY = {
  meta: 'meta',
  settings: 'settings',
  profilePrefix: 'profile:',
  quarantinePrefix: 'quarantine:',
  /**
   * Since schema 2: the small per-profile index (profile-index.ts); stored as columns since schema 3; since schema 4
   * this key holds the manifest and the entries live in shards under indexShardPrefix (index-shards.ts); schema 6
   * has more, smaller shards.
   */
  index: 'index',
  indexShardPrefix: 'index:',
  /** Since schema 5 the profile records are kept in buckets (record-buckets.ts), read as if under profile: keys. */
  recordBucketPrefix: 'records:',
  /** The shortlist's first screen, written with the index (shortlist-head.ts). */
  head: 'shortlist-head',
  /** The scoring rules' version the stored summaries were scored with (background/rescore.ts). */
  scoredWith: 'scored-with',
} as const;

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
export type RemovedEntry = z.infer<typeof RemovedEntrySchema>;

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

export const MetaSchema = z.object({ schemaVersion: z.number().check(z.int(), z.nonnegative()) });
