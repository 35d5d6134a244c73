// Storage holding one saved profile and one record that fails the schema: the state in which a read that sets
// invalid values aside (a write) shows up, for the "refused means nothing written" tests.
import { recordKey } from '../../src/storage/store.ts';
import { type Harness, harness, tiktokSnapshot } from './background-deps.ts';

export const BAD_REF = { platform: 'tiktok', handle: 'bad' } as const;
export const BAD_KEY = recordKey(BAD_REF);

/**
 * One valid saved profile (tiktok:keep), and tiktok:bad whose snapshot names no site: a record no repair can keep
 * (one bad field, such as a follower count of "abc", is repaired around instead: background-storage.test.ts).
 */
export async function storageWithOneInvalidRecord(): Promise<Harness> {
  const h = harness();
  await h.store.migrate();
  await h.store.recordSnapshot(tiktokSnapshot('keep', 10), null);
  const kept = await h.store.setSaved({ platform: 'tiktok', handle: 'keep' }, true);
  const bad = structuredClone(kept) as unknown as { ref: { handle: string }; snapshot: Record<string, unknown> };
  bad.ref.handle = 'bad';
  bad.snapshot.handle = 'bad';
  bad.snapshot.platform = 'myspace';
  await h.area.set({ [BAD_KEY]: bad });
  return h;
}

/** Records every storage write from now on (a write of identical bytes is still a write: onChanged, pruning). */
export function recordWrites(h: Harness): string[] {
  const writes: string[] = [];
  const set = h.area.set.bind(h.area);
  const remove = h.area.remove.bind(h.area);
  h.area.set = async (items) => {
    writes.push(...Object.keys(items).map((k) => `set ${k}`));
    return set(items);
  };
  h.area.remove = async (keys) => {
    writes.push(...[keys].flat().map((k) => `remove ${k}`));
    return remove(keys);
  };
  return writes;
}
