// The stored first screen must be exactly what the popup's default view shows first, after any sequence of writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortlistRows } from '../../src/messages/rows.ts';
import { applyQuery, EMPTY_QUERY } from '../../src/popup/shortlist/query.ts';
import { decodeIndex, type IndexEntry, indexKeyOf, type ProfileIndex } from '../../src/storage/profile-index.ts';
import { KEY } from '../../src/storage/schema.ts';
import { decodeHead, HEAD_ROWS, ShortlistHeadSchema, shortlistHead } from '../../src/storage/shortlist-head.ts';
import { ProfileStore } from '../../src/storage/store.ts';
import { MemoryArea } from './memory-area.ts';
import { snapshot } from './storage-fixtures.ts';

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

const indexArb: fc.Arbitrary<ProfileIndex> = fc
  .uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 60 })
  .chain((handles) => fc.tuple(...handles.map(entryArb)))
  .map((entries) => ({ entries: Object.fromEntries(entries.map((e) => [indexKeyOf(e), e])) }));

const keyOf = (e: IndexEntry) => `${e.ref.platform}:${e.ref.handle}`;

describe('the shortlist head', () => {
  it("is the popup's default view cut to its first rows, and counts every saved entry", () => {
    fc.assert(
      fc.property(indexArb, (index) => {
        const head = shortlistHead(index);
        const view = applyQuery(shortlistRows(index), EMPTY_QUERY);
        expect(head.entries.map(keyOf)).toEqual(view.slice(0, HEAD_ROWS).map((row) => row.key));
        expect(head.total).toBe(view.length);
        expect(ShortlistHeadSchema.safeParse(head).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is rejected, never thrown on, when the stored value is damaged', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => decodeHead(value)).not.toThrow();
      }),
    );
    expect(decodeHead(undefined)).toBeNull();
    expect(decodeHead({ total: -1, entries: [] })).toBeNull();
    expect(decodeHead({ total: 1.5, entries: [] })).toBeNull();
    expect(decodeHead({ total: 3, entries: [{ ref: { platform: 'tiktok', handle: 'a' } }] })).toBeNull();
  });

  it('is written with the index by every store write, and matches it after any sequence of them', async () => {
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
          const index = decodeIndex(stored[KEY.index]);
          if (!index.ok) {
            expect(stored[KEY.head]).toBeUndefined();
            continue;
          }
          expect(decodeHead(stored[KEY.head])).toEqual(shortlistHead(index.index));
        }
      }),
      { numRuns: 40 },
    );
  });
});
