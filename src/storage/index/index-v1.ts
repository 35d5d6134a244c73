import * as z from 'zod/mini';
import type { ProfileIndex } from './entry.ts';
import { IndexEntrySchema } from './entry.ts';

/**
 * The index as schema 2 stored it: `{ version: 1, entries: { key: entry } }` as JSON text. Kept only so migration 2
 * writes what schema 2 wrote and migration 3 can convert it without re-reading every record.
 */
export const IndexV1Schema = z.object({
  version: z.literal(1),
  entries: z.record(z.string(), IndexEntrySchema),
});

export function encodeIndexV1(index: ProfileIndex): string {
  return JSON.stringify({ version: 1, entries: index.entries });
}

/** The schema-2 index, validated; null when it is missing or invalid (migration 3 then rebuilds from records). */
export function decodeIndexV1(stored: unknown): ProfileIndex | null {
  if (typeof stored !== 'string') return null;
  try {
    const parsed = IndexV1Schema.safeParse(JSON.parse(stored));
    return parsed.success ? { entries: parsed.data.entries } : null;
  } catch {
    return null;
  }
}
