import { describe, expect, it } from 'vitest';
import { decodeIndexV1 } from '../../../src/storage/index/index-v1.ts';
import { decodeIndex, UNSAVED_LIMIT } from '../../../src/storage/index/profile-index.ts';
import { MIGRATIONS, type Migration, planMigration } from '../../../src/storage/migrations.ts';
import { HISTORY_LIMIT, KEY, SCHEMA_VERSION } from '../../../src/storage/schema.ts';
import { ProfileStore, recordKey } from '../../../src/storage/store.ts';
import { MemoryArea } from '../../support/memory-area.ts';
import { recordsView, snapshot } from '../../support/storage-fixtures.ts';

describe('ProfileStore', () => {
  it('records snapshots, keeps a bounded history, and keeps the shortlist entry across refreshes', async () => {
    const store = new ProfileStore(new MemoryArea());
    await store.migrate();
    await store.recordSnapshot(snapshot('ana', 1000), 0.05, new Date('2026-01-01T00:00:00Z'));
    await store.setSaved({ platform: 'tiktok', handle: 'ANA' }, true, new Date('2026-01-02T00:00:00Z'));
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) {
      await store.recordSnapshot(snapshot('ana', 1000 + i), null, new Date(Date.UTC(2026, 1, 1 + i)));
    }
    const record = await store.get({ platform: 'tiktok', handle: 'ana' });
    expect(record?.history).toHaveLength(HISTORY_LIMIT);
    expect(record?.history.at(-1)?.followers?.value).toBe(1000 + HISTORY_LIMIT + 9);
    expect(record?.snapshot.followers?.value).toBe(1000 + HISTORY_LIMIT + 9);
    expect(record?.saved?.savedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(record?.firstSeen).toBe('2026-01-01T00:00:00.000Z');
  });

  it('refuses to save a profile it never read, and unsaves', async () => {
    const store = new ProfileStore(new MemoryArea());
    expect(await store.setSaved({ platform: 'x', handle: 'nobody' }, true)).toBeNull();
    await store.recordSnapshot(snapshot('bo', 10), null);
    expect((await store.setSaved({ platform: 'tiktok', handle: 'bo' }, true))?.saved).not.toBeNull();
    expect((await store.setSaved({ platform: 'tiktok', handle: 'bo' }, false))?.saved).toBeNull();
  });

  it('two writers at once lose nothing (the lock orders read-modify-write)', async () => {
    const store = new ProfileStore(new MemoryArea());
    const handles = Array.from({ length: 100 }, (_, i) => `user_${i}`);
    await Promise.all(handles.map((h, i) => store.recordSnapshot(snapshot(h, i + 1), null)));
    await Promise.all(handles.map((h) => store.setSaved({ platform: 'tiktok', handle: h }, true)));
    const all = await store.all();
    expect(all).toHaveLength(100);
    expect(all.every((r) => r.saved !== null)).toBe(true);
  });

  it('moves a corrupt stored value aside with the reason, and keeps the rest', async () => {
    const area = new MemoryArea();
    const store = new ProfileStore(area);
    await store.recordSnapshot(snapshot('good', 5), null);
    const bad = { ...(await store.get({ platform: 'tiktok', handle: 'good' })), history: 'not a list' };
    await area.set({ 'profile:tiktok:bad': bad });
    const all = await store.all();
    expect(all.map((r) => r.ref.handle)).toEqual(['good']);
    const quarantined = await store.quarantined();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]?.key).toBe('profile:tiktok:bad');
    expect(quarantined[0]?.reason).toMatch(/history/);
    expect(quarantined[0]?.value).toEqual(bad);
    expect(await recordsView(area).get('profile:tiktok:bad')).toEqual({});
  });

  it('keys records by platform and lower-cased handle', () => {
    expect(recordKey({ platform: 'x', handle: 'Kikobeats' })).toBe('profile:x:kikobeats');
  });
});

