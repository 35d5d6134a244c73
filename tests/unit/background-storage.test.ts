// Corrupt stored values: every field of a stored record, replaced by a value of the wrong type (or removed
// when required), is quarantined with a reason naming it — never silently dropped — and the rest of the
// storage stays intact and readable, through the store and through the router.
import { describe, expect, it } from 'vitest';
import { route } from '../../src/background/router.ts';
import { KEY, type ProfileRecord, ProfileRecordSchema } from '../../src/storage/schema.ts';
import { ProfileStore, recordKey } from '../../src/storage/store.ts';
import { harness, tiktokSnapshot } from './background-deps.ts';
import { MemoryArea } from './memory-area.ts';

type Path = Array<string | number>;

/** A valid stored record with every optional part present, so every field can be corrupted. */
async function fullRecord(): Promise<ProfileRecord> {
  const h = harness();
  const snapshot = { ...tiktokSnapshot('victim', 1234), displayName: 'Victim', verified: true, private: false };
  await h.store.recordSnapshot(snapshot, 0.04, new Date('2026-01-01T00:00:00Z'));
  await h.store.recordSnapshot(snapshot, null, new Date('2026-01-02T00:00:00Z'));
  await h.store.setSaved({ platform: 'tiktok', handle: 'victim' }, true);
  const record = await h.store.updateEntry({ platform: 'tiktok', handle: 'victim' }, { tags: ['a'], lists: ['b'] });
  if (!record) throw new Error('setup failed');
  return record;
}

/** Every path into the record (objects, arrays, leaves). */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...path, key], ...pathsOf(child, [...path, key])]);
}

/** A value of another type than `value` (string → number, number → string, object → string, …). */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'NaN';
  if (typeof value === 'boolean') return 'yes';
  if (value === null) return 'corrupt';
  if (Array.isArray(value)) return { length: 0 };
  return 'corrupt';
}

function setAt(
  root: unknown,
  path: Path,
  change: (parent: Record<string | number, unknown>, key: string | number) => void,
) {
  let node = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last !== undefined) change(node, last);
}

interface Corruption {
  name: string;
  value: unknown;
}

async function corruptions(): Promise<Corruption[]> {
  const record = await fullRecord();
  const out: Corruption[] = [];
  for (const path of pathsOf(record)) {
    const typed = structuredClone(record);
    setAt(typed, path, (parent, key) => {
      parent[key] = wrongType(parent[key]);
    });
    out.push({ name: `${path.join('.')} of the wrong type`, value: typed });
    const removed = structuredClone(record);
    setAt(removed, path, (parent, key) => {
      delete parent[key];
    });
    // Removing an optional field (displayName, missing, an array item) leaves a valid record: not a corruption.
    if (!ProfileRecordSchema.safeParse(removed).success)
      out.push({ name: `${path.join('.')} removed`, value: removed });
  }
  // Values that break the Count invariant or the bounds rather than the types.
  const bad = (edit: (r: ProfileRecord) => void, name: string) => {
    const copy = structuredClone(record);
    edit(copy);
    out.push({ name, value: copy });
  };
  bad((r) => {
    r.snapshot.followers = { value: 5, min: 10, max: 1 };
  }, 'a Count with min > max');
  bad((r) => {
    r.snapshot.followers = { value: -1, min: -1, max: -1 };
  }, 'a negative Count');
  bad((r) => {
    r.ref.handle = 'no spaces allowed';
  }, 'an invalid handle');
  bad((r) => {
    r.history = Array.from({ length: 51 }, () => r.history[0]).filter((p) => p !== undefined);
  }, 'history over its bound');
  bad((r) => {
    if (r.saved) r.saved.notes = 'x'.repeat(10_001);
  }, 'notes over their bound');
  out.push({ name: 'a string', value: 'profile' }, { name: 'null', value: null }, { name: 'an array', value: [1] });
  return out;
}

describe('ProfileStore: a corrupt stored value is quarantined with a reason, the rest intact', async () => {
  const cases = await corruptions();

  it('covers every field (and each case really is invalid)', () => {
    expect(cases.length).toBeGreaterThan(60);
    for (const c of cases) expect(ProfileRecordSchema.safeParse(c.value).success, c.name).toBe(false);
  });

  for (const { name, value } of cases) {
    it(name, async () => {
      const area = new MemoryArea();
      const store = new ProfileStore(area);
      await store.migrate();
      for (const handle of ['keep1', 'keep2']) {
        await store.recordSnapshot(tiktokSnapshot(handle, 10), null);
        await store.setSaved({ platform: 'tiktok', handle }, true);
      }
      const good = structuredClone(Object.fromEntries(area.items));
      const key = recordKey({ platform: 'tiktok', handle: 'victim' });
      await area.set({ [key]: value });

      const all = await store.all();
      expect(all.map((r) => r.ref.handle).sort()).toEqual(['keep1', 'keep2']);
      const quarantined = await store.quarantined();
      expect(quarantined).toHaveLength(1);
      expect(quarantined[0]?.key).toBe(key);
      expect(quarantined[0]?.reason.length).toBeGreaterThan(0);
      expect(quarantined[0]?.value).toEqual(value);
      expect(area.items.has(key)).toBe(false);
      // The rest is byte-for-byte what it was.
      for (const [k, v] of Object.entries(good)) expect(area.items.get(k), k).toEqual(v);
    });
  }

  it('names the bad field in the reason', async () => {
    const record = await fullRecord();
    const area = new MemoryArea();
    await area.set({ [recordKey(record.ref)]: { ...record, snapshot: { ...record.snapshot, followers: 'many' } } });
    await new ProfileStore(area).all();
    const [entry] = await new ProfileStore(area).quarantined();
    expect(entry?.reason).toMatch(/^snapshot\.followers/);
  });
});

