import type { ProfileRecord, ShortlistEntry } from '../core/record.ts';
import { COUNT_FIELDS, type ProfileSnapshot } from '../core/snapshot.ts';
import type { ImportedRecord } from './format.ts';
import { uniteHistory, uniteLabels, uniteNotes } from './unite.ts';

const validTime = (text: string | undefined) => {
  const time = text === undefined ? Number.NaN : Date.parse(text);
  return Number.isFinite(time) ? time : Number.NEGATIVE_INFINITY;
};

/** When a record was last read: the later of lastSeen and snapshot.readAt. */
export const seenTime = (record: ProfileRecord) =>
  Math.max(validTime(record.lastSeen), validTime(record.snapshot.readAt));

const earlier = (a: string, b: string) => (validTime(b) < validTime(a) ? b : a);
const later = (a: string, b: string) => (validTime(b) > validTime(a) ? b : a);

/** A newer CSV row updates what it carries (counts, name, language) and leaves the rest of the snapshot. */
function overlaySnapshot(base: ProfileSnapshot, partial: ProfileSnapshot): ProfileSnapshot {
  const next: ProfileSnapshot = { ...base, sources: { ...base.sources }, readAt: partial.readAt ?? base.readAt };
  const missing = { ...base.missing };
  for (const field of COUNT_FIELDS) {
    const count = partial[field];
    if (!count) continue;
    next[field] = count;
    next.sources[field] = partial.sources[field] ?? 'imported';
    delete missing[field];
  }
  if (partial.displayName) next.displayName = partial.displayName;
  if (partial.lang !== '' && partial.lang !== 'und') next.lang = partial.lang;
  if (Object.keys(missing).length > 0) next.missing = missing;
  else delete next.missing;
  return next;
}

function uniteSaved(base: ShortlistEntry | null, incoming: ShortlistEntry | null): ShortlistEntry | null {
  if (!base || !incoming) return base ?? incoming;
  return {
    savedAt: earlier(base.savedAt, incoming.savedAt),
    notes: uniteNotes(base.notes, incoming.notes),
    tags: uniteLabels(base.tags, incoming.tags),
    lists: uniteLabels(base.lists, incoming.lists),
  };
}

/**
 * One imported record merged into the stored one: the newer snapshot wins (ties keep ours), shortlist
 * entries are united, histories joined. Undated CSV rows never count as newer.
 */
export function mergeRecord(base: ProfileRecord, item: ImportedRecord): ProfileRecord {
  const incoming = item.record;
  const newer = item.dated && seenTime(incoming) > seenTime(base);
  let snapshot = base.snapshot;
  if (newer) snapshot = item.partial ? overlaySnapshot(base.snapshot, incoming.snapshot) : incoming.snapshot;
  // A CSV row's one observation at the moment of our own snapshot is that snapshot: not a new history point.
  const points = item.partial ? incoming.history.filter((p) => validTime(p.at) !== seenTime(base)) : incoming.history;
  const saved = uniteSaved(base.saved, incoming.saved);
  return {
    ref: newer && !item.partial ? incoming.ref : base.ref,
    snapshot,
    history: uniteHistory(base.history, points),
    firstSeen: earlier(base.firstSeen, incoming.firstSeen),
    lastSeen: item.dated ? later(base.lastSeen, incoming.lastSeen) : base.lastSeen,
    saved,
    // An import never drops the entry an unsave kept aside for a profile still off the shortlist.
    ...(saved === null && base.removed ? { removed: base.removed } : {}),
  };
}

/** A profile we never saw, tidied the way a merge would (labels deduplicated, history ordered). */
export function newRecord(incoming: ProfileRecord): ProfileRecord {
  const { saved } = incoming;
  return {
    ...incoming,
    history: uniteHistory([], incoming.history),
    saved: saved && { ...saved, tags: uniteLabels([], saved.tags), lists: uniteLabels([], saved.lists) },
  };
}
