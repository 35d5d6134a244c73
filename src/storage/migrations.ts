import { decodeIndexV1, encodeIndexV1 } from './index/index-v1.ts';
import { buildIndex, decodeIndex, encodeIndex, keptAside, type ProfileIndex } from './index/profile-index.ts';
import { indexItems, shardedIndex } from './index/sharded-index.ts';
import { KEY, MetaSchema, SCHEMA_VERSION } from './schema.ts';

export type StoredItems = Record<string, unknown>;
/** Migration N turns version N-1 data into version N: it receives all items and returns the ones to write/remove. */
export type Migration = (items: StoredItems) => { set: StoredItems; remove: string[] };

/** Numbered migrations; index N upgrades from N-1. Version 1 is the first stored shape. */
export const MIGRATIONS: Record<number, Migration> = {
  // 2: the profile index (one small entry per record) so the shortlist and pruning need not read every record.
  2: (items) => ({ set: { [KEY.index]: encodeIndexV1(buildIndex(items)) }, remove: [] }),
  // 3: the same index stored as columns (index-columns.ts) so the popup reads 5,000 rows faster. A valid schema-2
  // index converts as it is; a missing or invalid one is rebuilt from the records, as the store would.
  3: (items) => ({
    set: { [KEY.index]: encodeIndex(decodeIndexV1(items[KEY.index]) ?? buildIndex(items)) },
    remove: [],
  }),
  // 4: the index split into shards (index-shards.ts) so a save re-encodes one shard, not the whole index. The same
  // repair as 3: a missing or invalid schema-3 index is rebuilt from the records.
  4: (items) => {
    const old = decodeIndex(items[KEY.index]);
    return shardsReplacing(items, old.ok ? old.index : buildIndex(items));
  },
  // 5: the records into buckets (record-buckets.ts): writing every record through the bucketed area moves it.
  5: (items) => ({
    set: Object.fromEntries(Object.entries(items).filter(([key]) => key.startsWith(KEY.profilePrefix))),
    remove: [],
  }),
  // 6: four times as many index shards, each a quarter the size. The index is the records' summary, so it is built
  // again from them (what every damaged index gets) rather than moved shard by shard.
  6: (items) => shardsReplacing(items, buildIndex(items)),
};

/** The stored index of `index` in today's shards, and every shard key of the old layout it leaves empty. */
function shardsReplacing(items: StoredItems, index: ProfileIndex): { set: StoredItems; remove: string[] } {
  const set = indexItems(shardedIndex(index, keptAside(items)));
  const stray = Object.keys(items).filter((key) => key.startsWith(KEY.indexShardPrefix) && !(key in set));
  return { set, remove: stray };
}

export interface MigrationPlan {
  from: number;
  to: number;
  set: StoredItems;
  remove: string[];
}

/** Works out, without writing, what bringing stored items up to `target` changes. Pure, so every step is testable. */
export function planMigration(
  items: StoredItems,
  migrations: Record<number, Migration> = MIGRATIONS,
  target = SCHEMA_VERSION,
): MigrationPlan {
  const meta = MetaSchema.safeParse(items[KEY.meta]);
  const stored = meta.success ? meta.data.schemaVersion : 0;
  // A fresh install (no meta, no data) starts at the current version; data without meta is version 1.
  const hasData = Object.keys(items).some((k) => k !== KEY.meta);
  let from = stored === 0 && !hasData ? target : Math.max(stored, 1);
  if (from > target) throw new Error(`stored schema ${from} is newer than this version of Creator Lens (${target})`);
  const startedAt = from;
  const current: StoredItems = { ...items };
  const set: StoredItems = {};
  const removed = new Set<string>();
  while (from < target) {
    const step = migrations[from + 1];
    if (!step) throw new Error(`no migration from schema ${from} to ${from + 1}`);
    const change = step(current);
    for (const key of change.remove) {
      delete current[key];
      delete set[key];
      removed.add(key);
    }
    Object.assign(current, change.set);
    Object.assign(set, change.set);
    for (const key of Object.keys(change.set)) removed.delete(key);
    from += 1;
  }
  set[KEY.meta] = { schemaVersion: target };
  return { from: startedAt, to: target, set, remove: [...removed] };
}
