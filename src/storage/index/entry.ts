import * as z from 'zod/mini';
import { ProfileRefSchema } from '../../core/schemas.ts';
import { RecordSummarySchema, ShortlistEntrySchema } from '../schema.ts';

/**
 * One small entry per stored profile, kept in a single storage key beside the records. The shortlist view and
 * pruning read it instead of every full record (5,000 records with posts and history are ~10 MB; the index of
 * them ~1.5 MB). Derived data: when missing or invalid it is rebuilt from the records.
 */
export const IndexEntrySchema = z.object({
  ref: ProfileRefSchema,
  displayName: z.nullable(z.string().check(z.maxLength(300))),
  saved: z.nullable(ShortlistEntrySchema),
  summary: z.nullable(RecordSummarySchema),
  firstSeen: z.string(),
  lastSeen: z.string(),
});
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

/** The index in memory: storage key → entry. Stored as columns (index-columns.ts). */
export interface ProfileIndex {
  entries: Record<string, IndexEntry>;
}
