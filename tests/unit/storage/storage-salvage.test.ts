// A damaged bucket costs the records the damage falls in, not the bucket (storage/salvage.ts): what is read back is
// always a record exactly as it was written, never a forged or partial one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketKey, bucketOf } from '../../../src/storage/record-buckets.ts';
import { salvageBucket } from '../../../src/storage/salvage.ts';
import { KEY } from '../../../src/storage/schema.ts';
import { ProfileStore, recordKey } from '../../../src/storage/store.ts';
import { MemoryArea } from '../../support/memory-area.ts';
import { snapshot } from '../../support/storage-fixtures.ts';

const RUNS = process.env.LONG ? 2000 : 200;

/** A bucket of `n` records with text that looks like JSON structure inside its strings. */
function bucketWith(n: number): Record<string, unknown> {
  return Object.fromEntries(
    Array.from({ length: n }, (_, i) => {
      const key = `profile:tiktok:p${i}`;
      const snap = { ...snapshot(`p${i}`, 100 + i), displayName: `P${i} ",\\"profile:x:y\\":{ } ] \\\\` };
      return [key, { ref: { platform: 'tiktok', handle: `p${i}` }, snapshot: snap, notes: '{"a":[1,2]}' }];
    }),
  );
}

const sameMembers = (salvaged: Record<string, unknown>, whole: Record<string, unknown>) =>
  Object.keys(salvaged).filter((key) => JSON.stringify(salvaged[key]) === JSON.stringify(whole[key])).length;

describe('salvaging a damaged bucket', () => {
  it('reads a whole bucket exactly as JSON.parse does', () => {
    const whole = bucketWith(6);
    expect(salvageBucket(JSON.stringify(whole))).toEqual(whole);
    expect(salvageBucket(JSON.stringify(whole, null, 2))).toEqual(whole);
  });

  it('cut anywhere: every record wholly before the cut comes back, and nothing else', () => {
    const whole = bucketWith(5);
    const text = JSON.stringify(whole);
    fc.assert(
      fc.property(fc.nat(text.length - 1), (at) => {
        const cut = text.slice(0, at);
        const salvaged = salvageBucket(cut);
        const before = Object.keys(whole).filter((key) => {
          const end = text.indexOf(JSON.stringify(whole[key])) + JSON.stringify(whole[key]).length;
          return end <= at;
        });
        expect(Object.keys(salvaged).sort()).toEqual(before.sort());
        expect(sameMembers(salvaged, whole)).toBe(before.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('one character changed anywhere: at most two records lost, and the others exactly as written', () => {
    const whole = bucketWith(5);
    const text = JSON.stringify(whole);
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.constantFrom('"', '{', '}', ',', '\\', ']', 'x', '\u0000'), (at, c) => {
        const damaged = text.slice(0, at) + c + text.slice(at + 1);
        const salvaged = salvageBucket(damaged);
        expect(Object.keys(salvaged).length).toBeLessThanOrEqual(5);
        expect(sameMembers(salvaged, whole)).toBeGreaterThanOrEqual(3);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const salvaged = salvageBucket(`{"profile:a:b":${text}`);
        for (const value of Object.values(salvaged)) expect(typeof value).toBe('object');
      }),
      { numRuns: RUNS },
    );
    expect(salvageBucket('')).toEqual({});
    expect(salvageBucket('not json "profile:x')).toEqual({});
  });
});

describe('a damaged bucket in the store', () => {
  it('keeps every saved profile still whole in it, on the shortlist and through the next write', async () => {
    // Two profiles that share a bucket.
    const seen = new Map<number, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; !pair; i++) {
      const handle = `c${i}`;
      const bucket = bucketOf(recordKey({ platform: 'tiktok', handle }));
      const other = seen.get(bucket);
      if (other) pair = [other, handle];
      seen.set(bucket, handle);
    }
    const [first, second] = pair;
    const area = new MemoryArea();
    const store = new ProfileStore(area);
    for (const handle of pair) {
      await store.recordSnapshot(snapshot(handle, 1000), null);
      await store.setSaved({ platform: 'tiktok', handle }, true);
      await store.updateEntry({ platform: 'tiktok', handle }, { notes: `notes of ${handle}` });
    }
    const name = bucketKey(bucketOf(recordKey({ platform: 'tiktok', handle: first })));
    const text = (await area.get(name))[name] as string;
    const secondAt = text.indexOf(`"${recordKey({ platform: 'tiktok', handle: second })}"`);
    const firstAt = text.indexOf(`"${recordKey({ platform: 'tiktok', handle: first })}"`);
    // Cut inside whichever of the two was written last in the text: the other survives whole.
    const [kept, lost] = firstAt < secondAt ? [first, second] : [second, first];
    await area.set({ [name]: text.slice(0, Math.max(firstAt, secondAt) + 40) });

    const fresh = new ProfileStore(area); // a worker started after the damage
    expect((await fresh.saved()).map((r) => [r.ref.handle, r.saved?.notes])).toEqual([[kept, `notes of ${kept}`]]);
    await fresh.recordSnapshot(snapshot(lost, 2000), null); // a write into the same bucket
    const after = new ProfileStore(area);
    expect((await after.get({ platform: 'tiktok', handle: kept }))?.saved?.notes).toBe(`notes of ${kept}`);
    const aside = await after.setAsideItems();
    expect(aside.map((item) => [item.key, item.reason])).toEqual([[name, expect.stringContaining('1 profile(s)')]]);
    expect(Object.keys(await area.get(null)).filter((key) => key.startsWith(KEY.quarantinePrefix))).toHaveLength(1);
  });
});
