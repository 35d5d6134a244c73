// Issue 20, item 1: an unsave (card, popup, shortcut, bulk) keeps the entry's notes, tags and lists recoverable.
import { describe, expect, it } from 'vitest';
import { mergeRecord } from '../../../src/exchange/merge-record.ts';
import { ProfileRecordSchema } from '../../../src/storage/schema.ts';
import { ProfileStore, recordKey } from '../../../src/storage/store.ts';
import { MemoryArea } from '../../support/memory-area.ts';
import { recordsView, snapshot } from '../../support/storage-fixtures.ts';

const ana = { platform: 'tiktok', handle: 'ana' } as const;
const NOTES = { notes: 'met at the fair; rate 300 €', tags: ['food', 'vegan'], lists: ['Spring 2027'] };

async function savedWithNotes() {
  const area = new MemoryArea();
  const store = new ProfileStore(area);
  await store.migrate();
  await store.recordSnapshot(snapshot('ana', 4000), null, new Date('2026-01-01T00:00:00Z'));
  await store.setSaved(ana, true, new Date('2026-01-02T00:00:00Z'));
  await store.updateEntry(ana, NOTES);
  return { area, store };
}

describe('unsave keeps the entry recoverable', () => {
  it('an unsave takes the profile off the shortlist but keeps its notes, tags and lists aside', async () => {
    const { area, store } = await savedWithNotes();
    const after = await store.setSaved(ana, false, new Date('2026-01-03T00:00:00Z'));
    expect(after?.saved).toBeNull();
    expect(await store.saved()).toEqual([]);
    expect((await store.shortlistEntries()).map((e) => e.ref)).toEqual([]);
    const stored = (await recordsView(area).get(recordKey(ana)))[recordKey(ana)] as { removed?: unknown };
    expect(stored.removed).toEqual({
      entry: { savedAt: '2026-01-02T00:00:00.000Z', ...NOTES },
      at: '2026-01-03T00:00:00.000Z',
    });
  });

  it('saving again (undo in the card, the popup or the shortcut) restores the entry exactly', async () => {
    const { store } = await savedWithNotes();
    await store.setSaved(ana, false);
    const back = await store.setSaved(ana, true, new Date('2026-02-01T00:00:00Z'));
    expect(back?.saved).toEqual({ savedAt: '2026-01-02T00:00:00.000Z', ...NOTES });
    expect(back?.removed).toBeUndefined();
    expect((await store.get(ana))?.removed).toBeUndefined();
  });

  it('the removed entry survives later visits of the profile (a fresh snapshot keeps it)', async () => {
    const { store } = await savedWithNotes();
    await store.setSaved(ana, false);
    await store.recordSnapshot(snapshot('ana', 4100), null, new Date('2026-01-05T00:00:00Z'));
    expect((await store.get(ana))?.removed?.entry.notes).toBe(NOTES.notes);
    expect((await store.setSaved(ana, true))?.saved?.tags).toEqual(NOTES.tags);
  });

  it('a bulk remove keeps entries aside too; restoreSaved puts them back and clears what was kept', async () => {
    const { store } = await savedWithNotes();
    const removed = await store.unsaveMany([ana], new Date('2026-01-04T00:00:00Z'));
    expect((await store.get(ana))?.removed?.entry.lists).toEqual(NOTES.lists);
    expect(await store.restoreSaved(removed)).toBe(1);
    const back = await store.get(ana);
    expect(back?.saved?.notes).toBe(NOTES.notes);
    expect(back?.removed).toBeUndefined();
  });

  it('an unsave of a profile not on the shortlist keeps what an earlier unsave set aside', async () => {
    const { store } = await savedWithNotes();
    await store.setSaved(ana, false, new Date('2026-01-03T00:00:00Z'));
    await store.setSaved(ana, false, new Date('2026-01-09T00:00:00Z'));
    expect((await store.get(ana))?.removed?.at).toBe('2026-01-03T00:00:00.000Z');
  });

  it('a first save of a profile never saved starts an empty entry', async () => {
    const store = new ProfileStore(new MemoryArea());
    await store.recordSnapshot(snapshot('bo', 10), null);
    const saved = await store.setSaved({ platform: 'tiktok', handle: 'bo' }, true, new Date('2026-03-01T00:00:00Z'));
    expect(saved?.saved).toEqual({ savedAt: '2026-03-01T00:00:00.000Z', notes: '', tags: [], lists: [] });
  });

  it('a record without the optional field (every record stored before it) still validates: no migration', async () => {
    const { store } = await savedWithNotes();
    const record = await store.get(ana);
    const { removed: _, ...old } = record as NonNullable<typeof record>;
    expect(ProfileRecordSchema.safeParse(old).success).toBe(true);
    expect(ProfileRecordSchema.safeParse({ ...old, removed: { entry: 'x', at: 1 } }).success).toBe(false);
  });

  it('an import that leaves the profile off the shortlist keeps what the unsave set aside', async () => {
    const { store } = await savedWithNotes();
    const base = (await store.setSaved(ana, false)) as NonNullable<Awaited<ReturnType<typeof store.get>>>;
    const { removed: _, ...incoming } = base;
    const merged = mergeRecord(base, { row: 1, record: incoming, partial: false, dated: true });
    expect(merged.removed?.entry.notes).toBe(NOTES.notes);
    const resaved = mergeRecord(base, {
      row: 1,
      record: { ...incoming, saved: { ...NOTES, savedAt: base.firstSeen } },
      partial: false,
      dated: true,
    });
    expect(resaved.removed).toBeUndefined();
  });

  it('a profile holding a kept entry is never pruned as unsaved, however many profiles are read after it', async () => {
    const area = new MemoryArea();
    const store = new ProfileStore(area, async () => undefined, 5);
    await store.migrate();
    await store.recordSnapshot(snapshot('ana', 4000), null, new Date('2026-01-01T00:00:00Z'));
    await store.setSaved(ana, true);
    await store.updateEntry(ana, NOTES);
    await store.setSaved(ana, false);
    await store.recordSnapshot(snapshot('bo', 10), null, new Date('2026-01-01T00:01:00Z')); // read, never saved
    for (let i = 0; i < 12; i++) {
      await store.recordSnapshot(snapshot(`p${i}`, 100), null, new Date(Date.UTC(2026, 0, 2, 0, i)));
    }
    // Pruning ran (bo, seen before the 12, is gone) and left ana with what the unsave kept.
    expect(await store.get({ platform: 'tiktok', handle: 'bo' })).toBeNull();
    expect((await store.get(ana))?.removed?.entry).toMatchObject(NOTES);
    // Also after the index is rebuilt from the records (a damaged manifest), and across the rebuild's pruning.
    await area.set({ index: '{"damaged' });
    const fresh = new ProfileStore(area, async () => undefined, 5);
    for (let i = 12; i < 20; i++) {
      await fresh.recordSnapshot(snapshot(`p${i}`, 100), null, new Date(Date.UTC(2026, 0, 3, 0, i)));
    }
    expect(await fresh.get({ platform: 'tiktok', handle: 'p12' })).toBeNull();
    expect((await fresh.get(ana))?.removed?.entry).toMatchObject(NOTES);
    expect((await fresh.setSaved(ana, true))?.saved).toMatchObject(NOTES);
  });
});
