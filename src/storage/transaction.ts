import type { ProfileRef } from '../core/platform.ts';
import { exclusive, type KeyValueArea } from './area.ts';
import { shardKey, shardOf } from './index/index-shards.ts';
import { applyWrite, IndexMemory, type LoadedIndex, loadAll } from './index/sharded-index.ts';
import { migrateStored } from './migrate.ts';
import type { BucketedArea } from './record-buckets.ts';
import { repairRecord } from './repair.ts';
import { KEY, type ProfileRecord, ProfileRecordSchema, type RecordSummary, recordKey } from './schema.ts';
import { issueText, quarantine, setAsideFields } from './set-aside.ts';
import { asReadable, storable } from './stored-record.ts';

const WRITE_LOCK = 'creator-lens-storage';

/** Scores a record into its shortlist-row summary (the background injects the scorer and current settings). */
export type Summarize = (record: ProfileRecord) => Promise<RecordSummary | undefined>;

/**
 * The one place that knows the write lock. Every write runs under it as one write section, so two tabs saving at
 * once lose nothing; reads outside it take it only to mend an invalid value.
 */
export class Transactions {
  // This instance's last queued write: reads wait for it, so an answer given before a write landed is never
  // contradicted by a read that overtakes the write.
  private lastWrite: Promise<unknown> = Promise.resolve();
  private why: string | null = null;
  private readonly held: Transaction;

  constructor(
    private readonly area: BucketedArea,
    summarize: Summarize,
    unsavedLimit: number,
  ) {
    this.held = new Transaction(area, summarize, unsavedLimit, () => this.why);
  }

  /**
   * Why nothing may be written, when it must not: storage written by a newer version of Creator Lens. Its data is
   * read as well as this version can; writing it in this version's format would mix two formats.
   */
  get frozen(): string | null {
    return this.why;
  }

  /** Brings stored data to the current schema; run once per worker start before any read. */
  migrate(): Promise<void> {
    return exclusive(WRITE_LOCK, async () => {
      const why = await migrateStored(this.area);
      if (why) this.why = why;
    });
  }

  /** Resolves once this instance's queued writes have landed (or failed). */
  async settled(): Promise<void> {
    await this.lastWrite;
  }

  /** Runs a write under the lock and remembers it, so this instance's reads wait for it. */
  write<T>(task: (held: Transaction) => Promise<T>): Promise<T> {
    if (this.why) return Promise.reject(new Error(this.why));
    const queued = exclusive(WRITE_LOCK, () => this.area.section(() => task(this.held)));
    this.lastWrite = queued.catch(() => undefined);
    return queued;
  }

  /** A value read outside a write as a record; an invalid one is mended under the lock (Transaction.mend). */
  async validate(key: string, value: unknown): Promise<ProfileRecord | null> {
    const parsed = ProfileRecordSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    if (this.why) return asReadable(key, value);
    return exclusive(WRITE_LOCK, () => this.area.section(() => this.held.mend(key)));
  }

  /** The index whole, read under the lock so that no write lands halfway through it. */
  readIndex(): Promise<LoadedIndex> {
    return exclusive(WRITE_LOCK, () => loadAll(this.area));
  }

  /**
   * Read-modify-write of several records under one lock and one storage write; null leaves a record as is.
   * Returns the records it changed, as they were before.
   */
  rewrite(refs: ProfileRef[], change: (record: ProfileRecord) => ProfileRecord | null): Promise<ProfileRecord[]> {
    return this.write(async (held) => {
      const keys = [...new Set(refs.map(recordKey))];
      const items = await held.area.get(keys);
      const before: ProfileRecord[] = [];
      const after: ProfileRecord[] = [];
      for (const key of keys) {
        const record = await held.validate(key, items[key]);
        const next = record && change(record);
        if (!record || !next) continue;
        before.push(record);
        after.push(next);
      }
      await held.putAll(after);
      return before;
    });
  }
}

/** What a write may do while it holds the lock: only Transactions.write hands one out. */
class Transaction {
  private readonly index = new IndexMemory();

  constructor(
    /** storage.local with the records in buckets underneath, inside this write's section. */
    readonly area: KeyValueArea,
    private readonly summarize: Summarize,
    private readonly unsavedLimit: number,
    private readonly frozen: () => string | null,
  ) {}

  /** The record stored for `ref`; an invalid one is repaired or set aside first. */
  async read(ref: ProfileRef): Promise<ProfileRecord | null> {
    const key = recordKey(ref);
    return this.validate(key, (await this.area.get(key))[key]);
  }

  /** read(), in one storage read with the index parts its write will need (record-buckets.ts). */
  async readForSave(ref: ProfileRef): Promise<ProfileRecord | null> {
    const key = recordKey(ref);
    const shard = shardOf(key);
    await this.area.get([key, ...(this.index.keysFor([shard]) ?? [KEY.index, KEY.head, shardKey(shard)])]);
    return this.read(ref);
  }

  /** A stored value as a record; an invalid one is repaired or set aside now (undefined: null). */
  async validate(key: string, value: unknown): Promise<ProfileRecord | null> {
    if (value === undefined) return null;
    const parsed = ProfileRecordSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    if (this.frozen()) return asReadable(key, value);
    return this.mend(key);
  }

  /** Writes one record and the index; `summary`: the caller already scored it. Returns the record as stored. */
  async put(record: ProfileRecord, summary?: RecordSummary): Promise<ProfileRecord> {
    const next = await this.prepare(record, summary);
    await this.commit([next]);
    return next;
  }

  /** Writes records and the index in one storage call; returns them as stored, in order. */
  async putAll(records: ProfileRecord[]): Promise<ProfileRecord[]> {
    const next: ProfileRecord[] = [];
    for (const record of records) next.push(await this.prepare(record));
    if (next.length > 0) await this.commit(next);
    return next;
  }

  /**
   * An invalid value repaired where it can be (its bad fields set aside with their reasons, the rest kept, shortlist
   * entry included) and set aside whole only when it cannot (repair.ts). It re-reads: the caller saw the value
   * earlier, and a writer may have replaced it since with a valid, acknowledged record (found by the reliability
   * tests, 2026: a listing that quarantined a stale read deleted a fresh save).
   */
  async mend(key: string): Promise<ProfileRecord | null> {
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
    return this.put(repaired.record);
  }

  private async prepare(record: ProfileRecord, summary?: RecordSummary): Promise<ProfileRecord> {
    const next = storable(record);
    next.summary = summary ?? (await this.summarize(next));
    return next;
  }

  /**
   * Writes records and the index in one storage call, drops `remove` from both, and prunes the least recently seen
   * unsaved profiles beyond the limit. Saved profiles are never pruned.
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

// The type only: a Transaction is made once, by Transactions, and reaches code only inside a write.
export type { Transaction };
