import { KEY, type ProfileRecord, ProfileRecordSchema, recordKey } from '../schema.ts';
import { parseText } from '../stored-json.ts';
import type { IndexEntry, ProfileIndex } from './entry.ts';
import { fromColumns, type IndexColumns, IndexColumnsSchema, toColumns } from './index-columns.ts';

export { type IndexEntry, IndexEntrySchema, type ProfileIndex } from './entry.ts';

/**
 * Schema 3 stored the whole index as one JSON text of columns (schema 4 splits it into shards of the same columns,
 * index-shards.ts); kept for migration 4. Chromium's storage.local turns a large object into and out of its own value
 * tree several times slower than it reads the same data as one string that we parse (CHANGELOG.md). Since
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

/** Keep at most this many profiles read but off the shortlist (none holding a kept entry); least recently seen go first. */
export const UNSAVED_LIMIT = 300;

export const indexKeyOf = (record: Pick<ProfileRecord, 'ref'>): string => recordKey(record.ref);

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

/**
 * Profiles off the shortlist that hold an entry an unsave kept aside (notes, tags, lists): they are never pruned
 * as unsaved, or the entry a later save would bring back would go with them.
 */
export function keptAside(items: Record<string, unknown>): Set<string> {
  const kept = new Set<string>();
  for (const [key, value] of Object.entries(items)) {
    if (key.startsWith(KEY.profilePrefix) && hasKeptEntry(value)) kept.add(key);
  }
  return kept;
}

const hasKeptEntry = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (value as { removed?: unknown }).removed !== undefined;

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
