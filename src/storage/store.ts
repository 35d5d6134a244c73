import { cleanStrings } from '../core/clean-text.ts';
import { tidyLabels } from '../core/labels.ts';
import type { ProfileRef } from '../core/platform.ts';
import type { ProfileSnapshot } from '../core/snapshot.ts';
import type { KeyValueArea } from './area.ts';
import { exclusive } from './area.ts';
import { shardKey, shardOf } from './index/index-shards.ts';
import { type IndexEntry, UNSAVED_LIMIT } from './index/profile-index.ts';
import { applyWrite, entriesOf, IndexMemory, loadAll } from './index/sharded-index.ts';
import { planMigration } from './migrations.ts';
import { BucketedArea } from './record-buckets.ts';
import { withFreshSnapshot, withSaved, withUnsaved } from './record-changes.ts';
import { repairRecord } from './repair.ts';
import {
  KEY,
  MetaSchema,
  type ProfileRecord,
  ProfileRecordSchema,
  type RecordSummary,
  recordKey,
  SCHEMA_VERSION,
  type ShortlistEntry,
  STORED_POSTS_LIMIT,
} from './schema.ts';
import { issueText, type Quarantined, quarantine, setAsideFields } from './set-aside.ts';

export type { Quarantined };
export type SetAsideItem = Quarantined & { id: string };

const WRITE_LOCK = 'creator-lens-storage';

export { recordKey };

/** Scores a record into its shortlist-row summary (the background injects the scorer and current settings). */
export type Summarize = (record: ProfileRecord) => Promise<RecordSummary | undefined>;

/** The single writer's view of storage. All writes take the lock, so two tabs saving at once lose nothing. */
export class ProfileStore {
  // This instance's last queued write: reads wait for it, so an answer given before a write landed is never
  // contradicted by a read that overtakes the write.
  private lastWrite: Promise<unknown> = Promise.resolve();
  /**
   * Why this store changes nothing, when it must not: storage written by a newer version of Creator Lens. Its data
   * is read as well as this version can; writing it in this version's format would mix two formats.
   */
  frozen: string | null = null;
  private readonly index = new IndexMemory();

  /** storage.local with the records in buckets underneath (record-buckets.ts). */
  private readonly area: KeyValueArea;
  private readonly buckets: BucketedArea;

  constructor(
    area: KeyValueArea,
    private readonly summarize: Summarize = async () => undefined,
    private readonly unsavedLimit = UNSAVED_LIMIT,
  ) {
    this.buckets = new BucketedArea(area);
    this.area = this.buckets;
  }

