import type { KeyValueArea } from '../area.ts';
import { KEY, type ProfileRecord } from '../schema.ts';
import { quarantine } from '../set-aside.ts';
import {
  decodeManifest,
  decodeShard,
  emptyManifest,
  encodeManifest,
  encodeShard,
  filledShards,
  type IndexManifest,
  type Shard,
  shardKey,
  shardOf,
} from './index-shards.ts';
import {
  buildIndex,
  type IndexEntry,
  indexEntryOf,
  indexKeyOf,
  keptAside,
  type ProfileIndex,
  UNSAVED_LIMIT,
} from './profile-index.ts';
import {
  decodeHead,
  type EntryChange,
  encodeHead,
  type ShortlistHead,
  shortlistHead,
  updatedHead,
} from './shortlist-head.ts';

/** The part of the index one write needs: the manifest, the head, and the shards it touches. */
export interface LoadedIndex {
  manifest: IndexManifest;
  shards: Map<number, Shard>;
  head: ShortlistHead | null;
}

/**
 * Reads the manifest, the head and the `wanted` shards (caller holds the write lock). Damage is set aside with
 * its reason and rebuilt from the records: a damaged manifest rebuilds everything, a damaged shard itself.
 */
export async function loadIndex(
  area: KeyValueArea,
  wanted: Iterable<number>,
  memory?: IndexMemory,
): Promise<LoadedIndex> {
  const shards = [...new Set(wanted)];
  const everything = [KEY.index, KEY.head, ...shards.map(shardKey)];
  const asked = memory?.keysFor(shards) ?? everything;
  let raw = await area.get(asked);
  const known = memory?.take(raw[KEY.index]);
  if (known) {
    await addShards(area, known, shards, raw);
    return known;
  }
  // Another writer wrote since: what the memory would have supplied is read after all.
  if (asked.length < everything.length) raw = { ...raw, ...(await area.get(everything)) };
  const manifest = decodeManifest(raw[KEY.index]);
  if (!manifest.ok) {
    if (raw[KEY.index] !== undefined) await quarantine(area, KEY.index, raw[KEY.index], manifest.reason);
    return rebuildAll(area);
  }
  const loaded: LoadedIndex = { manifest: manifest.value, shards: new Map(), head: decodeHead(raw[KEY.head]) };
  await addShards(area, loaded, shards, raw);
  return loaded;
}

/** Loads more shards into `loaded` (those already in it are kept as they are). */
export async function addShards(
  area: KeyValueArea,
  loaded: LoadedIndex,
  wanted: Iterable<number>,
  prefetched?: Record<string, unknown>,
): Promise<void> {
  const missing = [...new Set(wanted)].filter((shard) => !loaded.shards.has(shard));
  if (missing.length === 0) return;
  const raw = prefetched ?? (await area.get(missing.map(shardKey)));
  for (const shard of missing) {
    const key = shardKey(shard);
    const decoded = decodeShard(shard, raw[key], loaded.manifest.counts[shard] ?? 0);
    if (decoded.ok) loaded.shards.set(shard, decoded.value);
    else {
      if (raw[key] !== undefined) await quarantine(area, key, raw[key], decoded.reason);
      loaded.shards.set(shard, await rebuildShard(area, loaded.manifest, shard));
    }
  }
}

/** Every entry of the index, each shard validated (and repaired when damaged). */
export async function loadAll(area: KeyValueArea): Promise<LoadedIndex> {
  const loaded = await loadIndex(area, []);
  await addShards(area, loaded, filledShards(loaded.manifest));
  return loaded;
}

export const entriesOf = (loaded: LoadedIndex): IndexEntry[] =>
  [...loaded.shards.values()].flatMap((shard) => [...shard.values()]);

/**
 * Puts `records` into the index and takes `remove` out, then prunes the least recently seen unsaved profiles
 * beyond the limit (saved ones never are). Returns what changed, the pruned keys and the storage writes to make.
 */
