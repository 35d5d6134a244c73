import type { KeyValueArea } from './area.ts';
import { hashKey } from './index/index-shards.ts';
import { salvageBucket } from './salvage.ts';
import { KEY } from './schema.ts';
import { quarantine } from './set-aside.ts';

/**
 * Since schema 5 the profile records live in RECORD_BUCKETS texts, not one storage key each: Chromium's
 * storage.local.set costs time in proportion to the number of stored keys, whatever it writes (docs/BENCHMARKS.md, the
 * save row's baseline), so with a key per profile a save at 50,000 entries cost several times a save at 10. 4,096
 * keeps a bucket near 18 kB at 50,000 records; fewer, larger buckets made each save rewrite more (CHANGELOG.md).
 */
export const RECORD_BUCKETS = 4096;

export const bucketKey = (bucket: number): string => `${KEY.recordBucketPrefix}${bucket}`;
export const bucketOf = (key: string): number => hashKey(key) % RECORD_BUCKETS;
/** Buckets kept parsed between writes: enough for a session of saves, a few MB at 50,000 records. */
const REMEMBERED = 64;
const isRecordKey = (key: string) => key.startsWith(KEY.profilePrefix);
const isBucketKey = (key: string) => key.startsWith(KEY.recordBucketPrefix);

type Bucket = Record<string, unknown>;

/**
 * Stored items as the store reads them: each bucket's records under their own keys (a bucket's copy wins over a
 * record's old key); a damaged bucket gives the records it still holds whole (salvage.ts). Pure, for tests and
 * tools that read storage whole.
 */
export function recordsIn(items: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(items)) if (!isBucketKey(key)) out[key] = value;
  for (const [key, value] of Object.entries(items)) if (isBucketKey(key)) Object.assign(out, readBucket(value).records);
  return out;
}

/** Logical items (records under profile: keys) as stored: the records in their buckets (bench and e2e seeds). */
export function bucketedItems(items: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const buckets = new Map<string, Bucket>();
  for (const [key, value] of Object.entries(items)) {
    if (!isRecordKey(key)) {
      out[key] = value;
      continue;
    }
    const name = bucketKey(bucketOf(key));
    const bucket = buckets.get(name) ?? {};
    bucket[key] = value;
    buckets.set(name, bucket);
  }
  for (const [name, bucket] of buckets) out[name] = JSON.stringify(bucket);
  return out;
}

/** A stored bucket's records; `whole` is false when its text is damaged and `records` is what it still holds. */
function readBucket(stored: unknown): { records: Bucket; whole: boolean } {
  if (stored === undefined) return { records: {}, whole: true };
  if (typeof stored !== 'string') return { records: {}, whole: false };
  try {
    const records: unknown = JSON.parse(stored);
    if (typeof records === 'object' && records !== null && !Array.isArray(records)) {
      return { records: records as Bucket, whole: true };
    }
  } catch {
    // Damaged text: read what is still whole below.
  }
  return { records: salvageBucket(stored), whole: false };
}

/**
 * storage.local as the store sees it: one key per profile record (`profile:…`), kept in buckets underneath; every
 * other key passes through. A record still under its own key (written before schema 5, or by a test) is read as
 * well and moves into its bucket when written. A bucket whose text is damaged is set aside whole before it is
 * written over, never lost.
 */
export class BucketedArea implements KeyValueArea {
  /** The last text of each bucket this area wrote or read, parsed: a write decodes only what changed under it. */
  private readonly known = new Map<string, { text: string; records: Bucket }>();

  /**
   * Within a write section (the store's write lock is held, so nothing else writes storage): every stored value
   * read or written so far, undefined for absent. A save then reads storage once: its record, bucket and index
   * parts in one call, and the write that follows reads them from here (each storage read costs a save about a
   * millisecond with 50,000 profiles stored, bench 2026-12).
   */
  private fresh: Map<string, unknown> | null = null;

  constructor(private readonly area: KeyValueArea) {}

  /** Runs `write` as one write section; the caller holds the write lock for all of it. */
  async section<T>(write: () => Promise<T>): Promise<T> {
    if (this.fresh) return write();
    this.fresh = new Map();
    try {
      return await write();
    } finally {
      this.fresh = null;
    }
  }

  private async rawGet(keys: string[]): Promise<Record<string, unknown>> {
    const fresh = this.fresh;
    if (!fresh) return this.area.get(keys);
    const missing = [...new Set(keys.filter((key) => !fresh.has(key)))];
    if (missing.length > 0) {
      const got = await this.area.get(missing);
      for (const key of missing) fresh.set(key, got[key]);
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) if (fresh.get(key) !== undefined) out[key] = fresh.get(key);
    return out;
  }

