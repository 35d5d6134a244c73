import * as z from 'zod/mini';
import { profileKey } from '../../core/platform.ts';
import { parseText } from '../stored-json.ts';
import type { IndexEntry } from './entry.ts';
import { eachEntry, IndexColumnsSchema, toColumns } from './index-columns.ts';
import { indexKeyOf } from './profile-index.ts';

/**
 * The shortlist's first screen, kept beside the index and written in the same storage call: the saved entries the
 * popup shows first (newest saved first, its default order; ties by profile key, as the popup breaks them) and how
 * many are saved. The popup draws these while the full index (1.25 MB for 5,000) is still being read and checked.
 * Derived data: when missing or invalid the popup simply waits for the index, and the next write rebuilds it.
 */
export const HEAD_ROWS = 20;
/**
 * Rows kept: twice those shown, so removing a recent save (the head then loses a row that only a full read could
 * replace) needs that full read only after 20 such removals; at 50,000 entries it costs what one save used to.
 */
export const HEAD_KEPT = 2 * HEAD_ROWS;

export interface ShortlistHead {
  total: number;
  entries: IndexEntry[];
}

/**
 * Stored (since schema 6) as one JSON text of the index's columns, like a shard: a third of its size as objects,
 * and one string for the browser to copy, not 40 nested objects (a save at 50,000 entries writes it every time).
 */
const StoredHeadSchema = z.object({
  total: z.number().check(z.int(), z.nonnegative()),
  rows: IndexColumnsSchema,
});

const savedAt = (entry: IndexEntry) => entry.saved?.savedAt ?? '';
const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The popup's default order: newest saved first, then by profile key. */
const headOrder = (a: IndexEntry, b: IndexEntry) =>
  text(savedAt(b), savedAt(a)) || text(profileKey(a.ref), profileKey(b.ref));

/** The first HEAD_KEPT saved entries of all `entries`, in the popup's default order. */
export function shortlistHead(entries: Iterable<IndexEntry>): ShortlistHead {
  const saved = [...entries].filter((entry) => entry.saved !== null);
  saved.sort(headOrder);
  return { total: saved.length, entries: saved.slice(0, HEAD_KEPT) };
}

/** One entry a write changes: what the index held before (undefined: nothing) and holds after. */
export interface EntryChange {
  key: string;
  before: IndexEntry | undefined;
  after: IndexEntry | undefined;
}

/**
 * The head after `changes`, from the old head alone. The head is always the first k saved entries for some k; every
 * entry not in it comes after its last row, so a changed entry that now sorts before that row takes its place, and
 * one after it is left out unless the head held everything. null when fewer than HEAD_ROWS remain while more are
 * saved: only a full read can tell which come next. `head` itself when no change touches a saved entry.
 */
export function updatedHead(head: ShortlistHead, changes: readonly EntryChange[]): ShortlistHead | null {
  // The head holds saved entries only: a change to profiles off the shortlist (a visit) leaves it as it is.
  if (!changes.some((c) => c.before?.saved || c.after?.saved)) return head;
  const changed = new Set(changes.map((c) => c.key));
  let total = head.total;
  for (const c of changes) total += (c.after?.saved ? 1 : 0) - (c.before?.saved ? 1 : 0);
  const complete = head.total === head.entries.length;
  const last = head.entries.at(-1);
  const rows = head.entries.filter((entry) => !changed.has(indexKeyOf(entry)));
  for (const c of changes) {
    if (c.after?.saved && (complete || (last !== undefined && headOrder(c.after, last) <= 0))) rows.push(c.after);
  }
  rows.sort(headOrder);
  const entries = rows.slice(0, HEAD_KEPT);
  return entries.length < Math.min(HEAD_ROWS, total) ? null : { total, entries };
}

export const encodeHead = (head: ShortlistHead): string =>
  JSON.stringify({
    total: head.total,
    rows: toColumns({ entries: Object.fromEntries(head.entries.map((e) => [indexKeyOf(e), e])) }),
  });

/** The stored head, or null when it is missing or damaged (the popup then waits for the index). Never throws. */
export function decodeHead(stored: unknown): ShortlistHead | null {
  const parsed = parseText(stored, StoredHeadSchema);
  if (!parsed.ok) return null;
  const entries: IndexEntry[] = [];
  eachEntry(parsed.value.rows, (entry) => entries.push(entry));
  const saved = entries.every((entry) => entry.saved !== null);
  return saved && entries.length <= HEAD_KEPT && entries.length <= parsed.value.total
    ? { total: parsed.value.total, entries }
    : null;
}
