import * as z from 'zod/mini';
import { KEY } from '../schema.ts';
import { type Decoded, parseText } from '../stored-json.ts';
import type { IndexEntry } from './entry.ts';
import { fromColumns, type IndexColumns, IndexColumnsSchema, rowKeys, toColumns } from './index-columns.ts';

export type { Decoded };

/**
 * Since schema 4 the index is split into SHARD_COUNT texts by a hash of the storage key, so a save re-encodes one
 * shard, not the whole index: with one text, each save at 50,000 entries re-encoded 10.8 MB (5.7 s in Chromium,
 * issue 20). Since schema 6 there are 1,024 (a shard near 12 kB at 50,000 entries, against 48 kB with 256): a save
 * reads and writes its shard whole, and Chromium's cost of that grows with its size (docs/BENCHMARKS.md).
 */
export const SHARD_COUNT = 1024;

export const shardKey = (shard: number): string => `${KEY.indexShardPrefix}${shard}`;

/** FNV-1a of a storage key: stable across browsers and versions, as stored data must be. */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export const shardOf = (key: string): number => hashKey(key) % SHARD_COUNT;

/** One shard's entries, storage key → entry, in the order they were first written. */
export type Shard = Map<string, IndexEntry>;

export function encodeShard(shard: Shard): string {
  return JSON.stringify(toColumns({ entries: Object.fromEntries(shard) }));
}

/**
 * A stored shard text, parsed and validated, as columns (the popup lists straight from them): `count` rows, every
 * one belonging to this shard (else one key could be in two). Missing is empty when the manifest expects nothing.
 */
export function decodeShardColumns(shard: number, stored: unknown, count: number): Decoded<IndexColumns> {
  if (stored === undefined && count === 0) return { ok: true, value: toColumns({ entries: {} }) };
  const parsed = parseText(stored, IndexColumnsSchema);
  if (!parsed.ok) return parsed;
  const keys = rowKeys(parsed.value);
  if (keys.length !== count) return { ok: false, reason: `${keys.length} rows where the manifest counts ${count}` };
  const stray = keys.find((key) => shardOf(key) !== shard);
  if (stray) return { ok: false, reason: `${stray} does not belong in shard ${shard}` };
  return parsed;
}

export function decodeShard(shard: number, stored: unknown, count: number): Decoded<Shard> {
  const decoded = decodeShardColumns(shard, stored, count);
  return decoded.ok ? { ok: true, value: new Map(Object.entries(fromColumns(decoded.value).entries)) } : decoded;
}

/**
 * What every write keeps beside the shards: how many entries each holds (a shard missing while it should hold
 * some is damage, not an empty shard) and when each unsaved profile was last seen (pruning reads only this).
 */
export const IndexManifestSchema = z.object({
  /** 4: 256 shards (schema 4 and 5); 5: SHARD_COUNT shards (schema 6). */
  version: z.literal(5),
  /** Every write counts itself, so a writer that finds the text it wrote knows nobody else wrote since. */
  writes: z.number().check(z.int(), z.nonnegative()),
  counts: z.array(z.number().check(z.int(), z.nonnegative())).check(z.length(SHARD_COUNT)),
  unsaved: z.record(z.string().check(z.startsWith(KEY.profilePrefix), z.maxLength(200)), z.string()),
});
export type IndexManifest = z.infer<typeof IndexManifestSchema>;

export const emptyManifest = (): IndexManifest => ({
  version: 5,
  writes: 0,
  counts: Array.from({ length: SHARD_COUNT }, () => 0),
  unsaved: {},
});

export const encodeManifest = (manifest: IndexManifest): string => JSON.stringify(manifest);

export function decodeManifest(stored: unknown): Decoded<IndexManifest> {
  return parseText(stored, IndexManifestSchema);
}

/** Every shard the manifest says holds entries: the keys a full read asks storage for. */
export const filledShards = (manifest: IndexManifest): number[] =>
  manifest.counts.flatMap((count, shard) => (count > 0 ? [shard] : []));
