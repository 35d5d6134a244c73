// Corrupt stored values: every field of a stored record, replaced by a value of the wrong type (or removed
// when required), is set aside with a reason naming it — never silently dropped. The record keeps every other
// field, its shortlist entry included; only a record whose identity is broken goes aside whole. The rest of the
// storage stays intact and readable, through the store and through the router.
import { describe, expect, it } from 'vitest';
import { route } from '../../../src/background/router.ts';
import { KEY, type ProfileRecord, ProfileRecordSchema } from '../../../src/storage/schema.ts';
import { ProfileStore, recordKey } from '../../../src/storage/store.ts';
import { harness, tiktokSnapshot } from '../../support/background-deps.ts';
import { MemoryArea } from '../../support/memory-area.ts';
import { recordsView } from '../../support/storage-fixtures.ts';

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
  /** Where the damage is; empty: the value as a whole. */
  path: Path;
}

function corruptions(record: ProfileRecord): Corruption[] {
  const out: Corruption[] = [];
  for (const path of pathsOf(record)) {
    const typed = structuredClone(record);
    setAt(typed, path, (parent, key) => {
      parent[key] = wrongType(parent[key]);
    });
    out.push({ name: `${path.join('.')} of the wrong type`, value: typed, path });
    const removed = structuredClone(record);
    setAt(removed, path, (parent, key) => {
      delete parent[key];
    });
    // Removing an optional field (displayName, missing, an array item) leaves a valid record: not a corruption.
    if (!ProfileRecordSchema.safeParse(removed).success)
      out.push({ name: `${path.join('.')} removed`, value: removed, path });
  }
  // Values that break the Count invariant or the bounds rather than the types.
  const bad = (edit: (r: ProfileRecord) => void, name: string, path: Path) => {
    const copy = structuredClone(record);
    edit(copy);
    out.push({ name, value: copy, path });
  };
  bad(
    (r) => {
      r.snapshot.followers = { value: 5, min: 10, max: 1 };
    },
    'a Count with min > max',
    ['snapshot', 'followers'],
  );
  bad(
    (r) => {
      r.snapshot.followers = { value: -1, min: -1, max: -1 };
    },
    'a negative Count',
    ['snapshot', 'followers'],
  );
  bad(
    (r) => {
      r.ref.handle = 'no spaces allowed';
    },
    'an invalid handle',
    ['ref', 'handle'],
  );
  bad(
    (r) => {
      r.history = Array.from({ length: 51 }, () => r.history[0]).filter((p) => p !== undefined);
    },
    'history over its bound',
    ['history'],
  );
  bad(
    (r) => {
      if (r.saved) r.saved.notes = 'x'.repeat(10_001);
    },
    'notes over their bound',
    ['saved', 'notes'],
  );
  out.push(
    { name: 'a string', value: 'profile', path: [] },
    { name: 'null', value: null, path: [] },
    { name: 'an array', value: [1], path: [] },
  );
  return out;
}

/** Damage to what the record is (which profile, on which site) cannot be repaired around. */
const IDENTITY: Path[] = [[], ['ref'], ['snapshot'], ['snapshot', 'platform'], ['snapshot', 'handle']];
const breaksIdentity = (path: Path) =>
  IDENTITY.some((p) => p.length === path.length && p.every((k, i) => k === path[i])) || path[0] === 'ref';

/**
 * `value` with the parts at `paths` taken out. Array items are spliced out only when `items` (the original still
 * holds them; the repaired record has already dropped them).
 */
function without(value: unknown, paths: string[], items: boolean): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const steps = paths.map((p) => p.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)));
  // Deepest and last items first, so removing one never shifts another.
  steps.sort((a, b) => String(b.join('.')).localeCompare(String(a.join('.')), 'en', { numeric: true }));
  for (const path of steps) {
    setAt(copy, path, (parent, key) => {
      if (Array.isArray(parent) && typeof key === 'number') {
        if (items) parent.splice(key, 1);
      } else delete parent[key];
    });
  }
  delete copy.summary; // derived, scored again on every write
  return copy;
}

