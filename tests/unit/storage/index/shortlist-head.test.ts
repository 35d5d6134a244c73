// The stored first screen must be exactly what the popup's default view shows first, after any sequence of writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortlistRows } from '../../../../src/messages/rows.ts';
import { applyQuery, EMPTY_QUERY } from '../../../../src/popup/shortlist/query.ts';
import { type IndexEntry, indexKeyOf, type ProfileIndex } from '../../../../src/storage/index/profile-index.ts';
import { entriesOf, loadAll } from '../../../../src/storage/index/sharded-index.ts';
import {
  decodeHead,
  type EntryChange,
  encodeHead,
  HEAD_KEPT,
  HEAD_ROWS,
  shortlistHead,
  updatedHead,
} from '../../../../src/storage/index/shortlist-head.ts';
import { KEY } from '../../../../src/storage/schema.ts';
import { ProfileStore } from '../../../../src/storage/store.ts';
import { MemoryArea } from '../../../support/memory-area.ts';
import { recordsView, snapshot } from '../../../support/storage-fixtures.ts';

// Few distinct save times, so ties (kept in index order) are common.
const SAVED_AT = ['2026-03-01T10:00:00.000Z', '2026-03-02T10:00:00.000Z', '2026-03-02T10:00:00.001Z'];

const entryArb = (handle: string): fc.Arbitrary<IndexEntry> =>
  fc.record({
    ref: fc.constant({ platform: 'tiktok' as const, handle }),
    displayName: fc.constant(null),
    saved: fc.option(
      fc.constantFrom(...SAVED_AT).map((savedAt) => ({ savedAt, notes: '', tags: [], lists: [] })),
      { freq: 3 },
    ),
    summary: fc.constant(null),
    firstSeen: fc.constant('2026-02-01T10:00:00.000Z'),
    lastSeen: fc.constant('2026-03-02T10:00:00.000Z'),
  });

const indexOfSize = (minLength: number): fc.Arbitrary<ProfileIndex> =>
  fc
    .uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength, maxLength: 60 })
    .chain((handles) => fc.tuple(...handles.map(entryArb)))
    .map((entries) => ({ entries: Object.fromEntries(entries.map((e) => [indexKeyOf(e), e])) }));
const indexArb = indexOfSize(0);

const keyOf = (e: IndexEntry) => `${e.ref.platform}:${e.ref.handle}`;

