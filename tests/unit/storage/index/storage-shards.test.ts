// The index in shards (schema 4): a write touches only its shards, yet a full read always equals the records, and
// damage to any part is set aside with its reason and rebuilt.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeManifest,
  decodeShard,
  encodeShard,
  hashKey,
  SHARD_COUNT,
  shardKey,
  shardOf,
} from '../../../../src/storage/index/index-shards.ts';
import { buildIndex, encodeIndex, keptAside, UNSAVED_LIMIT } from '../../../../src/storage/index/profile-index.ts';
import { entriesOf, loadAll } from '../../../../src/storage/index/sharded-index.ts';
import { decodeHead, shortlistHead } from '../../../../src/storage/index/shortlist-head.ts';
import { MIGRATIONS, planMigration } from '../../../../src/storage/migrations.ts';
import { bucketKey, bucketOf } from '../../../../src/storage/record-buckets.ts';
import { KEY, SCHEMA_VERSION } from '../../../../src/storage/schema.ts';
import { ProfileStore, recordKey } from '../../../../src/storage/store.ts';
import { MemoryArea } from '../../../support/memory-area.ts';
import { recordsView, snapshot } from '../../../support/storage-fixtures.ts';

const tiktok = (handle: string) => ({ platform: 'tiktok' as const, handle });

/** A store with `n` profiles read, every third one saved, written as one import would. */
async function storeWith(n: number): Promise<{ area: MemoryArea; store: ProfileStore }> {
  const area = new MemoryArea();
  const store = new ProfileStore(area);
  const scratch = new ProfileStore(new MemoryArea());
  const records = [];
  for (let i = 0; i < n; i++) {
    const record = await scratch.recordSnapshot(snapshot(`p${i}`, 100 + i), null, new Date(Date.UTC(2026, 0, 1, 0, i)));
    records.push(
      i % 3 === 0 ? { ...record, saved: { savedAt: record.lastSeen, notes: '', tags: [], lists: [] } } : record,
    );
  }
  await store.writeMany(records);
  return { area, store };
}

/** Records every key each storage write sets, and the size of the index text among them. */
function watchWrites(area: MemoryArea): Array<{ keys: string[]; indexChars: number }> {
  const writes: Array<{ keys: string[]; indexChars: number }> = [];
  const set = area.set.bind(area);
  area.set = async (items) => {
    const indexChars = Object.entries(items)
      .filter(([key]) => key === KEY.index || key.startsWith(KEY.indexShardPrefix))
      .reduce((sum, [, value]) => sum + String(value).length, 0);
    writes.push({ keys: Object.keys(items), indexChars });
    return set(items);
  };
  return writes;
}

const storedIndexChars = async (area: MemoryArea) =>
  Object.entries(await area.get(null))
    .filter(([key]) => key === KEY.index || key.startsWith(KEY.indexShardPrefix))
    .reduce((sum, [, value]) => sum + String(value).length, 0);

