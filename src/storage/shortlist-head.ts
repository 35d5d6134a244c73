import * as z from 'zod/mini';
import { encodeIndex, type IndexEntry, IndexEntrySchema, type ProfileIndex } from './profile-index.ts';
import { KEY } from './schema.ts';

/**
 * The shortlist's first screen, kept beside the index and written in the same storage call: the saved entries the
 * popup shows first (newest saved first, its default order) and how many are saved. The popup draws these while
 * the full index (1.25 MB for 5,000) is still being read and checked. Derived data: when missing or invalid the
 * popup simply waits for the index, and the next write replaces it.
 */
export const HEAD_ROWS = 20;

export const ShortlistHeadSchema = z.object({
  total: z.number().check(z.int(), z.nonnegative()),
  entries: z.array(IndexEntrySchema).check(z.maxLength(HEAD_ROWS)),
});
export type ShortlistHead = z.infer<typeof ShortlistHeadSchema>;

/** The first HEAD_ROWS saved entries, newest saved first; ties keep index order (as the popup's sort does). */
export function shortlistHead(index: ProfileIndex): ShortlistHead {
  // filter makes a fresh array, so sorting it in place touches nothing stored.
  const saved = Object.values(index.entries).filter((entry) => entry.saved !== null);
  saved.sort((a, b) => compareDesc(savedAt(a), savedAt(b)));
  return { total: saved.length, entries: saved.slice(0, HEAD_ROWS) };
}

const savedAt = (entry: IndexEntry) => entry.saved?.savedAt ?? '';
const compareDesc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

export function decodeHead(stored: unknown): ShortlistHead | null {
  const parsed = ShortlistHeadSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** What every index write stores: the index text and its first screen, together. */
export function indexItems(index: ProfileIndex): Record<string, unknown> {
  return { [KEY.index]: encodeIndex(index), [KEY.head]: shortlistHead(index) };
}