  /** Brings stored data to the current schema; run once per worker start before any read. */
  migrate(): Promise<void> {
    return exclusive(WRITE_LOCK, async () => {
      // Reading every item (tens of MB with a large shortlist) only when the stored version says there is work.
      const meta = await this.area.get(KEY.meta);
      const stored = MetaSchema.safeParse(meta[KEY.meta]);
      if (stored.success && stored.data.schemaVersion > SCHEMA_VERSION) {
        this.frozen = newerData(stored.data.schemaVersion);
        return;
      }
      if (planMigration(meta).from === SCHEMA_VERSION && meta[KEY.meta]) return;
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

  /** The valid record stored for `ref`, or null, read without any write (get() sets an invalid value aside). */
  async validRecord(ref: ProfileRef): Promise<ProfileRecord | null> {
    await this.lastWrite;
    const key = recordKey(ref);
    return asReadable(key, (await this.area.get(key))[key]);
  }

  /**
   * Every record as this version can read it, without any write: an invalid value is read as its repair would
   * keep it, or skipped when it cannot be repaired (all() writes the repair and sets the rest aside).
   * For reads that must leave storage as it was, whatever it holds: an import's preview.
   */
  async validRecords(): Promise<ProfileRecord[]> {
    await this.lastWrite;
    const items = await this.area.get(null);
    return Object.entries(items).flatMap(([key, value]) => {
      const record = key.startsWith(KEY.profilePrefix) ? asReadable(key, value) : null;
      return record ? [record] : [];
    });
  }

  async quarantined(): Promise<Quarantined[]> {
    return (await this.setAsideItems()).map(({ id: _, ...item }) => item);
  }

  /** Everything set aside, each with the storage key it is kept under (its id), oldest first. */
  async setAsideItems(): Promise<SetAsideItem[]> {
    const items = await this.area.get(null);
    return Object.entries(items)
      .filter(([key]) => key.startsWith(KEY.quarantinePrefix))
      .map(([id, value]) => ({ ...(value as Quarantined), id }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /**
   * Puts a profile set aside whole back, with what this version can read of it (what it still cannot is set aside
   * field by field). A profile read since keeps its newer numbers and takes back only the shortlist entry it lacks.
   * Returns null when restored, else why not.
   */
  restoreSetAside(id: string): Promise<string | null> {
    return this.queueWrite(async () => {
      const item = (await this.area.get(id))[id] as Quarantined | undefined;
      if (!item || !id.startsWith(KEY.quarantinePrefix)) return 'it is no longer set aside';
      if (item.field !== undefined || !item.key.startsWith(KEY.profilePrefix)) {
        return 'only a whole profile can be put back; this value cannot be read by this version';
      }
      const repaired = repairRecord(item.value);
      if (!repaired || recordKey(repaired.record.ref) !== item.key) return `it still cannot be read (${item.reason})`;
      const current = await this.read(repaired.record.ref, true);
      const next = current ? { ...current, saved: current.saved ?? repaired.record.saved } : repaired.record;
      await setAsideFields(this.area, item.key, repaired.setAside);
      await this.commit([await this.prepare(next)]);
      await this.area.remove(id);
      return null;
    });
  }

  /** Deletes set-aside items for good (the user chose to); returns how many went. */
  discardSetAside(ids: string[]): Promise<number> {
    return this.queueWrite(async () => {
      const found = Object.keys(await this.area.get(ids.filter((id) => id.startsWith(KEY.quarantinePrefix))));
      if (found.length > 0) await this.area.remove(found);
      return found.length;
    });
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
    const loaded = await exclusive(WRITE_LOCK, () => loadAll(this.area));
    return entriesOf(loaded).filter((entry) => entry.saved !== null);
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
      // One storage read for the whole save: the record with the index parts its write will need (record-buckets.ts).
      const key = recordKey(ref);
      const shard = shardOf(key);
      await this.area.get([key, ...(this.index.keysFor([shard]) ?? [KEY.index, KEY.head, shardKey(shard)])]);
      const next = await this.prepare(change(await this.read(ref, true)), summary);
      await this.commit([next]);
      return next;
    });
  }

  /** Runs a write under the lock and remembers it, so this instance's reads wait for it. */
  private queueWrite<T>(write: () => Promise<T>): Promise<T> {
    if (this.frozen) return Promise.reject(new Error(this.frozen));
    const queued = exclusive(WRITE_LOCK, () => this.buckets.section(write));
    this.lastWrite = queued.catch(() => undefined);
    return queued;
  }

  /**
   * A stored value as a record. An invalid one is repaired where it can be (its bad fields set aside with their
   * reasons, the rest kept, shortlist entry included) and set aside whole only when it cannot (repair.ts).
   */
  private async validate(key: string, value: unknown, locked = false): Promise<ProfileRecord | null> {
    const parsed = ProfileRecordSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    if (this.frozen) return asReadable(key, value);
    const mend = () => this.mend(key);
    return locked ? mend() : exclusive(WRITE_LOCK, () => this.buckets.section(mend));
  }

  /**
   * Repairs or sets aside what is stored under `key` now (caller holds the lock). It re-reads: the caller saw the
   * value earlier, and a writer may have replaced it since with a valid, acknowledged record (found by the
   * reliability tests, 2026: a listing that quarantined a stale read deleted a fresh save).
   */
  private async mend(key: string): Promise<ProfileRecord | null> {
    const value = (await this.area.get(key))[key];
    if (value === undefined) return null;
    const parsed = ProfileRecordSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    const repaired = repairRecord(value);
    if (!repaired || recordKey(repaired.record.ref) !== key) {
      await quarantine(this.area, key, value, issueText(parsed.error));
      await this.commit([], [key]);
      return null;
    }
    await setAsideFields(this.area, key, repaired.setAside);
    const record = await this.prepare(repaired.record);
    await this.commit([record]);
    return record;
  }

  /** Validates a record about to be written, bounds what it keeps, and scores its row summary. */
  private async prepare(record: ProfileRecord, summary?: RecordSummary): Promise<ProfileRecord> {
    // The one place everything stored passes: page text, notes, imports (core/clean-text.ts).
    const next = ProfileRecordSchema.parse(cleanStrings(record));
    next.snapshot.recentPosts = next.snapshot.recentPosts.slice(0, STORED_POSTS_LIMIT);
    // Cleaning can make two labels one (NUL and U+FFFD) and a CSV cell loses its spaces: store them as an import would.
    for (const entry of [next.saved, next.removed?.entry]) {
      if (!entry) continue;
      entry.tags = tidyLabels(entry.tags);
      entry.lists = tidyLabels(entry.lists);
    }
    next.summary = summary ?? (await this.summarize(next));
    return next;
  }

  /**
   * Writes records and the index in one storage call (caller holds the lock), drops `remove` from both, and
   * prunes the least recently seen unsaved profiles beyond the limit. Saved profiles are never pruned.
   */
  private async commit(records: ProfileRecord[], remove: string[] = []): Promise<void> {
    const index = await applyWrite(this.area, records, remove, this.unsavedLimit, this.index);
    const items: Record<string, unknown> = {};
    for (const record of records) items[recordKey(record.ref)] = record;
    for (const key of index.pruned) delete items[key];
    try {
      await this.area.set({ ...items, ...index.set });
      const gone = [...new Set([...remove, ...index.pruned, ...index.remove])];
      if (gone.length > 0) await this.area.remove(gone);
    } catch (error) {
      // The memory already holds this write; storage may not: read it again next time.
      this.index.forget();
      throw error;
    }
    this.index.remember(index);
  }
}

class NotSeen extends Error {}

/** A stored value as a record, repaired in memory if need be, never written (undefined and unrepairable: null). */
function asReadable(key: string, value: unknown): ProfileRecord | null {
  if (value === undefined) return null;
  const parsed = ProfileRecordSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const repaired = repairRecord(value);
  return repaired && recordKey(repaired.record.ref) === key ? repaired.record : null;
}

const newerData = (version: number) =>
  `stored data comes from a newer version of Creator Lens (storage schema ${version}; this version knows up to ${SCHEMA_VERSION}): update Creator Lens; until then it changes nothing`;
