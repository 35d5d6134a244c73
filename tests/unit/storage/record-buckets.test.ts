// Records in buckets (schema 5): the store sees one key per record, exactly as storage.local would give it, while
// storage holds at most RECORD_BUCKETS keys for them; damage is set aside before it is written over.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BucketedArea,
  bucketedItems,
  bucketKey,
  bucketOf,
  RECORD_BUCKETS,
  recordsIn,
} from '../../../src/storage/record-buckets.ts';
import { KEY } from '../../../src/storage/schema.ts';
import { MemoryArea } from '../../support/memory-area.ts';

const keyArb = fc.oneof(
  fc.constantFrom('profile:tiktok:a', 'profile:tiktok:b', 'profile:x:c', 'profile:youtube:d'),
  fc.stringMatching(/^profile:tiktok:[a-z]{1,3}$/),
  fc.constantFrom('settings', 'index', 'meta', 'quarantine:x'),
);
const valueArb = fc.oneof(fc.integer(), fc.string(), fc.record({ n: fc.integer(), s: fc.string() }));
const opArb = fc.oneof(
  fc.record({ op: fc.constant('set' as const), items: fc.dictionary(keyArb, valueArb, { maxKeys: 4 }) }),
  fc.record({ op: fc.constant('remove' as const), keys: fc.array(keyArb, { maxLength: 3 }) }),
);

describe('the bucketed area', () => {
  it('reads and writes like storage.local itself, old own-key records included (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(keyArb, valueArb, { maxKeys: 4 }),
        fc.array(opArb, { maxLength: 12 }),
        async (old, ops) => {
          const reference = new MemoryArea();
          const under = new MemoryArea();
          // Records stored before schema 5, under their own keys: read as they are, moved when written.
          await reference.set(old);
          await under.set(old);
          const area = new BucketedArea(under);
          for (const o of ops) {
            if (o.op === 'set') {
              await reference.set(o.items);
              await area.set(o.items);
            } else {
              await reference.remove(o.keys);
              await area.remove(o.keys);
            }
            expect(await area.get(null)).toEqual(await reference.get(null));
            const some = [...Object.keys(o.op === 'set' ? o.items : {}), 'profile:tiktok:a', 'settings'];
            expect(await area.get(some)).toEqual(await reference.get(some));
            // A fresh reader of the same storage (a restarted worker) sees the same.
            expect(await new BucketedArea(under).get(null)).toEqual(await reference.get(null));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps 5,000 records in at most RECORD_BUCKETS storage keys', async () => {
    const under = new MemoryArea();
    const area = new BucketedArea(under);
    const items = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`profile:tiktok:c${i}`, { i }]));
    await area.set(items);
    expect(under.items.size).toBeLessThanOrEqual(RECORD_BUCKETS);
    // Spread out: about as many buckets used as random keys would fill (1 − e^(−n/b) of them).
    const expected = RECORD_BUCKETS * (1 - Math.exp(-5000 / RECORD_BUCKETS));
    expect(under.items.size).toBeGreaterThan(expected * 0.95);
    expect(Object.keys(await area.get(null))).toHaveLength(5000);
    expect(recordsIn(Object.fromEntries(under.items))).toEqual(items);
    expect(bucketedItems(items)).toEqual(Object.fromEntries(under.items));
  });

  it('a damaged bucket reads as what it still holds whole, and is set aside whole before a write replaces it', async () => {
    const under = new MemoryArea();
    const key = 'profile:tiktok:ana';
    const name = bucketKey(bucketOf(key));
    await under.set({ [name]: '{"profile:tiktok:ana": {"half' });
    const area = new BucketedArea(under);
    expect(await area.get(key)).toEqual({});
    await area.set({ [key]: { fresh: true } });
    expect(await area.get(key)).toEqual({ [key]: { fresh: true } });
    const aside = [...under.items].filter(([k]) => k.startsWith(KEY.quarantinePrefix));
    expect(aside).toHaveLength(1);
    expect(aside[0]?.[1]).toMatchObject({ key: name, value: '{"profile:tiktok:ana": {"half' });
  });

  it('a bucket cut in its third record keeps the first two through a write, and sets the whole text aside', async () => {
    // Three profiles that share a bucket, as many do at 50,000 records.
    const byBucket = new Map<number, string[]>();
    let keys: string[] = [];
    for (let i = 0; keys.length < 3; i++) {
      const key = `profile:tiktok:c${i}`;
      const same = [...(byBucket.get(bucketOf(key)) ?? []), key];
      byBucket.set(bucketOf(key), same);
      if (same.length === 3) keys = same;
    }
    const [ana, bo, cy] = keys as [string, string, string];
    const records = Object.fromEntries(keys.map((key, i) => [key, { key, notes: `n${i} "q" },{ ] ,"profile:x`, i }]));
    const name = bucketKey(bucketOf(ana));
    const text = JSON.stringify(records);
    const cut = text.slice(0, text.indexOf(`"${cy}"`) + 30);
    const under = new MemoryArea();
    await under.set({ [name]: cut });
    const area = new BucketedArea(under);
    expect(await area.get(null)).toEqual({ [ana]: records[ana], [bo]: records[bo] });
    await area.set({ [cy]: { fresh: true } });
    expect(await new BucketedArea(under).get(keys)).toEqual({
      [ana]: records[ana],
      [bo]: records[bo],
      [cy]: { fresh: true },
    });
    const aside = [...under.items].filter(([k]) => k.startsWith(KEY.quarantinePrefix));
    expect(aside).toHaveLength(1);
    expect(aside[0]?.[1]).toMatchObject({ key: name, value: cut, reason: expect.stringContaining('2 profile(s)') });
  });

  it('a bucket another writer changed is read again, never from memory', async () => {
    const under = new MemoryArea();
    const a = new BucketedArea(under);
    await a.set({ 'profile:tiktok:ana': 1 });
    await new BucketedArea(under).set({ 'profile:tiktok:ana': 2 });
    expect(await a.get('profile:tiktok:ana')).toEqual({ 'profile:tiktok:ana': 2 });
    await a.set({ 'profile:tiktok:bo': 3 });
    expect(await new BucketedArea(under).get(['profile:tiktok:ana', 'profile:tiktok:bo'])).toEqual({
      'profile:tiktok:ana': 2,
      'profile:tiktok:bo': 3,
    });
  });
});