export async function applyWrite(
  area: KeyValueArea,
  records: readonly ProfileRecord[],
  remove: readonly string[],
  unsavedLimit = UNSAVED_LIMIT,
  memory?: IndexMemory,
): Promise<IndexWrite> {
  const keyed = records.map((record) => [indexKeyOf(record), indexEntryOf(record), !!record.removed] as const);
  const keys = [...keyed.map(([key]) => key), ...remove];
  const loaded = await loadIndex(area, keys.map(shardOf), memory);
  // A rebuild already holds every shard; otherwise load the ones this write touches.
  await addShards(area, loaded, keys.map(shardOf));
  const changes: EntryChange[] = [];
  const touched = new Set<number>();
  const put = (key: string, after: IndexEntry | undefined, keptAside = false) => {
    const shard = shardOf(key);
    const entries = loaded.shards.get(shard) ?? new Map<string, IndexEntry>();
    if (!after && !entries.has(key)) return;
    loaded.shards.set(shard, entries);
    changes.push({ key, before: entries.get(key), after });
    if (after) entries.set(key, after);
    else entries.delete(key);
    touched.add(shard);
    if (after && after.saved === null && !keptAside) loaded.manifest.unsaved[key] = after.lastSeen;
    else delete loaded.manifest.unsaved[key];
  };
  for (const [key, entry, kept] of keyed) put(key, entry, kept);
  for (const key of remove) put(key, undefined);
  const pruned = keysToPrune(loaded.manifest.unsaved, unsavedLimit);
  await addShards(area, loaded, pruned.map(shardOf));
  for (const key of pruned) put(key, undefined);

  // Nothing in the index changed (a record set aside that it never listed): the index stays byte for byte.
  if (changes.length === 0 && loaded.head) return { set: {}, remove: [], pruned: [], loaded };
  let head = loaded.head && updatedHead(loaded.head, changes);
  if (!head) {
    await addShards(area, loaded, filledShards(loaded.manifest));
    head = shortlistHead(entriesOf(loaded));
  }
  // An unchanged head is not written again (9 kB at 50,000 entries, each visit to a profile off the shortlist).
  const set: Record<string, unknown> = head === loaded.head ? {} : { [KEY.head]: encodeHead(head) };
  const gone: string[] = [];
  for (const shard of touched) {
    const entries = loaded.shards.get(shard) ?? new Map();
    loaded.manifest.counts[shard] = entries.size;
    if (entries.size > 0) set[shardKey(shard)] = encodeShard(entries);
    else gone.push(shardKey(shard));
  }
  loaded.manifest.writes += 1;
  set[KEY.index] = encodeManifest(loaded.manifest);
  loaded.head = head;
  return { set, remove: gone, pruned, loaded };
}

/** The storage writes one index change makes, and the index as it will stand once they land. */
export interface IndexWrite {
  set: Record<string, unknown>;
  remove: string[];
  pruned: string[];
  loaded: LoadedIndex;
}

/**
 * The single writer's memory of the index it last wrote: the shards it decoded, valid while the stored manifest is
 * still the text it wrote. Decoding and checking a shard of 200 entries cost a save at 50,000 entries five times a
 * save at 10 (measured in Node, 2026-12); with the memory a save decodes nothing it already knows.
 */
export class IndexMemory {
  private text: string | null = null;
  private loaded: LoadedIndex | null = null;

  /**
   * The keys a write touching `shards` reads: with an index in memory, the manifest (to check it is still ours) and
   * only the shards it lacks; the head and known shards come from memory (at 50,000 entries, 20 kB less to read).
   */
  keysFor(shards: readonly number[]): string[] | null {
    const loaded = this.loaded;
    if (!loaded) return null;
    return [KEY.index, ...shards.filter((shard) => !loaded.shards.has(shard)).map(shardKey)];
  }

  /** What this writer knows, if `stored` is the manifest it wrote (the write mutates it: forget() if it fails). */
  take(stored: unknown): LoadedIndex | null {
    return stored === this.text ? this.loaded : null;
  }