describe('ProfileStore: a corrupt stored record is repaired around its bad field, or set aside whole', async () => {
  const original = await fullRecord();
  const cases = corruptions(original);

  it('covers every field (and each case really is invalid)', () => {
    expect(cases.length).toBeGreaterThan(60);
    for (const c of cases) expect(ProfileRecordSchema.safeParse(c.value).success, c.name).toBe(false);
    // Both outcomes are exercised.
    expect(cases.filter((c) => breaksIdentity(c.path)).length).toBeGreaterThan(5);
    expect(cases.filter((c) => !breaksIdentity(c.path)).length).toBeGreaterThan(50);
  });

  for (const { name, value, path } of cases) {
    it(name, async () => {
      const area = new MemoryArea();
      const store = new ProfileStore(area);
      await store.migrate();
      for (const handle of ['keep1', 'keep2']) {
        await store.recordSnapshot(tiktokSnapshot(handle, 10), null);
        await store.setSaved({ platform: 'tiktok', handle }, true);
      }
      const good = await recordsView(area).get(null);
      const key = recordKey({ platform: 'tiktok', handle: 'victim' });
      await area.set({ [key]: value });

      const all = await store.all();
      const aside = await store.quarantined();
      expect(aside.length).toBeGreaterThan(0);
      for (const item of aside) {
        expect(item.key).toBe(key);
        expect(item.reason.length).toBeGreaterThan(0);
      }
      if (breaksIdentity(path)) {
        expect(all.map((r) => r.ref.handle).sort()).toEqual(['keep1', 'keep2']);
        expect(aside).toHaveLength(1);
        expect(aside[0]?.field).toBeUndefined();
        expect(aside[0]?.value).toEqual(value);
        expect(await recordsView(area).get(key)).toEqual({});
      } else {
        expect(all.map((r) => r.ref.handle).sort()).toEqual(['keep1', 'keep2', 'victim']);
        const fields = aside.map((item) => item.field ?? '(whole)');
        // What was set aside is at or above the damage, and the rest of the record is exactly what it was.
        expect(fields.some((f) => path.join('.').startsWith(f) || f.startsWith(path.join('.')))).toBe(true);
        const repaired = all.find((r) => r.ref.handle === 'victim');
        expect(ProfileRecordSchema.safeParse((await recordsView(area).get(key))[key]).success).toBe(true);
        expect(without(repaired, fields, false)).toEqual(without(original, fields, true));
        if (path[0] !== 'saved') expect(repaired?.saved).toEqual(original.saved);
        // The record is listed again: the shortlist shows it.
        const listed = (await store.shortlistEntries()).map((e) => e.ref.handle);
        if (repaired?.saved) expect(listed).toContain('victim');
      }
      // The rest is byte-for-byte what it was (the index and its first screen list the repaired record).
      const now = await recordsView(area).get(null);
      for (const [k, v] of Object.entries(good)) {
        if (k === KEY.index || k === KEY.head || k.startsWith(KEY.indexShardPrefix)) continue;
        expect(now[k], k).toEqual(v);
      }
    });
  }

  it('names the bad field in the reason, and keeps the rest of the record', async () => {
    const record = await fullRecord();
    const area = new MemoryArea();
    await area.set({ [recordKey(record.ref)]: { ...record, snapshot: { ...record.snapshot, followers: 'many' } } });
    const [kept] = await new ProfileStore(area).all();
    const [entry] = await new ProfileStore(area).quarantined();
    expect(entry).toMatchObject({ field: 'snapshot.followers', value: 'many' });
    expect(entry?.reason).toMatch(/^snapshot\.followers/);
    expect(kept?.snapshot.followers).toBeNull();
    expect(kept?.saved).toEqual(record.saved);
  });

  it("the issue's three: a count of 'abc', 51 history points and a 201-character post id keep their notes", async () => {
    const record = await fullRecord();
    if (!record.saved) throw new Error('setup');
    record.saved.notes = 'called her agent; rate 300 €';
    const area = new MemoryArea();
    const point = record.history[0];
    const post = { id: 'p'.repeat(201), likes: null, comments: null, views: null };
    const damaged = {
      a: { ...record, snapshot: { ...record.snapshot, posts: { value: 'abc', min: 0, max: 0 } } },
      b: {
        ...record,
        ref: { ...record.ref, handle: 'b' },
        snapshot: { ...record.snapshot, handle: 'b' },
        history: Array(51).fill(point),
      },
      c: {
        ...record,
        ref: { ...record.ref, handle: 'c' },
        snapshot: { ...record.snapshot, handle: 'c', recentPosts: [post] },
      },
    };
    await area.set({
      [recordKey({ platform: 'tiktok', handle: 'victim' })]: damaged.a,
      [recordKey({ platform: 'tiktok', handle: 'b' })]: damaged.b,
      [recordKey({ platform: 'tiktok', handle: 'c' })]: damaged.c,
    });
    const store = new ProfileStore(area);
    const all = await store.all();
    expect(all.map((r) => [r.ref.handle, r.saved?.notes])).toEqual(
      expect.arrayContaining([
        ['victim', 'called her agent; rate 300 €'],
        ['b', 'called her agent; rate 300 €'],
        ['c', 'called her agent; rate 300 €'],
      ]),
    );
    expect(all.find((r) => r.ref.handle === 'b')?.history).toHaveLength(50);
    expect(all.find((r) => r.ref.handle === 'c')?.snapshot.recentPosts).toEqual([]);
    expect((await store.quarantined()).map((q) => q.field).sort()).toEqual([
      'history',
      'snapshot.posts',
      'snapshot.recentPosts.0',
    ]);
  });
});

describe('the router with corrupt storage', () => {
  it('lists the intact shortlist, and the first full read sets the broken record aside instead of failing', async () => {
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
