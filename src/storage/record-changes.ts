import type { ProfileSnapshot } from '../core/snapshot.ts';
import {
  HISTORY_LIMIT,
  type HistoryPoint,
  type ProfileRecord,
  type ShortlistEntry,
  STORED_POSTS_LIMIT,
} from './schema.ts';

/**
 * The record a fresh snapshot makes of the stored one (or of nothing): the latest snapshot replaced, the visit
 * appended to the history (bounded), the shortlist entry kept. Pure, so the background can answer the page with
 * exactly what recordSnapshot is about to store.
 */
export function withFreshSnapshot(
  old: ProfileRecord | null,
  snapshot: ProfileSnapshot,
  engagementRate: number | null,
  now: Date,
): ProfileRecord {
  const at = now.toISOString();
  const point: HistoryPoint = { at, followers: snapshot.followers, posts: snapshot.posts, engagementRate };
  return {
    ref: { platform: snapshot.platform, handle: snapshot.handle },
    snapshot: { ...snapshot, readAt: at, recentPosts: snapshot.recentPosts.slice(0, STORED_POSTS_LIMIT) },
    history: [...(old?.history ?? []), point].slice(-HISTORY_LIMIT),
    firstSeen: old?.firstSeen ?? at,
    lastSeen: at,
    saved: old?.saved ?? null,
    ...(old?.removed ? { removed: old.removed } : {}),
  };
}

/** The record on the shortlist: its entry kept, else the one an unsave took off (undo), else a new empty one. */
export function withSaved(record: ProfileRecord, now: Date): ProfileRecord {
  if (record.saved) return record;
  return withEntry(record, record.removed?.entry ?? { savedAt: now.toISOString(), notes: '', tags: [], lists: [] });
}

/** The record off the shortlist, its entry kept aside (never deleted) so it can be put back. */
export function withUnsaved(record: ProfileRecord, now: Date): ProfileRecord {
  if (!record.saved) return record;
  return { ...record, saved: null, removed: { entry: record.saved, at: now.toISOString() } };
}

/** The record on the shortlist with exactly `entry` (an undo puts back what an unsave took off). */
export function withEntry(record: ProfileRecord, entry: ShortlistEntry): ProfileRecord {
  const { removed: _, ...rest } = record;
  return { ...rest, saved: entry };
}

export type EntryEdit = Partial<Pick<ShortlistEntry, 'notes' | 'tags' | 'lists'>>;

/** The shortlist entry's notes, tags or lists changed; a record off the shortlist stays as it is. */
export function withEntryEdited(record: ProfileRecord, edit: EntryEdit): ProfileRecord {
  return record.saved ? { ...record, saved: { ...record.saved, ...edit } } : record;
}

/** A bulk edit of named lists: add one, remove one, or replace them all. */
export interface ListEdit {
  add?: string;
  remove?: string;
  set?: string[];
}

/**
 * The entry's named lists (campaigns) added to, removed from or replaced, names compared as the user sees them
 * ("Spring" and "spring" are one list); null when the record is off the shortlist.
 */
export function withListsEdited(record: ProfileRecord, edit: ListEdit): ProfileRecord | null {
  if (!record.saved) return null;
  let lists = edit.set ? [...edit.set] : [...record.saved.lists];
  if (edit.remove) lists = lists.filter((l) => l.toLowerCase() !== edit.remove?.toLowerCase());
  if (edit.add && !lists.some((l) => l.toLowerCase() === edit.add?.toLowerCase())) lists.push(edit.add);
  return { ...record, saved: { ...record.saved, lists } };
}
