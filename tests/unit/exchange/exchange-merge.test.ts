import { describe, expect, it } from 'vitest';
import type { ImportedRecord, ImportParse } from '../../../src/exchange/format.ts';
import { mergeImport } from '../../../src/exchange/merge.ts';
import { uniteHistory, uniteLabels, uniteNotes } from '../../../src/exchange/unite.ts';
import { HISTORY_LIMIT, type ProfileRecord, ProfileRecordSchema } from '../../../src/storage/schema.ts';
import { exact, savedRecord } from '../../support/exchange-fixtures.ts';

const EARLY = '2026-01-05T09:00:00.000Z';
const LATE = '2026-01-20T09:00:00.000Z';

const file = (records: ProfileRecord[], partial = false, dated = true): ImportParse => ({
  ok: true,
  format: partial ? 'csv' : 'json',
  records: records.map((record, i): ImportedRecord => ({ row: i + 1, record, partial, dated })),
  rejected: [],
  warnings: [],
});

const ana = (seen: string, followers: number, saved: Partial<NonNullable<ProfileRecord['saved']>> = {}) =>
  savedRecord('tiktok', 'Ana', {
    seen,
    snapshot: { followers: exact(followers), displayName: `Ana ${followers}` },
    history: [{ at: seen, followers: exact(followers), posts: null, engagementRate: null }],
    saved,
  });