  private async rawSet(items: Record<string, unknown>): Promise<void> {
    await this.area.set(items);
    for (const [key, value] of Object.entries(items)) this.fresh?.set(key, value);
  }

  private async rawRemove(keys: string[]): Promise<void> {
    await this.area.remove(keys);
    for (const key of keys) this.fresh?.set(key, undefined);
  }

  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    if (keys === null) return this.getAll();
    const wanted = Array.isArray(keys) ? keys : [keys];
    const buckets = [...new Set(wanted.filter(isRecordKey).map((key) => bucketKey(bucketOf(key))))];
    const raw = await this.rawGet([...wanted, ...buckets]);
    const out: Record<string, unknown> = {};
    for (const key of wanted) {
      if (!isRecordKey(key)) {
        if (key in raw) out[key] = raw[key];
        continue;
      }
      const bucket = bucketKey(bucketOf(key));
      const inBucket = this.parse(bucket, raw[bucket]).records[key];
      const value = inBucket !== undefined ? inBucket : raw[key];
      if (value !== undefined) out[key] = value;
    }
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const records = Object.keys(items).filter(isRecordKey);
    if (records.length === 0) return this.rawSet(items);
    const plain = Object.fromEntries(Object.entries(items).filter(([key]) => !isRecordKey(key)));
    await this.change(
      records,
      (bucket, key) => {
        bucket[key] = items[key];
      },
      plain,
    );
  }

  async remove(keys: string | string[]): Promise<void> {
    const all = Array.isArray(keys) ? keys : [keys];
    const plain = all.filter((key) => !isRecordKey(key));
    const records = all.filter(isRecordKey);
    if (records.length > 0) {
      await this.change(records, (bucket, key) => {
        delete bucket[key];
      });
    }
    if (plain.length > 0) await this.rawRemove(plain);
  }

  /** Every item, records taken out of their buckets (a bucket's copy wins over a record's own old key). */
  private async getAll(): Promise<Record<string, unknown>> {
    // Not remembered: a full read (an export) would keep every record parsed in the worker.
    return recordsIn(await this.area.get(null));
  }

  /** Applies `edit` to the buckets of `keys` and writes them, with `plain` items, in one storage call. */
  private async change(
    keys: string[],
    edit: (bucket: Bucket, key: string) => void,
    plain: Record<string, unknown> = {},
  ): Promise<void> {
    const names = [...new Set(keys.map((key) => bucketKey(bucketOf(key))))];
    const raw = await this.rawGet([...names, ...keys]);
    const next = new Map<string, Bucket>();
    for (const name of names) {
      const { records, whole } = this.parse(name, raw[name]);
      if (!whole) {
        const kept = Object.keys(records).length;
        const why = `not a bucket of records (JSON text); the ${kept} profile(s) still whole in it were kept`;
        await quarantine(this.area, name, raw[name], why);
      }
      next.set(name, { ...records });
    }
    for (const key of keys) edit(next.get(bucketKey(bucketOf(key))) ?? {}, key);
    const write: Record<string, unknown> = { ...plain };
    const empty: string[] = [];
    for (const [name, records] of next) {
      if (Object.keys(records).length === 0) empty.push(name);
      else write[name] = JSON.stringify(records);
    }
    try {
      await this.rawSet(write);
    } catch (error) {
      for (const name of names) this.known.delete(name);
      throw error;
    }
    for (const [name, records] of next) {
      const text = write[name];
      if (typeof text === 'string') this.remember(name, text, records);
      else this.known.delete(name);
    }
    // Records still under their own key (before schema 5) now live in their bucket; empty buckets go.
    const stale = [...keys.filter((key) => raw[key] !== undefined), ...empty];
    if (stale.length > 0) await this.rawRemove(stale);
  }

  /** A stored bucket's records ({} when there is none); a damaged text gives what it still holds, not whole. */
  private parse(name: string, stored: unknown): { records: Bucket; whole: boolean } {
    const known = this.known.get(name);
    if (stored !== undefined && known && known.text === stored) return { records: known.records, whole: true };
    const read = readBucket(stored);
    if (read.whole && typeof stored === 'string') this.remember(name, stored, read.records);
    return read;
  }

  /** Keeps the most recently used buckets only (a Map iterates in insertion order: the first is the oldest). */
  private remember(name: string, text: string, records: Bucket): void {
    this.known.delete(name);
    this.known.set(name, { text, records });
    if (this.known.size > REMEMBERED) this.known.delete(this.known.keys().next().value ?? name);
  }
}