describe('the shortlist head', () => {
  it("is the popup's default view cut to its first rows, and counts every saved entry", () => {
    fc.assert(
      fc.property(indexArb, (index) => {
        const head = shortlistHead(Object.values(index.entries));
        const view = applyQuery(shortlistRows(index), EMPTY_QUERY);
        expect(head.entries.map(keyOf)).toEqual(view.slice(0, HEAD_KEPT).map((row) => row.key));
        expect(head.total).toBe(view.length);
        // Stored as text and read back, it is the same head.
        expect(decodeHead(encodeHead(head))).toEqual(head);
      }),
      { numRuns: 300 },
    );
  });

  it('updated from the old head alone, is always the first rows of the full head, or asks for a full read', () => {
    let updated = 0;
    let partial = 0;
    fc.assert(
      fc.property(
        fc.oneof(indexArb, indexOfSize(58)),
        fc.array(fc.tuple(fc.nat(59), entryArb('x'), fc.boolean()), { maxLength: 4 }),
        (index, edits) => {
          const keys = Object.keys(index.entries);
          const after: ProfileIndex = { entries: { ...index.entries } };
          const changes: EntryChange[] = [];
          for (const [pick, replacement, drop] of edits) {
            const key = keys[pick % Math.max(keys.length, 1)];
            if (key === undefined || changes.some((c) => c.key === key)) continue;
            const before = after.entries[key];
            const next = drop || !before ? undefined : { ...replacement, ref: before.ref };
            if (next) after.entries[key] = next;
            else delete after.entries[key];
            changes.push({ key, before, after: next });
          }
          const head = updatedHead(shortlistHead(Object.values(index.entries)), changes);
          const full = shortlistHead(Object.values(after.entries));
          if (head === null) {
            expect(full.total).toBeGreaterThan(0);
            return;
          }
          updated += 1;
          if (head.entries.length < full.entries.length) partial += 1;
          expect(head.total).toBe(full.total);
          expect(head.entries).toEqual(full.entries.slice(0, head.entries.length));
          expect(head.entries.length).toBeGreaterThanOrEqual(Math.min(HEAD_ROWS, full.total));
        },
      ),
      { numRuns: 500 },
    );
    // Both paths ran: heads kept from the old one, and some shorter than a full read's.
    expect(updated).toBeGreaterThan(100);
    expect(partial).toBeGreaterThan(0);
  });

  it('is rejected, never thrown on, when the stored value is damaged', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => decodeHead(value)).not.toThrow();
      }),
    );
    const good = JSON.parse(encodeHead(shortlistHead([]))) as { total: number; rows: unknown };
    expect(decodeHead(JSON.stringify(good))).toEqual({ total: 0, entries: [] });
    expect(decodeHead(undefined)).toBeNull();
    expect(decodeHead(good)).toBeNull(); // an object, as schema 5 stored it: derived data, rebuilt by the next write
    expect(decodeHead(JSON.stringify({ ...good, total: -1 }))).toBeNull();
    expect(decodeHead(JSON.stringify({ ...good, total: 1.5 }))).toBeNull();
    expect(decodeHead(JSON.stringify({ ...good, rows: { version: 2 } }))).toBeNull();
    expect(decodeHead('{"total":3,')).toBeNull();
  });

  it('is written with the index by every store write that changes it, and matches it after any sequence of them', async () => {
    const handles = ['ana', 'bo', 'cy', 'di', 'ed'];
    const op = fc.oneof(
      fc.record({ kind: fc.constant('read' as const), who: fc.nat(4), followers: fc.integer({ min: 1, max: 1e6 }) }),
      fc.record({ kind: fc.constant('save' as const), who: fc.nat(4), on: fc.boolean(), day: fc.nat(3) }),
      fc.record({ kind: fc.constant('notes' as const), who: fc.nat(4) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
        const area = new MemoryArea();
        const store = new ProfileStore(area);
        for (const o of ops) {
          const ref = { platform: 'tiktok' as const, handle: handles[o.who] ?? 'ana' };
          if (o.kind === 'read') await store.recordSnapshot(snapshot(ref.handle, o.followers), null);
          else if (o.kind === 'save') await store.setSaved(ref, o.on, new Date(Date.UTC(2026, 2, 1 + o.day)));
          else await store.updateEntry(ref, { notes: 'n' });
          const stored = await area.get([KEY.index, KEY.head]);
          if (stored[KEY.index] === undefined) {
            expect(stored[KEY.head]).toBeUndefined();
            continue;
          }
          expect(decodeHead(stored[KEY.head])).toEqual(shortlistHead(entriesOf(await loadAll(recordsView(area)))));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('is not written again by a write that leaves it as it was (a visit to a profile off the shortlist)', async () => {
    const area = new MemoryArea();
    const written: string[][] = [];
    const store = new ProfileStore({
      get: (keys) => area.get(keys),
      remove: (keys) => area.remove(keys),
      set: (items) => {
        written.push(Object.keys(items));
        return area.set(items);
      },
    });
    await store.recordSnapshot(snapshot('ana', 1000), null);
    await store.setSaved({ platform: 'tiktok', handle: 'ana' }, true);
    const head = (await area.get(KEY.head))[KEY.head];
    written.length = 0;
    await store.recordSnapshot(snapshot('bo', 2000), null);
    await store.recordSnapshot(snapshot('bo', 2100), null);
    expect(written.flat()).not.toContain(KEY.head);
    expect(written.flat()).toContain(KEY.index);
    expect((await area.get(KEY.head))[KEY.head]).toBe(head);
    // A visit to a saved profile changes its row: the head follows.
    await store.recordSnapshot(snapshot('ana', 1500), null);
    expect(written.flat()).toContain(KEY.head);
    expect(decodeHead((await area.get(KEY.head))[KEY.head])?.entries.map(keyOf)).toEqual(['tiktok:ana']);
  });
});
