import { type ProfileRef, profileKey } from '../core/platform.ts';
import type { ProfileSnapshot } from '../core/snapshot.ts';
import type { KeyValueArea } from './area.ts';
import { exclusive } from './area.ts';
import { planMigration } from './migrations.ts';
import {
  buildIndex,
  decodeIndex,
  type IndexEntry,
  indexEntryOf,
  keysToPrune,
  type ProfileIndex,
} from './profile-index.ts';
import {
  HISTORY_LIMIT,
  type HistoryPoint,
  KEY,
  type ProfileRecord,
  ProfileRecordSchema,
  type RecordSummary,
  type ShortlistEntry,
  STORED_POSTS_LIMIT,
} from './schema.ts';
import { indexItems } from './shortlist-head.ts';

const WRITE_LOCK = 'creator-lens-storage';

export const recordKey = (ref: ProfileRef): string => KEY.profilePrefix + profileKey(ref);

/** A stored value that failed validation: moved aside under quarantine:, reported, never silently dropped. */
export interface Quarantined {
  key: string;
  reason: string;
  at: string;
  value: unknown;
}

/**
 * Moves the value now stored under `key` aside if it is still invalid. Runs under the write lock and re-reads:
 * the caller saw the value earlier, and a writer may have replaced it since with a valid, acknowledged record
 * (found by the reliability tests, 2026: a listing that quarantined a stale read deleted a fresh save).
 */
async function quarantineIfInvalid(area: KeyValueArea, key: string): Promise<boolean> {
  const value = (await area.get(key))[key];
  if (value === undefined) return false;
  const parsed = ProfileRecordSchema.safeParse(value);
  if (parsed.success) return false;
  await quarantine(area, key, value, issueText(parsed.error));
  return true;
}

async function quarantine(area: KeyValueArea, key: string, value: unknown, reason: string): Promise<void> {
  const at = new Date().toISOString();
  const item: Quarantined = { key, reason, at, value };
  await area.set({ [`${KEY.quarantinePrefix}${at}:${key}`]: item });
  await area.remove(key);
  console.warn(`Creator Lens: stored value ${key} is invalid (${reason}); kept aside under quarantine:`);
}

function issueText(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const first = error.issues[0];
  return first ? `${first.path.map(String).join('.') || '(root)'}: ${first.message}` : 'invalid';
}

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

/** Scores a record into its shortlist-row summary (the background injects the scorer and current settings). */
export type Summarize = (record: ProfileRecord) => Promise<RecordSummary | undefined>;