describe('planMigration', () => {
  const v2: Migration = (items) => ({
    set: Object.fromEntries(
      Object.entries(items)
        .filter(([k]) => k.startsWith('profile:'))
        .map(([k, v]) => [k, { ...(v as object), migrated: 2 }]),
    ),
    remove: ['obsolete'],
  });
  const v3: Migration = (items) => ({ set: { settings: { ...(items.settings as object), v3: true } }, remove: [] });

  it('a fresh install starts at the current version with nothing to change', () => {
    const plan = planMigration({});
    expect(plan).toEqual({
      from: SCHEMA_VERSION,
      to: SCHEMA_VERSION,
      set: { meta: { schemaVersion: SCHEMA_VERSION } },
      remove: [],
    });
  });

  it('runs every numbered step in order from the stored version', () => {
    const items = { meta: { schemaVersion: 1 }, 'profile:x:a': { n: 1 }, obsolete: 1, settings: { a: 1 } };
    const plan = planMigration(items, { 2: v2, 3: v3 }, 3);
    expect(plan.from).toBe(1);
    expect(plan.set['profile:x:a']).toEqual({ n: 1, migrated: 2 });
    expect(plan.set.settings).toEqual({ a: 1, v3: true });
    expect(plan.set[KEY.meta]).toEqual({ schemaVersion: 3 });
    expect(plan.remove).toEqual(['obsolete']);
  });

  it('data without a version is treated as version 1; a gap or a newer version is an error', () => {
    expect(planMigration({ 'profile:x:a': {} }, { 2: v2 }, 2).from).toBe(1);
    expect(() => planMigration({ meta: { schemaVersion: 1 } }, { 3: v3 }, 3)).toThrow(/no migration from schema 1/);
    expect(() => planMigration({ meta: { schemaVersion: 9 } })).toThrow(/newer/);
  });
});

describe('ProfileStore shortlist operations', () => {
  const refs = ['a', 'b', 'c'].map((handle) => ({ platform: 'tiktok' as const, handle }));
  async function seeded() {
    const summaries: string[] = [];
    const store = new ProfileStore(new MemoryArea(), async (record) => {
      summaries.push(record.ref.handle);
      return {
        tier: 'nano',
        tierLabel: 'Nano',
        followers: record.snapshot.followers?.value ?? null,
        rate: null,
        low: null,
        high: null,
        basis: null,
        verdict: 'insufficient-data',
        score: 40,
      };
    });
    for (const [i, ref] of refs.entries()) {
      await store.recordSnapshot(snapshot(ref.handle, 1000 * (i + 1)), null);
      await store.setSaved(ref, true);
      await store.updateEntry(ref, { notes: `note ${ref.handle}`, tags: ['t'], lists: ['Old'] });
    }
    return { store, summaries };
  }

  it('keeps a row summary with every write', async () => {
    const { store, summaries } = await seeded();
    expect(summaries.length).toBeGreaterThanOrEqual(9);
    expect((await store.get(refs[1] as (typeof refs)[number]))?.summary?.followers).toBe(2000);
  });

  it('removes several entries in one go and restores them exactly (undo)', async () => {
    const { store } = await seeded();
    const removed = await store.unsaveMany([refs[0], refs[2]] as typeof refs);
    expect(removed.map((r) => r.ref.handle)).toEqual(['a', 'c']);
    expect((await store.saved()).map((r) => r.ref.handle)).toEqual(['b']);
    expect(await store.restoreSaved(removed)).toBe(2);
    const back = await store.get(refs[0] as (typeof refs)[number]);
    expect(back?.saved?.notes).toBe('note a');
    expect(await store.saved()).toHaveLength(3);
  });

  it('adds to, moves between and removes named lists in bulk', async () => {
    const { store } = await seeded();
    expect(await store.editLists(refs, { add: 'Spring' })).toBe(3);
    expect((await store.get(refs[0] as (typeof refs)[number]))?.saved?.lists).toEqual(['Old', 'Spring']);
    await store.editLists(refs, { add: 'SPRING' });
    expect((await store.get(refs[0] as (typeof refs)[number]))?.saved?.lists).toEqual(['Old', 'Spring']);
    await store.editLists([refs[1]] as typeof refs, { set: ['Autumn'] });
    expect((await store.get(refs[1] as (typeof refs)[number]))?.saved?.lists).toEqual(['Autumn']);
    await store.editLists(refs, { remove: 'old' });
    expect((await store.get(refs[2] as (typeof refs)[number]))?.saved?.lists).toEqual(['Spring']);
  });

  it('writeMany validates every record before writing any', async () => {
    const { store } = await seeded();
    const good = (await store.get(refs[0] as (typeof refs)[number])) as NonNullable<
      Awaited<ReturnType<typeof store.get>>
    >;
    const bad = { ...good, ref: { platform: 'tiktok' as const, handle: 'zz' }, history: 'nope' };
    await expect(store.writeMany([{ ...good, saved: null }, bad as unknown as typeof good])).rejects.toThrow();
    expect((await store.get(refs[0] as (typeof refs)[number]))?.saved).not.toBeNull();
  });
});

