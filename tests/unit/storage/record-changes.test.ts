// The record transitions the store writes (storage/record-changes.ts), pure: each one on a record in and out of the
// shortlist, without storage.
import { describe, expect, it } from 'vitest';
import * as change from '../../../src/storage/record-changes.ts';
import type { ProfileRecord, ShortlistEntry } from '../../../src/storage/schema.ts';
import { snapshot } from '../../support/storage-fixtures.ts';

const DAY1 = new Date('2026-01-01T00:00:00Z');
const DAY2 = new Date('2026-01-02T00:00:00Z');
const ENTRY: ShortlistEntry = { savedAt: '2025-12-01T00:00:00.000Z', notes: 'n', tags: ['t'], lists: ['Spring'] };

const seen = (): ProfileRecord => change.withFreshSnapshot(null, snapshot('ana', 100), null, DAY1);
const onList = (): ProfileRecord => ({ ...seen(), saved: ENTRY });

describe('record changes', () => {
  it('a visit appends to the history and keeps the shortlist entry and what an unsave kept aside', () => {
    const before = change.withUnsaved(onList(), DAY1);
    const after = change.withFreshSnapshot(before, snapshot('ana', 120), 0.05, DAY2);
    expect(after.history.map((p) => p.followers?.value)).toEqual([100, 120]);
    expect(after.history[1]?.engagementRate).toBe(0.05);
    expect(after.firstSeen).toBe(DAY1.toISOString());
    expect(after.removed).toEqual({ entry: ENTRY, at: DAY1.toISOString() });
  });

  it('unsave keeps the entry aside; save puts that entry back, else starts an empty one', () => {
    const off = change.withUnsaved(onList(), DAY2);
    expect(off.saved).toBeNull();
    expect(change.withSaved(off, DAY2)).toEqual({ ...seen(), saved: ENTRY });
    expect(change.withSaved(seen(), DAY2).saved).toEqual({
      savedAt: DAY2.toISOString(),
      notes: '',
      tags: [],
      lists: [],
    });
    expect(change.withSaved(onList(), DAY2)).toEqual(onList());
  });

  it('withEntry puts exactly the given entry back and drops what was kept aside', () => {
    const other = { ...ENTRY, notes: 'undo' };
    const back = change.withEntry(change.withUnsaved(onList(), DAY2), other);
    expect(back.saved).toEqual(other);
    expect('removed' in back).toBe(false);
  });

  it('an entry edit changes only the named fields, and never a record off the shortlist', () => {
    expect(change.withEntryEdited(onList(), { notes: 'x' }).saved).toEqual({ ...ENTRY, notes: 'x' });
    const off = change.withUnsaved(onList(), DAY2);
    expect(change.withEntryEdited(off, { notes: 'x' })).toBe(off);
  });

  it('list edits compare names as the user sees them, and skip a record off the shortlist', () => {
    expect(change.withListsEdited(onList(), { add: 'spring' })?.saved?.lists).toEqual(['Spring']);
    expect(change.withListsEdited(onList(), { add: 'Autumn' })?.saved?.lists).toEqual(['Spring', 'Autumn']);
    expect(change.withListsEdited(onList(), { remove: 'SPRING' })?.saved?.lists).toEqual([]);
    expect(change.withListsEdited(onList(), { set: ['A', 'B'], remove: 'a' })?.saved?.lists).toEqual(['B']);
    expect(change.withListsEdited(seen(), { add: 'Autumn' })).toBeNull();
  });
});
