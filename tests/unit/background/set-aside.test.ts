// Issue 20, items 5 and 10: what storage cannot use is set aside with its reason, listed, restorable and never
// overwritten; settings keep their valid parts; data from a newer version is read but never written over.
import { describe, expect, it } from 'vitest';
import { route } from '../../../src/background/router.ts';
import { readAppSettings } from '../../../src/core/settings.ts';
import type { StorageStatus } from '../../../src/messages/view.ts';
import { KEY, SCHEMA_VERSION } from '../../../src/storage/schema.ts';
import { ProfileStore, recordKey } from '../../../src/storage/store.ts';
import { harness, tiktokSnapshot } from '../../support/background-deps.ts';
import { recordsView } from '../../support/storage-fixtures.ts';

const UI = { from: 'ui' } as const;
const ana = { platform: 'tiktok', handle: 'ana' } as const;

/** A harness whose store holds ana, saved with notes, then set aside whole as an older version did for one bad field. */
async function withAnaSetAsideWhole() {
  const h = harness();
  await h.store.migrate();
  await h.store.recordSnapshot(tiktokSnapshot('ana', 900), null);
  await h.store.setSaved(ana, true);
  const record = await h.store.updateEntry(ana, { notes: 'agent: maria@agency.example', tags: ['beauty'] });
  const broken = { ...record, snapshot: { ...record?.snapshot, followers: 'abc' } };
  await recordsView(h.area).remove(recordKey(ana));
  const id = `${KEY.quarantinePrefix}2026-11-01T00:00:00.000Z:${recordKey(ana)}`;
  await h.area.set({
    [id]: { key: recordKey(ana), reason: 'snapshot.followers: Invalid input', at: '2026-11-01', value: broken },
  });
  return { h, id };
}

const status = async (h: ReturnType<typeof harness>) => {
  const reply = await route({ kind: 'ui:storage-status' }, UI, h.deps);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as StorageStatus;
};

describe('the set-aside list', () => {
  it('lists a profile set aside whole, restores it with its notes, and then lists nothing', async () => {
    const { h, id } = await withAnaSetAsideWhole();
    const before = await status(h);
    expect(before.setAside).toMatchObject([{ id, key: recordKey(ana), field: null, restorable: true }]);
    expect(before.setAside[0]?.preview.length).toBeLessThanOrEqual(201);
    // The export says it left ana out.
    const exported = await route({ kind: 'ui:export', format: 'json', lang: 'en' }, UI, h.deps);
    expect(exported.ok && (exported.data as { leftOut: number }).leftOut).toBe(1);

    const restored = await route({ kind: 'ui:restore-set-aside', id }, UI, h.deps);
    expect(restored).toEqual({ ok: true, data: true });
    const back = await h.store.get(ana);
    expect(back?.saved).toMatchObject({ notes: 'agent: maria@agency.example', tags: ['beauty'] });
    expect(back?.snapshot.followers).toBeNull();
    // What still cannot be read stays aside, field by field.
    const after = await status(h);
    expect(after.setAside.map((item) => [item.field, item.restorable])).toEqual([['snapshot.followers', false]]);
    const again = await route({ kind: 'ui:export', format: 'json', lang: 'en' }, UI, h.deps);
    expect(again.ok && (again.data as { leftOut: number }).leftOut).toBe(0);
  });

  it('a profile read again since keeps its newer numbers and takes back only its shortlist entry', async () => {
    const { h, id } = await withAnaSetAsideWhole();
    await h.store.recordSnapshot(tiktokSnapshot('ana', 1500), null);
    expect((await h.store.get(ana))?.saved).toBeNull();
    expect((await route({ kind: 'ui:restore-set-aside', id }, UI, h.deps)).ok).toBe(true);
    const back = await h.store.get(ana);
    expect(back?.snapshot.followers?.value).toBe(1500);
    expect(back?.saved?.notes).toBe('agent: maria@agency.example');
  });

  it('refuses to restore what cannot be read, with the reason, and changes nothing', async () => {
    const h = harness();
    const id = `${KEY.quarantinePrefix}2026-11-01T00:00:00.000Z:profile:tiktok:zed`;
    await h.area.set({
      [id]: { key: 'profile:tiktok:zed', reason: 'snapshot: Invalid input', at: '2026-11-01', value: 'junk' },
    });
    const before = h.dump();
    const reply = await route({ kind: 'ui:restore-set-aside', id }, UI, h.deps);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^not restored: it still cannot be read/) });
    expect(h.dump()).toEqual(before);
  });

  it('discards only what it is asked to, and a download carries every value whole', async () => {
    const { h, id } = await withAnaSetAsideWhole();
    const exported = await route({ kind: 'ui:export-set-aside' }, UI, h.deps);
    const text = exported.ok ? (exported.data as { text: string }).text : '';
    expect(JSON.parse(text).setAside[0].value.saved.notes).toBe('agent: maria@agency.example');
    expect(await route({ kind: 'ui:discard-set-aside', ids: ['quarantine:nothing-here'] }, UI, h.deps)).toEqual({
      ok: true,
      data: 0,
    });
    expect(await route({ kind: 'ui:discard-set-aside', ids: [id] }, UI, h.deps)).toEqual({ ok: true, data: 1 });
    expect((await status(h)).setAside).toEqual([]);
    // Only set-aside keys can be named.
    const wrong = await route({ kind: 'ui:discard-set-aside', ids: [recordKey(ana)] }, UI, h.deps);
    expect(wrong.ok).toBe(false);
  });
});