/** The single writer's view of storage. All writes take the lock, so two tabs saving at once lose nothing. */
export class ProfileStore {
  // This instance's last queued write: reads wait for it, so an answer given before a write landed is never
  // contradicted by a read that overtakes the write.
  private lastWrite: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: KeyValueArea,
    private readonly summarize: Summarize = async () => undefined,
  ) {}

  /** Brings stored data to the current schema; run once per worker start before any read. */
  migrate(): Promise<void> {
    return exclusive(WRITE_LOCK, async () => {
      const items = await this.area.get(null);
      const plan = planMigration(items);
      if (plan.from === plan.to && items[KEY.meta]) return;
      await this.area.set(plan.set);
      if (plan.remove.length > 0) await this.area.remove(plan.remove);
    });
  }

  async get(ref: ProfileRef): Promise<ProfileRecord | null> {
    await this.lastWrite;
    return this.read(ref, false);
  }

  /** `locked`: the caller already holds the write lock (the lock is not re-entrant). */
  private async read(ref: ProfileRef, locked: boolean): Promise<ProfileRecord | null> {
    const key = recordKey(ref);
    const value = (await this.area.get(key))[key];
    return value === undefined ? null : this.validate(key, value, locked);
  }

  /** Every valid record; invalid ones are quarantined on the way. */
  async all(): Promise<ProfileRecord[]> {
    await this.lastWrite;
    const items = await this.area.get(null);
    const out: ProfileRecord[] = [];
    for (const [key, value] of Object.entries(items)) {
      if (!key.startsWith(KEY.profilePrefix)) continue;
      const record = await this.validate(key, value);
      if (record) out.push(record);
    }
    return out;
  }

  async quarantined(): Promise<Quarantined[]> {
    const items = await this.area.get(null);
    return Object.entries(items)
      .filter(([key]) => key.startsWith(KEY.quarantinePrefix))
      .map(([, value]) => value as Quarantined);
  }

  /**
   * Records a fresh snapshot (see withFreshSnapshot). `summary`: the caller already scored this snapshot (the
   * background does, to answer the page before this write lands).
   */
  recordSnapshot(
    snapshot: ProfileSnapshot,
    engagementRate: number | null,
    now = new Date(),
    summary?: RecordSummary,
  ): Promise<ProfileRecord> {
    const ref = { platform: snapshot.platform, handle: snapshot.handle };
    return this.update(ref, (old) => withFreshSnapshot(old, snapshot, engagementRate, now), summary);
  }

  /**
   * Saves or unsaves a profile already seen; returns null when we never read it (nothing to save). An unsave keeps
   * the entry aside and a save puts it back, so notes, tags and lists survive an unsave (and its undo).
   */
  async setSaved(ref: ProfileRef, saved: boolean, now = new Date()): Promise<ProfileRecord | null> {
    return this.updateExisting(ref, (old) => (saved ? withSaved(old, now) : withUnsaved(old, now)));
  }

  async updateEntry(ref: ProfileRef, change: Partial<Pick<ShortlistEntry, 'notes' | 'tags' | 'lists'>>) {
    return this.updateExisting(ref, (old) => (old.saved ? { ...old, saved: { ...old.saved, ...change } } : old));
  }

  /** The shortlist: every valid record with a saved entry. */
  async saved(): Promise<ProfileRecord[]> {
    return (await this.all()).filter((record) => record.saved !== null);
  }

  /** The shortlist as its rows: read from the index, without loading any full record. */
  async shortlistEntries(): Promise<IndexEntry[]> {
    await this.lastWrite;
    const index = await this.loadIndex(false);
    return Object.values(index.entries).filter((entry) => entry.saved !== null);
  }

  /** Removes entries from the shortlist in one write; returns what was removed so the UI can undo. */
  unsaveMany(refs: ProfileRef[], now = new Date()): Promise<Array<{ ref: ProfileRef; saved: ShortlistEntry }>> {
    return this.rewrite(refs, (record) => (record.saved ? withUnsaved(record, now) : null)).then((changed) =>
      changed.flatMap(({ before }) => (before.saved ? [{ ref: before.ref, saved: before.saved }] : [])),
    );
  }

  /** Puts removed entries back exactly as they were (undo). */
  async restoreSaved(entries: Array<{ ref: ProfileRef; saved: ShortlistEntry }>): Promise<number> {
    const byKey = new Map(entries.map((e) => [recordKey(e.ref), e.saved]));
    const changed = await this.rewrite(
      entries.map((e) => e.ref),
      (record) => {
        const entry = byKey.get(recordKey(record.ref));
        if (!entry) return record;
        const { removed: _, ...rest } = record;
        return { ...rest, saved: entry };
      },
    );
    return changed.length;
  }

  /** Adds to, removes from, or replaces the named lists (campaigns) of several entries at once. */
  async editLists(refs: ProfileRef[], edit: { add?: string; remove?: string; set?: string[] }): Promise<number> {
    const changed = await this.rewrite(refs, (record) => {
      if (!record.saved) return null;
      let lists = edit.set ? [...edit.set] : [...record.saved.lists];
      if (edit.remove) lists = lists.filter((l) => l.toLowerCase() !== edit.remove?.toLowerCase());
      if (edit.add && !lists.some((l) => l.toLowerCase() === edit.add?.toLowerCase())) lists.push(edit.add);
      return { ...record, saved: { ...record.saved, lists } };
    });
    return changed.length;
  }

  /** Writes records produced elsewhere (an import), validated, in one batch. */
  writeMany(records: ProfileRecord[]): Promise<void> {
    return this.queueWrite(async () => {
      const next: ProfileRecord[] = [];
      for (const record of records) next.push(await this.prepare(record));
      if (next.length > 0) await this.commit(next);
    });
  }

  /** Re-scores every stored summary (after a settings change). */
  async resummarizeAll(): Promise<void> {
    const all = await this.all();
    await this.rewrite(
      all.map((r) => r.ref),
      (record) => record,
    );
  }

  /** Read-modify-write of several records under one lock and one storage write; null leaves a record as is. */
  private rewrite(
    refs: ProfileRef[],
    change: (record: ProfileRecord) => ProfileRecord | null,
  ): Promise<Array<{ before: ProfileRecord; after: ProfileRecord }>> {
    return this.queueWrite(async () => {
      const keys = [...new Set(refs.map(recordKey))];
      const items = await this.area.get(keys);
      const changed: Array<{ before: ProfileRecord; after: ProfileRecord }> = [];
      for (const key of keys) {
        if (items[key] === undefined) continue;
        const before = await this.validate(key, items[key], true);
        const next = before && change(before);
        if (!before || !next) continue;
        changed.push({ before, after: await this.prepare(next) });
      }
      if (changed.length > 0) await this.commit(changed.map((c) => c.after));
      return changed;
    });
  }

  private async updateExisting(ref: ProfileRef, change: (old: ProfileRecord) => ProfileRecord) {
    let found = false;
    const record = await this.update(ref, (old) => {
      if (!old) throw new NotSeen();
      found = true;
      return change(old);
    }).catch((error: unknown) => {
      if (error instanceof NotSeen) return null;
      throw error;
    });
    return found ? record : null;
  }

  private update(
    ref: ProfileRef,
    change: (old: ProfileRecord | null) => ProfileRecord,
    summary?: RecordSummary,
  ): Promise<ProfileRecord> {
    return this.queueWrite(async () => {
      const next = await this.prepare(change(await this.read(ref, true)), summary);
      await this.commit([next]);
      return next;
    });
  }

  /** Runs a write under the lock and remembers it, so this instance's reads wait for it. */
  private queueWrite<T>(write: () => Promise<T>): Promise<T> {
    const queued = exclusive(WRITE_LOCK, write);
    this.lastWrite = queued.catch(() => undefined);
    return queued;
  }

  private async validate(key: string, value: unknown, locked = false): Promise<ProfileRecord | null> {
    const parsed = ProfileRecordSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    const setAside = async () => {
      if (await quarantineIfInvalid(this.area, key)) await this.commit([], [key]);
    };
    await (locked ? setAside() : exclusive(WRITE_LOCK, setAside));
    return null;
  }

  /** Validates a record about to be written, bounds what it keeps, and scores its row summary. */
  private async prepare(record: ProfileRecord, summary?: RecordSummary): Promise<ProfileRecord> {
    const next = ProfileRecordSchema.parse(record);
    next.snapshot.recentPosts = next.snapshot.recentPosts.slice(0, STORED_POSTS_LIMIT);
    next.summary = summary ?? (await this.summarize(next));
    return next;
  }

  /**
   * Writes records and the index in one storage call (caller holds the lock), drops `remove` from both, and
   * prunes the least recently seen unsaved profiles beyond the limit. Saved profiles are never pruned.
   */
  private async commit(records: ProfileRecord[], remove: string[] = []): Promise<void> {
    const index = await this.loadIndex(true);
    const items: Record<string, unknown> = {};
    for (const record of records) {
      const key = recordKey(record.ref);
      items[key] = record;
      index.entries[key] = indexEntryOf(record);
    }
    for (const key of remove) delete index.entries[key];
    const pruned = keysToPrune(index);
    for (const key of pruned) {
      delete index.entries[key];
      delete items[key];
    }
    Object.assign(items, indexItems(index));
    await this.area.set(items);
    const gone = [...new Set([...remove, ...pruned])];
    if (gone.length > 0) await this.area.remove(gone);
  }

  /** The index; missing or damaged (damage is quarantined, never dropped), it is rebuilt from the records. */
  private async loadIndex(locked: boolean): Promise<ProfileIndex> {
    const stored = decodeIndex((await this.area.get(KEY.index))[KEY.index]);
    if (stored.ok) return stored.index;
    const rebuild = async () => {
      const now = (await this.area.get(KEY.index))[KEY.index];
      const again = decodeIndex(now);
      if (again.ok) return again.index;
      if (now !== undefined) await quarantine(this.area, KEY.index, now, again.reason);
      const index = buildIndex(await this.area.get(null));
      await this.area.set(indexItems(index));
      return index;
    };
    return locked ? rebuild() : exclusive(WRITE_LOCK, rebuild);
  }
}

class NotSeen extends Error {}
