import type { ProfileSnapshot } from '../core/snapshot.ts';
import { HISTORY_LIMIT, type HistoryPoint, type ProfileRecord, STORED_POSTS_LIMIT } from './schema.ts';

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
  const { removed, ...rest } = record;
  return { ...rest, saved: removed?.entry ?? { savedAt: now.toISOString(), notes: '', tags: [], lists: [] } };
}

/** The record off the shortlist, its entry kept aside (never deleted) so it can be put back. */
export function withUnsaved(record: ProfileRecord, now: Date): ProfileRecord {
  if (!record.saved) return record;
  return { ...record, saved: null, removed: { entry: record.saved, at: now.toISOString() } };
}