describe('settings that are partly invalid', () => {
  it('keep every valid part, name the rest, and are set aside (not lost) when the user saves', async () => {
    const stored = { version: 1, overlay: { tiktok: false, youtube: 'off' }, uiLang: 'fr' };
    const read = readAppSettings(stored);
    expect(read.settings.overlay.tiktok).toBe(false);
    expect(read.settings.overlay.youtube).toBe(true);
    expect(read.settings.uiLang).toBe('auto');
    expect(read.problems).toEqual(
      expect.arrayContaining(['overlay.youtube: expected true or false', 'uiLang: expected auto, en or es']),
    );
    expect(readAppSettings(undefined).problems).toEqual([]);
  });

  it('scoring settings keep their valid groups', () => {
    const read = readAppSettings({
      version: 1,
      overlay: {},
      uiLang: 'en',
      scoring: { version: 2, fitRange: { min: 5000, max: 80_000 }, tierBands: 'broken' },
    });
    expect(read.settings.scoring?.fitRange).toEqual({ min: 5000, max: 80_000 });
    expect(read.problems.some((p) => p.startsWith('scoring.tierBands'))).toBe(true);
  });
});

describe('data from a newer version of Creator Lens', () => {
  it('is read, never written over: every write is refused with why, and storage stays byte for byte', async () => {
    const h = harness();
    await h.store.migrate();
    await h.store.recordSnapshot(tiktokSnapshot('ana', 900), null);
    await h.store.setSaved(ana, true);
    await h.area.set({ [KEY.meta]: { schemaVersion: SCHEMA_VERSION + 1 } });
    const store = new ProfileStore(h.area);
    await store.migrate();
    expect(store.frozen).toMatch(/newer version of Creator Lens/);
    const deps = { ...h.deps, store };
    const before = h.dump();
    const save = await route({ kind: 'ui:set-saved', ref: ana, saved: false }, UI, deps);
    expect(save).toMatchObject({ ok: false, error: expect.stringMatching(/newer version/) });
    const edit = await route({ kind: 'ui:update-entry', ref: ana, notes: 'x' }, UI, deps);
    expect(edit.ok).toBe(false);
    // Reading still works: the shortlist and the profile.
    expect((await store.get(ana))?.saved).not.toBeNull();
    const status = await route({ kind: 'ui:storage-status' }, UI, deps);
    expect(status.ok && (status.data as StorageStatus).frozen).toMatch(new RegExp(`schema ${SCHEMA_VERSION + 1}`));
    expect(h.dump()).toEqual(before);
  });
});