describe('mergeImport rules', () => {
  it('newer wins the snapshot; ours is kept when the import is older; ties keep ours', () => {
    const ours = ana(EARLY, 100);
    const newer = mergeImport([ours], file([ana(LATE, 200)]));
    expect(newer.records[0]?.snapshot.followers?.value).toBe(200);
    expect(newer.records[0]?.lastSeen).toBe(LATE);
    expect(newer.report.changes[0]).toMatchObject({ action: 'updated' });
    expect(newer.report.changes[0]?.fields).toEqual(expect.arrayContaining(['snapshot', 'history', 'lastSeen']));

    const older = mergeImport([ana(LATE, 200)], file([ana(EARLY, 100)]));
    expect(older.records[0]?.snapshot.followers?.value).toBe(200);
    expect(older.records[0]?.history.map((p) => p.at)).toEqual([EARLY, LATE]);
    expect(older.records[0]?.lastSeen).toBe(LATE);

    const tie = mergeImport([ana(EARLY, 100)], file([ana(EARLY, 999)]));
    expect(tie.records).toEqual([]);
    expect(tie.report.unchanged).toBe(1);
  });

  it('matches handles case-insensitively and keeps the winning snapshot’s spelling', () => {
    const upper = savedRecord('tiktok', 'ANA', { seen: LATE, snapshot: { followers: exact(300) } });
    const plan = mergeImport([ana(EARLY, 100)], file([upper]));
    expect(plan.report).toMatchObject({ added: 0, updated: 1 });
    expect(plan.records[0]?.ref.handle).toBe('ANA');
    expect(plan.records[0]?.snapshot.handle).toBe('ANA');
  });

  it('unites notes, tags and lists; keeps the earlier savedAt', () => {
    const ours = ana(EARLY, 100, { notes: 'Good fit.', tags: ['Food', 'travel'], lists: ['Q1'], savedAt: EARLY });
    const theirs = ana(EARLY, 100, {
      notes: 'Asked for rates.',
      tags: ['food', 'Spain'],
      lists: ['q1', 'Q2'],
      savedAt: LATE,
    });
    const saved = mergeImport([ours], file([theirs])).records[0]?.saved;
    expect(saved).toEqual({
      savedAt: EARLY,
      notes: 'Good fit.\n\nAsked for rates.',
      tags: ['Food', 'travel', 'Spain'],
      lists: ['Q1', 'Q2'],
    });
  });

  it('imports a saved entry onto a profile we only saw (not saved), and keeps ours when the file has none', () => {
    const seenOnly = savedRecord('x', 'kiko', { saved: null });
    const saved = savedRecord('x', 'kiko', { saved: { notes: 'n' } });
    expect(mergeImport([seenOnly], file([saved])).records[0]?.saved?.notes).toBe('n');
    expect(mergeImport([saved], file([seenOnly])).records).toEqual([]);
  });

  it('history: union by moment, sorted, bounded to the last HISTORY_LIMIT', () => {
    const day = (d: number) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString();
    const point = (d: number, f: number) => ({ at: day(d), followers: exact(f), posts: null, engagementRate: null });
    const evens = Array.from({ length: 40 }, (_, i) => point(2 * i, 1));
    const odds = Array.from({ length: 40 }, (_, i) => point(2 * i + 1, 2));
    const united = uniteHistory(evens, [...odds, point(0, 99)]);
    expect(united).toHaveLength(HISTORY_LIMIT);
    expect(united.map((p) => p.at)).toEqual(
      Array.from({ length: HISTORY_LIMIT }, (_, i) => day(80 - HISTORY_LIMIT + i)),
    );
    // Same moment written differently is one point, and ours wins.
    expect(uniteHistory([point(0, 1)], [{ ...point(0, 5), at: '2025-01-01T00:00:00Z' }])).toEqual([point(0, 1)]);
  });

  it('adds profiles we never saw and leaves identical ones unchanged', () => {
    const ours = ana(EARLY, 100);
    const newcomer = savedRecord('youtube', 'Vsauce', { seen: LATE });
    const plan = mergeImport([ours], file([ours, newcomer]));
    expect(plan.report).toMatchObject({ added: 1, updated: 0, unchanged: 1, rejected: [] });
    expect(plan.records).toEqual([newcomer]);
  });

  it('a CSV row (partial) newer than ours updates its counts and keeps our recent posts', () => {
    const ours = savedRecord('tiktok', 'ana', {
      seen: EARLY,
      snapshot: {
        recentPosts: [{ id: 'p', likes: exact(5), comments: null, views: null }],
        missing: { totalLikes: 'x' },
      },
    });
    const row = savedRecord('tiktok', 'ana', {
      seen: LATE,
      snapshot: {
        followers: exact(50_000),
        following: null,
        totalLikes: exact(7),
        sources: { followers: 'imported CSV', totalLikes: 'imported CSV' },
      },
    });
    const merged = mergeImport([ours], file([row], true)).records[0];
    expect(merged?.snapshot.followers?.value).toBe(50_000);
    expect(merged?.snapshot.following).toEqual(ours.snapshot.following);
    expect(merged?.snapshot.recentPosts).toEqual(ours.snapshot.recentPosts);
    expect(merged?.snapshot.sources.totalLikes).toBe('imported CSV');
    expect(merged?.snapshot.missing).toBeUndefined();
    expect(merged?.snapshot.readAt).toBe(LATE);
  });

  it('an undated CSV row never replaces counts, however recent its savedAt', () => {
    const ours = ana(EARLY, 100);
    const row = { ...ana(LATE, 5, { notes: 'from a hand-made list' }), history: [] };
    const plan = mergeImport([ours], file([row], true, false));
    expect(plan.report.changes[0]?.fields).toEqual(['notes']);
    expect(plan.records[0]?.snapshot).toEqual(ours.snapshot);
    expect(plan.records[0]?.lastSeen).toBe(EARLY);
  });

  it('the same profile twice in one file is merged in file order and counted once', () => {
    const plan = mergeImport([], file([ana(EARLY, 1, { tags: ['a'] }), ana(LATE, 2, { tags: ['b'] })]));
    expect(plan.report.added).toBe(1);
    expect(plan.records).toHaveLength(1);
    expect(plan.records[0]?.saved?.tags).toEqual(['a', 'b']);
    expect(plan.records[0]?.snapshot.followers?.value).toBe(2);
  });

  it('refuses a row whose notes would overflow once united, naming the row, and writes nothing for it', () => {
    const ours = ana(EARLY, 1, { notes: 'x'.repeat(6000) });
    const theirs = ana(EARLY, 1, { notes: 'y'.repeat(6000) });
    const plan = mergeImport([ours], file([theirs]));
    expect(plan.records).toEqual([]);
    expect(plan.report.rejected[0]?.reason).toMatch(/^record 1: together with the notes already saved, .*10000/);
  });

  it('a refused file gives no records and carries its error', () => {
    const plan = mergeImport([ana(EARLY, 1)], { ok: false, error: 'the file is empty' });
    expect(plan).toEqual({
      records: [],
      report: {
        added: 0,
        updated: 0,
        unchanged: 0,
        rejected: [],
        changes: [],
        warnings: [],
        error: 'the file is empty',
      },
    });
  });

  it('every record it returns passes ProfileRecordSchema', () => {
    const plan = mergeImport([ana(EARLY, 1)], file([ana(LATE, 2, { tags: ['t'] }), savedRecord('x', 'new')]));
    expect(plan.records).toHaveLength(2);
    for (const record of plan.records) expect(ProfileRecordSchema.safeParse(record).success).toBe(true);
  });
});

describe('uniteNotes / uniteLabels', () => {
  it.each([
    ['a', 'a', 'a'],
    ['a', '', 'a'],
    ['', 'b', 'b'],
    ['a', 'b', 'a\n\nb'],
    ['a\n\nb', 'a', 'a\n\nb'],
    ['a', 'a\n\nb', 'a\n\nb'],
    ['a\n', 'b\n\nb', 'a\n\nb'],
  ])('%j + %j → %j', (ours, theirs, expected) => {
    expect(uniteNotes(ours, theirs)).toBe(expected);
  });

  it('labels: case-insensitive, first spelling kept, order kept', () => {
    expect(uniteLabels(['Food', 'b'], ['FOOD', 'c', 'B', 'c'])).toEqual(['Food', 'b', 'c']);
  });
});