describe('the router with corrupt storage', () => {
  it('lists the intact shortlist, and the first full read quarantines the corrupt record instead of failing', async () => {
    const h = harness();
    await h.store.migrate();
    await h.store.recordSnapshot(tiktokSnapshot('keep', 10), null);
    await h.store.setSaved({ platform: 'tiktok', handle: 'keep' }, true);
    await h.area.set({ 'profile:tiktok:bad': { ref: { platform: 'tiktok', handle: 'bad' }, saved: 'yes' } });
    const reply = await route({ kind: 'ui:list-shortlist' }, { from: 'ui' }, h.deps);
    expect(reply.ok && (reply.data as Array<{ key: string }>).map((v) => v.key)).toEqual(['tiktok:keep']);
    // The list comes from the index; reading every record (an export) meets the corrupt one and sets it aside.
    const exported = await route({ kind: 'ui:export', format: 'json', lang: 'en' }, { from: 'ui' }, h.deps);
    expect(exported.ok).toBe(true);
    expect((await h.store.quarantined()).map((q) => q.key)).toEqual(['profile:tiktok:bad']);
  });

  it('a fresh read of a corrupt profile keeps the old value in quarantine and stores the new one', async () => {
    const h = harness();
    const url = new URL('https://www.tiktok.com/@bad');
    await h.area.set({ 'profile:tiktok:bad': { corrupt: true } });
    const reply = await route(
      { kind: 'content:profile-read', snapshot: tiktokSnapshot('bad', 99) },
      { from: 'content', tabId: 1, url },
      h.deps,
    );
    expect(reply.ok).toBe(true);
    expect((await h.store.get({ platform: 'tiktok', handle: 'bad' }))?.snapshot.followers?.value).toBe(99);
    expect((await h.store.quarantined()).map((q) => q.value)).toEqual([{ corrupt: true }]);
  });

  it('corrupt settings fall back to the defaults for reading, and stay stored (not dropped)', async () => {
    const h = harness();
    await h.area.set({ [KEY.settings]: { version: 99 } });
    const reply = await route({ kind: 'ui:get-settings' }, { from: 'ui' }, h.deps);
    expect(reply).toMatchObject({ ok: true, data: { uiLang: 'auto' } });
    expect(h.area.items.get(KEY.settings)).toEqual({ version: 99 });
  });
});

describe('a read that finds a corrupt value while another writer repairs it', () => {
  it('never deletes the repaired record (quarantine only removes what it found)', async () => {
    // all() snapshots storage, then quarantines what was corrupt in that snapshot. If a write replaced the
    // value in between, the quarantine must not remove the new, acknowledged record.
    const area = new GatedArea();
    const store = new ProfileStore(area);
    const key = recordKey({ platform: 'tiktok', handle: 'race' });
    await area.set({ [key]: { corrupt: true } });
    area.gateNextFullRead();
    const listing = store.all();
    await area.fullReadStarted;
    // The listing holds the corrupt snapshot; a tab now saves a fresh read of the same profile.
    const saved = await store.recordSnapshot(tiktokSnapshot('race', 7), null);
    area.release();
    await listing;
    expect(saved.snapshot.followers?.value).toBe(7);
    expect((await store.get({ platform: 'tiktok', handle: 'race' }))?.snapshot.followers?.value).toBe(7);
  });
});

/** A MemoryArea whose next get(null) returns a snapshot taken now but resolves only on release(). */
class GatedArea extends MemoryArea {
  private gate: Promise<void> | null = null;
  private open: () => void = () => undefined;
  private started: () => void = () => undefined;
  fullReadStarted: Promise<void> = Promise.resolve();

  gateNextFullRead(): void {
    this.gate = new Promise((resolve) => {
      this.open = resolve;
    });
    this.fullReadStarted = new Promise((resolve) => {
      this.started = resolve;
    });
  }

  release(): void {
    this.open();
  }

  override async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    const snapshot = await super.get(keys);
    const gate = this.gate;
    if (keys === null && gate) {
      this.gate = null;
      this.started();
      await gate;
    }
    return snapshot;
  }
}