  /** After a write has landed. */
  remember(write: IndexWrite): void {
    const text = write.set[KEY.index];
    if (typeof text !== 'string') return;
    this.text = text;
    this.loaded = write.loaded;
  }

  forget(): void {
    this.text = null;
    this.loaded = null;
  }
}

/** Unsaved keys beyond the limit, least recently seen first (ties by key, so every run prunes the same). */
export function keysToPrune(unsaved: Record<string, string>, limit = UNSAVED_LIMIT): string[] {
  const keys = Object.keys(unsaved);
  if (keys.length <= limit) return [];
  return keys
    .sort((a, b) => (unsaved[a] ?? '').localeCompare(unsaved[b] ?? '') || (a < b ? -1 : 1))
    .slice(0, keys.length - limit);
}

/** The whole index from the records (the manifest was missing or damaged): written at once, old shards dropped. */
async function rebuildAll(area: KeyValueArea): Promise<LoadedIndex> {
  const items = await area.get(null);
  const loaded = shardedIndex(buildIndex(items), keptAside(items));
  await area.set(indexItems(loaded));
  const stale = Object.keys(items).filter((key) => isShardKey(key) && !loaded.shards.has(shardNumber(key)));
  if (stale.length > 0) await area.remove(stale);
  return loaded;
}

/** One shard from the records (it was missing or damaged); the manifest's count and unsaved list follow it. */
async function rebuildShard(area: KeyValueArea, manifest: IndexManifest, shard: number): Promise<Shard> {
  const items = await area.get(null);
  const mine = Object.fromEntries(Object.entries(items).filter(([key]) => shardOf(key) === shard));
  const entries: Shard = new Map(Object.entries(buildIndex(mine).entries));
  for (const key of Object.keys(manifest.unsaved)) if (shardOf(key) === shard) delete manifest.unsaved[key];
  const kept = keptAside(mine);
  for (const [key, entry] of entries)
    if (entry.saved === null && !kept.has(key)) manifest.unsaved[key] = entry.lastSeen;
  manifest.counts[shard] = entries.size;
  const write: Record<string, unknown> = { [KEY.index]: encodeManifest(manifest) };
  if (entries.size > 0) write[shardKey(shard)] = encodeShard(entries);
  await area.set(write);
  return entries;
}

/** Everything a complete index stores: the manifest, every filled shard and the head. */
export function indexItems(loaded: LoadedIndex): Record<string, unknown> {
  const items: Record<string, unknown> = { [KEY.index]: encodeManifest(loaded.manifest) };
  for (const [shard, entries] of loaded.shards) if (entries.size > 0) items[shardKey(shard)] = encodeShard(entries);
  items[KEY.head] = encodeHead(loaded.head ?? shortlistHead(entriesOf(loaded)));
  return items;
}

/** An index split into its shards, with its manifest and head; `kept`: unsaved profiles never to prune. */
export function shardedIndex(index: ProfileIndex, kept: ReadonlySet<string> = new Set()): LoadedIndex {
  const loaded: LoadedIndex = { manifest: emptyManifest(), shards: new Map(), head: null };
  for (const [key, entry] of Object.entries(index.entries)) {
    const shard = shardOf(key);
    const entries = loaded.shards.get(shard) ?? new Map<string, IndexEntry>();
    entries.set(key, entry);
    loaded.shards.set(shard, entries);
    if (entry.saved === null && !kept.has(key)) loaded.manifest.unsaved[key] = entry.lastSeen;
  }
  for (const [shard, entries] of loaded.shards) loaded.manifest.counts[shard] = entries.size;
  loaded.head = shortlistHead(entriesOf(loaded));
  return loaded;
}

/** The stored index of whatever valid records `items` holds, as the store writes it (tests, bench). */
export const indexItemsOf = (items: Record<string, unknown>): Record<string, unknown> =>
  indexItems(shardedIndex(buildIndex(items), keptAside(items)));

const isShardKey = (key: string) => key.startsWith(KEY.indexShardPrefix);
const shardNumber = (key: string) => Number(key.slice(KEY.indexShardPrefix.length));
