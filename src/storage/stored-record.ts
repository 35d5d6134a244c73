import { cleanStrings } from '../core/clean-text.ts';
import { tidyLabels } from '../core/labels.ts';
import { repairRecord } from './repair.ts';
import { type ProfileRecord, ProfileRecordSchema, recordKey, STORED_POSTS_LIMIT } from './schema.ts';

/** A record about to be written: validated, its text cleaned, what it keeps bounded (its summary is scored apart). */
export function storable(record: ProfileRecord): ProfileRecord {
  // The one place everything stored passes: page text, notes, imports (core/clean-text.ts).
  const next = ProfileRecordSchema.parse(cleanStrings(record));
  next.snapshot.recentPosts = next.snapshot.recentPosts.slice(0, STORED_POSTS_LIMIT);
  // Cleaning can make two labels one (NUL and U+FFFD) and a CSV cell loses its spaces: store them as an import would.
  for (const entry of [next.saved, next.removed?.entry]) {
    if (!entry) continue;
    entry.tags = tidyLabels(entry.tags);
    entry.lists = tidyLabels(entry.lists);
  }
  return next;
}

/** A stored value as a record, repaired in memory if need be, never written (undefined and unrepairable: null). */
export function asReadable(key: string, value: unknown): ProfileRecord | null {
  if (value === undefined) return null;
  const parsed = ProfileRecordSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const repaired = repairRecord(value);
  return repaired && recordKey(repaired.record.ref) === key ? repaired.record : null;
}
