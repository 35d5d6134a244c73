import type { ProfileRef } from '../core/platform.ts';
import type { ProfileSnapshot } from '../core/snapshot.ts';
import type { KeyValueArea } from './area.ts';
import { type IndexEntry, UNSAVED_LIMIT } from './index/profile-index.ts';
import { entriesOf } from './index/sharded-index.ts';
import { BucketedArea } from './record-buckets.ts';
import {
  type EntryEdit,
  type ListEdit,
  withEntry,
  withEntryEdited,
  withFreshSnapshot,
  withListsEdited,
  withSaved,
  withUnsaved,
} from './record-changes.ts';
import { KEY, type ProfileRecord, type RecordSummary, recordKey, type ShortlistEntry } from './schema.ts';
import type { Quarantined } from './set-aside.ts';
import { discardSetAside, restoreSetAside, type SetAsideItem, setAsideItems } from './set-aside-items.ts';
import { asReadable } from './stored-record.ts';
import { type Summarize, Transactions } from './transaction.ts';

export { recordKey };

/**
 * The single writer's view of storage, as the background uses it: reads, the shortlist's changes and the set-aside
 * items. The records' transitions are pure (record-changes.ts); every write goes through transaction.ts.
 */
export class ProfileStore {
  /** storage.local with the records in buckets underneath (record-buckets.ts). */
  private readonly area: BucketedArea;
  private readonly tx: Transactions;

  constructor(area: KeyValueArea, summarize: Summarize = async () => undefined, unsavedLimit = UNSAVED_LIMIT) {
    this.area = new BucketedArea(area);
    this.tx = new Transactions(this.area, summarize, unsavedLimit);
  }

  /** Why this store changes nothing, when it must not (Transactions.frozen); null when it may write. */
  get frozen(): string | null {
    return this.tx.frozen;
  }

  /** Brings stored data to the current schema; run once per worker start before any read. */
  migrate(): Promise<void> {
    return this.tx.migrate();
  }

  async get(ref: ProfileRef): Promise<ProfileRecord | null> {
    await this.tx.settled();
    const key = recordKey(ref);
    const value = (await this.area.get(key))[key];
    return value === undefined ? null : this.tx.validate(key, value);
  }

  /** Every valid record; invalid ones are quarantined on the way. */
  async all(): Promise<ProfileRecord[]> {
    await this.tx.settled();
    const items = await this.area.get(null);
    const out: ProfileRecord[] = [];
    for (const [key, value] of Object.entries(items)) {
      if (!key.startsWith(KEY.profilePrefix)) continue;
      const record = await this.tx.validate(key, value);
      if (record) out.push(record);
    }
    return out;
  }

  /** The valid record stored for `ref`, or null, read without any write (get() sets an invalid value aside). */
  async validRecord(ref: ProfileRef): Promise<ProfileRecord | null> {
    await this.tx.settled();
    const key = recordKey(ref);
    return asReadable(key, (await this.area.get(key))[key]);
  }

  /**
   * Every record as this version can read it, without any write: an invalid value is read as its repair would
   * keep it, or skipped when it cannot be repaired (all() writes the repair and sets the rest aside).
   * For reads that must leave storage as it was, whatever it holds: an import's preview.
   */
  async validRecords(): Promise<ProfileRecord[]> {
    await this.tx.settled();
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
  setAsideItems(): Promise<SetAsideItem[]> {
    return setAsideItems(this.area);
  }

  /** Puts a profile set aside whole back (set-aside-items.ts); null when restored, else why not. */
  restoreSetAside(id: string): Promise<string | null> {
    return this.tx.write((held) => restoreSetAside(held, id));
  }

  /** Deletes set-aside items for good (the user chose to); returns how many went. */
  discardSetAside(ids: string[]): Promise<number> {
    return this.tx.write((held) => discardSetAside(held.area, ids));
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
    return this.tx.write(async (held) =>
      held.put(withFreshSnapshot(await held.readForSave(ref), snapshot, engagementRate, now), summary),
    );
  }

  /**
   * Saves or unsaves a profile already seen; returns null when we never read it (nothing to save). An unsave keeps
   * the entry aside and a save puts it back, so notes, tags and lists survive an unsave (and its undo).
   */
  setSaved(ref: ProfileRef, saved: boolean, now = new Date()): Promise<ProfileRecord | null> {
    return this.updateSeen(ref, (old) => (saved ? withSaved(old, now) : withUnsaved(old, now)));
  }

  updateEntry(ref: ProfileRef, edit: EntryEdit): Promise<ProfileRecord | null> {
    return this.updateSeen(ref, (old) => withEntryEdited(old, edit));
  }

  /** The shortlist: every valid record with a saved entry. */
  async saved(): Promise<ProfileRecord[]> {
    return (await this.all()).filter((record) => record.saved !== null);
  }

  /** The shortlist as its rows: read from the index, without loading any full record. */
  async shortlistEntries(): Promise<IndexEntry[]> {
    await this.tx.settled();
    return entriesOf(await this.tx.readIndex()).filter((entry) => entry.saved !== null);
  }

  /** Removes entries from the shortlist in one write; returns what was removed so the UI can undo. */
  async unsaveMany(refs: ProfileRef[], now = new Date()): Promise<Array<{ ref: ProfileRef; saved: ShortlistEntry }>> {
    const changed = await this.tx.rewrite(refs, (record) => (record.saved ? withUnsaved(record, now) : null));
    return changed.flatMap((before) => (before.saved ? [{ ref: before.ref, saved: before.saved }] : []));
  }

  /** Puts removed entries back exactly as they were (undo). */
  async restoreSaved(entries: Array<{ ref: ProfileRef; saved: ShortlistEntry }>): Promise<number> {
    const byKey = new Map(entries.map((e) => [recordKey(e.ref), e.saved]));
    const changed = await this.tx.rewrite(
      entries.map((e) => e.ref),
      (record) => {
        const entry = byKey.get(recordKey(record.ref));
        return entry ? withEntry(record, entry) : record;
      },
    );
    return changed.length;
  }

  /** Adds to, removes from, or replaces the named lists (campaigns) of several entries at once. */
  async editLists(refs: ProfileRef[], edit: ListEdit): Promise<number> {
    return (await this.tx.rewrite(refs, (record) => withListsEdited(record, edit))).length;
  }

  /** Writes records produced elsewhere (an import), validated, in one batch. */
  async writeMany(records: ProfileRecord[]): Promise<void> {
    await this.tx.write((held) => held.putAll(records));
  }

  /** Re-scores every stored summary (after a settings change). */
  async resummarizeAll(): Promise<void> {
    const all = await this.all();
    await this.tx.rewrite(
      all.map((r) => r.ref),
      (record) => record,
    );
  }

  /** Changes a record already stored, in one storage read for the whole save; null when there is none. */
  private updateSeen(ref: ProfileRef, change: (old: ProfileRecord) => ProfileRecord): Promise<ProfileRecord | null> {
    return this.tx.write(async (held) => {
      const old = await held.readForSave(ref);
      return old && held.put(change(old));
    });
  }
}