describe('the profile index (schema 2)', () => {
  it('migration 2 indexes every valid v1 record and leaves invalid ones for the reader to quarantine', async () => {
    const v1 = new MemoryArea();
    const store = new ProfileStore(v1);
    await store.recordSnapshot(snapshot('ana', 10), null);
    await store.setSaved({ platform: 'tiktok', handle: 'ana' }, true);
    const items = await recordsView(v1).get(null);
    const v1Items = {
      meta: { schemaVersion: 1 },
      'profile:tiktok:ana': items['profile:tiktok:ana'],
      'profile:x:bad': { nope: 1 },
    };
    const plan = planMigration(v1Items, MIGRATIONS, 2);
    expect(plan.from).toBe(1);
    const index = decodeIndexV1(plan.set[KEY.index]);
    expect(Object.keys(index?.entries ?? {})).toEqual(['profile:tiktok:ana']);
    expect(index?.entries['profile:tiktok:ana']?.saved).not.toBeNull();
    // Carried on to the current schema, the same single entry arrives in today's format.
    const columns = decodeIndex(planMigration(v1Items, MIGRATIONS, 3).set[KEY.index]);
    expect(columns.ok && Object.keys(columns.index.entries)).toEqual(['profile:tiktok:ana']);
  });

  it('the shortlist rows come from the index and match the saved records', async () => {
    const store = new ProfileStore(new MemoryArea());
    for (const h of ['a', 'b', 'c']) await store.recordSnapshot(snapshot(h, 5), null);
    await store.setSaved({ platform: 'tiktok', handle: 'b' }, true);
    expect((await store.shortlistEntries()).map((e) => e.ref.handle)).toEqual(['b']);
    await store.unsaveMany([{ platform: 'tiktok', handle: 'b' }]);
    expect(await store.shortlistEntries()).toEqual([]);
  });

  it('a damaged index is kept aside and rebuilt from the records', async () => {
    const area = new MemoryArea();
    const store = new ProfileStore(area);
    await store.recordSnapshot(snapshot('a', 5), null);
    await store.setSaved({ platform: 'tiktok', handle: 'a' }, true);
    await area.set({ [KEY.index]: JSON.stringify({ version: 1, entries: 'garbage' }) });
    expect((await store.shortlistEntries()).map((e) => e.ref.handle)).toEqual(['a']);
    expect((await store.quarantined()).map((q) => q.key)).toEqual([KEY.index]);
  });

  it('prunes the least recently seen unsaved profiles beyond the limit, never saved ones, and bounds posts', async () => {
    const area = new MemoryArea();
    const store = new ProfileStore(area);
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `p${i}`, likes: null, comments: null, views: null }));
    await store.recordSnapshot(
      { ...snapshot('keeper', 1), recentPosts: many(60) },
      null,
      new Date(Date.UTC(2020, 0, 1)),
    );
    await store.setSaved({ platform: 'tiktok', handle: 'keeper' }, true);
    expect((await store.get({ platform: 'tiktok', handle: 'keeper' }))?.snapshot.recentPosts).toHaveLength(30);
    const handles = Array.from({ length: UNSAVED_LIMIT + 5 }, (_, i) => `u${String(i).padStart(4, '0')}`);
    await store.writeMany(
      await Promise.all(
        handles.map(async (h, i) => {
          const s = new ProfileStore(new MemoryArea());
          return s.recordSnapshot(snapshot(h, 1), null, new Date(Date.UTC(2021, 0, 1, 0, i)));
        }),
      ),
    );
    const left = await store.all();
    expect(left.filter((r) => !r.saved)).toHaveLength(UNSAVED_LIMIT);
    expect(left.some((r) => r.ref.handle === 'keeper')).toBe(true);
    // The five seen longest ago went.
    expect(left.some((r) => r.ref.handle === 'u0004')).toBe(false);
    expect(left.some((r) => r.ref.handle === 'u0005')).toBe(true);
  });
});