describe('the sharded index', () => {
  it('spreads keys over every shard, the same way every time', () => {
    const counts = new Array(SHARD_COUNT).fill(0);
    for (let i = 0; i < 50_000; i++) counts[shardOf(`profile:tiktok:creator_${i}`)] += 1;
    // Within 40 % of the mean everywhere: no shard holds a crowd.
    const mean = 50_000 / SHARD_COUNT;
    expect(Math.min(...counts)).toBeGreaterThan(mean * 0.6);
    expect(Math.max(...counts)).toBeLessThan(mean * 1.4);
    expect(shardOf('profile:instagram:ana')).toBe(shardOf('profile:instagram:ana'));
  });

  it('a save writes its record, one shard, the manifest and the head: a small part of a large index', async () => {
    const { area, store } = await storeWith(3000);
    const whole = await storedIndexChars(area);
    const writes = watchWrites(area);
    const saved = await store.setSaved(tiktok('p2999'), true);
    expect(saved?.saved).not.toBeNull();
    expect(writes).toHaveLength(1);
    const keys = writes[0]?.keys ?? [];
    expect(keys.filter((key) => key.startsWith(KEY.indexShardPrefix))).toEqual([
      shardKey(shardOf(recordKey(tiktok('p2999')))),
    ]);
    // The record goes into its bucket, in the same storage call.
    const bucket = bucketKey(bucketOf(recordKey(tiktok('p2999'))));
    expect(keys).toEqual(expect.arrayContaining([bucket, KEY.index, KEY.head]));
    // The manifest carries the unsaved profiles (up to 300) for pruning, so it is bounded but not tiny.
    expect(writes[0]?.indexChars).toBeLessThan(whole / 10);
  });

  it('a save reads storage once and writes it once, at 10 entries as at 3,000', async () => {
    for (const n of [10, 3000]) {
      const { area, store } = await storeWith(n);
      await store.setSaved(tiktok(`p${n - 1}`), true); // the writer learns the index
      const calls: string[] = [];
      const { get, set, remove } = area;
      const asked: string[] = [];
      area.get = (keys) => {
        calls.push('get');
        asked.push(...(Array.isArray(keys) ? keys : keys === null ? ['(all)'] : [keys]));
        return get.call(area, keys);
      };
      area.set = (items) => {
        calls.push('set');
        return set.call(area, items);
      };
      area.remove = (keys) => {
        calls.push('remove');
        return remove.call(area, keys);
      };
      const saved = await store.setSaved(tiktok(`p${n - 1}`), false);
      expect(saved?.saved).toBeNull();
      expect(calls).toEqual(['get', 'set']);
      // The head and the shard this writer wrote last come from its memory: it reads the manifest to check it is
      // still its own, and the record's bucket (and the record's own key, where records lived before schema 5).
      const key = recordKey(tiktok(`p${n - 1}`));
      expect(asked.sort()).toEqual([bucketKey(bucketOf(key)), KEY.index, key].sort());
      // Outside a write, reads go to storage again (another writer may have written since).
      await store.get(tiktok(`p${n - 1}`));
      expect(calls).toEqual(['get', 'set', 'get']);
    }
  });

  it('a save after another writer wrote reads the head and shard again, and writes what storage holds plus its change', async () => {
    const { area, store } = await storeWith(30);
    await store.setSaved(tiktok('p29'), true); // this writer learns the index
    const other = new ProfileStore(area); // e.g. the worker restarted meanwhile
    await other.setSaved(tiktok('p28'), true);
    const gets: unknown[] = [];
    const { get } = area;
    area.get = (keys) => {
      gets.push(keys);
      return get.call(area, keys);
    };
    await store.setSaved(tiktok('p29'), false);
    area.get = get;
    // Two reads (the second for what the memory would have supplied), never a full read to rebuild a shard.
    expect(gets).toHaveLength(2);
    expect(gets).not.toContain(null);
    const loaded = await loadAll(recordsView(area));
    const saved = entriesOf(loaded)
      .filter((e) => e.saved !== null)
      .map((e) => e.ref.handle);
    expect(saved).toContain('p28');
    expect(saved).not.toContain('p29');
    expect(decodeHead((await area.get(KEY.head))[KEY.head])).toEqual(shortlistHead(entriesOf(loaded)));
  });

  it('after any sequence of writes, a full read equals the index of the records, and the head its first screen', async () => {
    const handles = ['ana', 'bo', 'cy', 'di', 'ed', 'fa', 'go'];
    const op = fc.oneof(
      fc.record({ kind: fc.constant('read' as const), who: fc.nat(6), minute: fc.nat(59) }),
      fc.record({ kind: fc.constant('save' as const), who: fc.nat(6), on: fc.boolean(), day: fc.nat(2) }),
      fc.record({ kind: fc.constant('notes' as const), who: fc.nat(6) }),
      fc.record({ kind: fc.constant('unsave-many' as const), who: fc.uniqueArray(fc.nat(6), { maxLength: 3 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), async (ops, limit) => {
        const area = new MemoryArea();
        const store = new ProfileStore(area, undefined, limit);
        for (const o of ops) {
          if (o.kind === 'read') {
            const at = new Date(Date.UTC(2026, 2, 1, 0, o.minute));
            await store.recordSnapshot(snapshot(handles[o.who] ?? 'ana', 10), null, at);
          } else if (o.kind === 'save') {
            await store.setSaved(tiktok(handles[o.who] ?? 'ana'), o.on, new Date(Date.UTC(2026, 2, 1 + o.day)));
          } else if (o.kind === 'notes') await store.updateEntry(tiktok(handles[o.who] ?? 'ana'), { notes: 'n' });
          else await store.unsaveMany(o.who.map((w) => tiktok(handles[w] ?? 'ana')));
          const items = await recordsView(area).get(null);
          if (items[KEY.index] === undefined) continue;
          const expected = buildIndex(items).entries;
          const loaded = await loadAll(recordsView(area));
          const actual = Object.fromEntries([...loaded.shards.values()].flatMap((shard) => [...shard]));
          expect(actual).toEqual(expected);
          expect(decodeHead(items[KEY.head])).toEqual(shortlistHead(entriesOf(loaded)));
          // An unsave's entry kept aside for undo is never pruned (sharded-index.ts): only the others count.
          const kept = keptAside(items);
          const unsaved = Object.entries(expected).filter(([key, e]) => e.saved === null && !kept.has(key)).length;
          expect(unsaved).toBeLessThanOrEqual(limit);
          expect(await store.quarantined()).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('prunes beyond the limit by the manifest alone, oldest first, never a saved profile', async () => {
    const n = 480; // 320 unsaved: 20 beyond the limit
    const { area, store } = await storeWith(n);
    const items = await recordsView(area).get(null);
    const unsaved = Object.values(buildIndex(items).entries).filter((entry) => entry.saved === null);
    expect(unsaved).toHaveLength(UNSAVED_LIMIT);
    const saved = Object.values(buildIndex(items).entries).filter((entry) => entry.saved !== null);
    expect(saved).toHaveLength(n / 3);
    // p1 and p2 were seen first: pruned; the newest unsaved stays.
    expect(await store.get(tiktok('p1'))).toBeNull();
    expect(await store.get(tiktok(`p${n - 1}`))).not.toBeNull();
    const manifest = decodeManifest(items[KEY.index]);
    expect(manifest.ok && Object.keys(manifest.value.unsaved)).toHaveLength(UNSAVED_LIMIT);
  });
});

describe('damage to the sharded index', () => {
  const damages: Array<[string, (items: Record<string, unknown>, shard: string) => Record<string, unknown>, RegExp]> = [
    ['a shard that is not JSON', (_, shard) => ({ [shard]: '{"version":2,' }), /not valid JSON/],
    [
      'a shard holding a profile of another shard',
      (items, shard) => {
        const other = Object.keys(items).find(
          (key) => key.startsWith(KEY.indexShardPrefix) && key !== shard && key !== KEY.index,
        );
        return { [shard]: items[other ?? shard] };
      },
      /does not belong in shard|rows where the manifest counts/,
    ],
    [
      'a manifest of the wrong shape',
      () => ({ [KEY.index]: JSON.stringify({ version: 5, writes: 3, counts: [1], unsaved: {} }) }),
      /counts/,
    ],
    ['a head of the wrong shape', () => ({ [KEY.head]: { total: -1 } }), /.*/],
  ];

  for (const [name, damage, reason] of damages) {
    it(`${name}: set aside with its reason, rebuilt from the records, nothing lost`, async () => {
      const { area } = await storeWith(40);
      const before = buildIndex(await recordsView(area).get(null)).entries;
      const shard = shardKey(shardOf(recordKey(tiktok('p0'))));
      await area.set(damage(await area.get(null), shard));
      // A worker started after the damage: it knows only what storage holds.
      const store = new ProfileStore(area);
      // The next write repairs what it reads; a full read repairs the rest.
      await store.setSaved(tiktok('p0'), true);
      const rows = await store.shortlistEntries();
      expect(rows.map((e) => e.ref.handle).sort()).toEqual(
        Object.values(before)
          .filter((e) => e.saved)
          .map((e) => e.ref.handle)
          .sort(),
      );
      const loaded = await loadAll(recordsView(area));
      expect(Object.fromEntries([...loaded.shards.values()].flatMap((s) => [...s]))).toEqual(before);
      const aside = await store.quarantined();
      if (name.startsWith('a head')) expect(aside).toEqual([]);
      else expect(aside.map((q) => q.reason).join(' ')).toMatch(reason);
      expect(decodeHead((await area.get(KEY.head))[KEY.head])).toEqual(shortlistHead(entriesOf(loaded)));
    });
  }

  it('a shard the manifest counts but storage lost is rebuilt', async () => {
    const { area, store } = await storeWith(40);
    const before = buildIndex(await recordsView(area).get(null)).entries;
    const shard = shardKey(shardOf(recordKey(tiktok('p3'))));
    await area.remove(shard);
    expect((await store.shortlistEntries()).length).toBe(Object.values(before).filter((e) => e.saved).length);
    const decoded = decodeShard(shardOf(recordKey(tiktok('p3'))), (await area.get(shard))[shard], 0);
    expect(decoded.ok).toBe(false); // written back: it holds rows again, so a count of 0 no longer matches
  });

  it('decodeShard never throws on any stored value', () => {
    fc.assert(
      fc.property(fc.anything(), fc.nat(SHARD_COUNT - 1), fc.nat(5), (value, shard, count) => {
        expect(() => decodeShard(shard, value, count)).not.toThrow();
        expect(() => decodeManifest(value)).not.toThrow();
      }),
    );
    expect(decodeShard(0, encodeShard(new Map()), 0).ok).toBe(true);
  });
});

describe('migration 4 (one index text → shards)', () => {
  it('splits a schema-3 index with nothing lost, and drops stray shard keys', async () => {
    const { area } = await storeWith(50);
    const items = await recordsView(area).get(null);
    const records = Object.fromEntries(Object.entries(items).filter(([key]) => key.startsWith(KEY.profilePrefix)));
    const index = buildIndex(records);
    const schema3 = { ...records, meta: { schemaVersion: 3 }, [KEY.index]: encodeIndex(index), 'index:9999': 'stray' };
    const plan = planMigration(schema3, MIGRATIONS);
    expect(plan).toMatchObject({ from: 3, to: SCHEMA_VERSION, remove: ['index:9999'] });
    const migrated = new MemoryArea();
    await migrated.set(schema3);
    await new ProfileStore(migrated).migrate();
    expect((await migrated.get('index:9999'))['index:9999']).toBeUndefined();
    const loaded = await loadAll(recordsView(migrated));
    expect(Object.fromEntries([...loaded.shards.values()].flatMap((s) => [...s]))).toEqual(index.entries);
    expect((await migrated.get(KEY.meta))[KEY.meta]).toEqual({ schemaVersion: SCHEMA_VERSION });
  });
});

describe('migration 6 (256 shards → 1,024)', () => {
  it('re-shards a schema-5 index with nothing lost, and leaves no shard key of the old layout behind', async () => {
    const { area } = await storeWith(200);
    const items = await recordsView(area).get(null);
    const records = Object.fromEntries(Object.entries(items).filter(([key]) => key.startsWith(KEY.profilePrefix)));
    const index = buildIndex(records);
    // The schema-5 layout, written as that version did: 256 shards by the same hash, a version-4 manifest.
    const oldShard = (key: string) => hashKey(key) % 256;
    const shards = new Map<number, Map<string, (typeof index.entries)[string]>>();
    for (const [key, entry] of Object.entries(index.entries)) {
      const shard = shards.get(oldShard(key)) ?? new Map();
      shards.set(oldShard(key), shard.set(key, entry));
    }
    const counts = Array.from({ length: 256 }, (_, shard) => shards.get(shard)?.size ?? 0);
    const unsaved = Object.fromEntries(
      Object.entries(index.entries).flatMap(([key, e]) => (e.saved === null ? [[key, e.lastSeen]] : [])),
    );
    const old = new MemoryArea();
    await old.set(await area.get(null)); // the record buckets as they are
    const stale = (await old.get(null)) as Record<string, unknown>;
    await old.remove(Object.keys(stale).filter((key) => key.startsWith(KEY.indexShardPrefix)));
    await old.set({
      meta: { schemaVersion: 5 },
      [KEY.index]: JSON.stringify({ version: 4, writes: 3, counts, unsaved }),
      ...Object.fromEntries([...shards].map(([shard, entries]) => [shardKey(shard), encodeShard(entries)])),
    });
    expect(decodeManifest((await old.get(KEY.index))[KEY.index]).ok).toBe(false); // today's code cannot read it

    const store = new ProfileStore(old);
    await store.migrate();
    const after = await old.get(null);
    expect(after[KEY.meta]).toEqual({ schemaVersion: SCHEMA_VERSION });
    const loaded = await loadAll(recordsView(old));
    expect(Object.fromEntries(entriesOf(loaded).map((e) => [recordKey(e.ref), e]))).toEqual(index.entries);
    // Every shard key left is one today's manifest counts: the old layout's extra keys are gone.
    const manifest = decodeManifest(after[KEY.index]);
    if (!manifest.ok) throw new Error(manifest.reason);
    const stored = Object.keys(after).filter((key) => key.startsWith(KEY.indexShardPrefix));
    expect(stored.sort()).toEqual(manifest.value.counts.flatMap((n, shard) => (n > 0 ? [shardKey(shard)] : [])).sort());
    expect(stored.length).toBeGreaterThan(counts.filter((n) => n > 0).length); // more, smaller shards
    expect(await store.quarantined()).toEqual([]);
    expect((await store.shortlistEntries()).length).toBe(Object.values(index.entries).filter((e) => e.saved).length);
  });
});
