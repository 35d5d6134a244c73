import * as z from 'zod/mini';
import { type ProfileRef, profileKey } from '../core/platform.ts';

// The record schemas live in core (core/record.ts): the exchange and messages use them without reaching into storage.
export {
  HISTORY_LIMIT,
  type HistoryPoint,
  type ProfileRecord,
  ProfileRecordSchema,
  type RecordSummary,
  RecordSummarySchema,
  type ShortlistEntry,
  ShortlistEntrySchema,
  STORED_POSTS_LIMIT,
} from '../core/record.ts';

/** The stored schema version; raise it with a numbered migration in migrations.ts. */
export const SCHEMA_VERSION = 6;

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

/** The one key a profile's record is stored under: every reader and writer of records spells it here. */
export const recordKey = (ref: ProfileRef): string => KEY.profilePrefix + profileKey(ref);

export const MetaSchema = z.object({ schemaVersion: z.number().check(z.int(), z.nonnegative()) });
