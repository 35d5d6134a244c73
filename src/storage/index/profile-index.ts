import * as z from 'zod/mini';
import { profileKey } from '../core/platform.ts';
import { ProfileRefSchema } from '../core/schemas.ts';
import { fromColumns, type IndexColumns, IndexColumnsSchema, toColumns } from './index-columns.ts';
import { KEY, type ProfileRecord, ProfileRecordSchema, RecordSummarySchema, ShortlistEntrySchema } from './schema.ts';
import { parseText } from './stored-json.ts';

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

/**
 * Schema 3 stored the whole index as one JSON text of columns (schema 4 splits it into shards of the same columns,
 * index-shards.ts); kept for migration 4. Chromium's storage.local turns a 5,000-entry object into and out of its own
 * value tree in ~220 ms, while the same data as one string reads and parses in ~45 ms (measured 2026-11). Since
 * schema 3 the text holds columns, not one object per entry (index-columns.ts says why).
 */
export function encodeIndex(index: ProfileIndex): string {
  return JSON.stringify(toColumns(index));
}

/** The stored index text, parsed and validated, still as columns (the popup lists straight from them). */
export function decodeColumns(stored: unknown): { ok: true; columns: IndexColumns } | { ok: false; reason: string } {
  const decoded = parseText(stored, IndexColumnsSchema);
  return decoded.ok ? { ok: true, columns: decoded.value } : decoded;
}

export function decodeIndex(stored: unknown): { ok: true; index: ProfileIndex } | { ok: false; reason: string } {
  const decoded = decodeColumns(stored);
  return decoded.ok ? { ok: true, index: fromColumns(decoded.columns) } : decoded;
}

/** Keep at most this many profiles that were read but never saved; the least recently seen go first. */
export const UNSAVED_LIMIT = 300;

export const indexKeyOf = (record: Pick<ProfileRecord, 'ref'>): string => KEY.profilePrefix + profileKey(record.ref);

export function indexEntryOf(record: ProfileRecord): IndexEntry {
  return {
    ref: record.ref,
    displayName: record.snapshot.displayName ?? null,
    saved: record.saved,
    summary: record.summary ?? null,
    firstSeen: record.firstSeen,
    lastSeen: record.lastSeen,
  };
}

/** The index of whatever valid records `items` holds (invalid ones are left to the reader to quarantine). */
export function buildIndex(items: Record<string, unknown>): ProfileIndex {
  const entries: ProfileIndex['entries'] = {};
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(KEY.profilePrefix)) continue;
    const parsed = ProfileRecordSchema.safeParse(value);
    if (parsed.success) entries[key] = indexEntryOf(parsed.data);
  }
  return { entries };
}
