import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PLATFORMS } from '../../../../src/core/platform.ts';
import { ProfileRefSchema } from '../../../../src/core/schemas.ts';
import { shortlistRows, shortlistRowsOfColumns } from '../../../../src/messages/rows.ts';
import { IndexColumnsSchema } from '../../../../src/storage/index/index-columns.ts';
import { decodeIndexV1, encodeIndexV1 } from '../../../../src/storage/index/index-v1.ts';
import {
  buildIndex,
  decodeColumns,
  decodeIndex,
  encodeIndex,
  type IndexEntry,
  IndexEntrySchema,
  indexKeyOf,
  type ProfileIndex,
} from '../../../../src/storage/index/profile-index.ts';
import { MIGRATIONS, planMigration } from '../../../../src/storage/migrations.ts';
import {
  KEY,
  ProfileRecordSchema,
  type RecordSummary,
  RecordSummarySchema,
  SCHEMA_VERSION,
  ShortlistEntrySchema,
} from '../../../../src/storage/schema.ts';
import { ProfileStore } from '../../../../src/storage/store.ts';
import { MemoryArea } from '../../../support/memory-area.ts';
import { recordsView, snapshot } from '../../../support/storage-fixtures.ts';

const summary = (over: Partial<RecordSummary> = {}): RecordSummary => ({
  tier: 'micro',
  tierLabel: 'Micro',
  followers: 12_300,
  rate: 0.041,
  low: 0.03,
  high: 0.05,
  basis: 'followers',
  verdict: 'possible',
  score: 61,
  ...over,
});

const entry = (handle: string, over: Partial<IndexEntry> = {}): IndexEntry => ({
  ref: { platform: 'tiktok', handle },
  displayName: `Name ${handle}`,
  saved: { savedAt: '2026-03-01T10:00:00.000Z', notes: '', tags: [], lists: [] },
  summary: summary(),
  firstSeen: '2026-02-01T10:00:00.000Z',
  lastSeen: '2026-03-02T10:00:00.000Z',
  ...over,
});

const indexOf = (...entries: IndexEntry[]): ProfileIndex => ({
  entries: Object.fromEntries(entries.map((e) => [indexKeyOf(e), e])),
});

/** The stored text with one column replaced (or added), as a damaged or hand-edited store would hold it. */
function tampered(index: ProfileIndex, change: (columns: Record<string, unknown>) => void): string {
  const columns = JSON.parse(encodeIndex(index)) as Record<string, unknown>;
  change(columns);
  return JSON.stringify(columns);
}

describe('the stored index as columns (schema 3)', () => {
  const mixed = indexOf(
    entry('ana', {
      ref: { platform: 'instagram', handle: 'Ana.Ñandú' },
      saved: {
        savedAt: '2026-03-01T10:00:00.000Z',
        notes: 'línea 1\nlínea 2, "quoted"; =1+1',
        tags: ['moda', 'Barcelona'],
        lists: ['Primavera'],
      },
    }),
    entry('bo', { saved: null, displayName: null }),
    entry('cy', { summary: null }),
    entry('di', { summary: summary({ followers: null, rate: null, low: null, high: null, basis: null }) }),
    entry('ed', {
      ref: { platform: 'youtube', handle: 'ed' },
      saved: { savedAt: '2026-03-05T00:00:00.000Z', notes: '', tags: ['x'], lists: [] },
    }),
  );

  it('decodes to exactly the index it encoded, entry order included', () => {
    const back = decodeIndex(encodeIndex(mixed));
    expect(back).toEqual({ ok: true, index: mixed });
    expect(back.ok && Object.keys(back.index.entries)).toEqual(Object.keys(mixed.entries));
  });

  it('the popup lists the same rows from the columns as from the decoded index', () => {
    const columns = decodeColumns(encodeIndex(mixed));
    const index = decodeIndex(encodeIndex(mixed));
    expect(columns.ok && index.ok).toBe(true);
    const rows = columns.ok ? shortlistRowsOfColumns(columns.columns) : [];
    expect(rows).toEqual(index.ok ? shortlistRows(index.index) : null);
    expect(rows.map((r) => r.ref.handle)).toEqual(['Ana.Ñandú', 'cy', 'di', 'ed']);
  });

  it('keeps a record stored under another key than its ref gives', () => {
    const odd: ProfileIndex = {
      entries: { 'profile:tiktok:legacy-key': entry('ana'), ...indexOf(entry('bo')).entries },
    };
    expect(decodeIndex(encodeIndex(odd))).toEqual({ ok: true, index: odd });
  });

  it('round-trips any valid index (property)', () => {
    const text = (max: number) => fc.string({ maxLength: max });
    const num = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x + 0));
    const arbEntry = fc.record({
      ref: fc.record({
        platform: fc.constantFrom(...PLATFORMS),
        handle: fc.stringMatching(/^[a-zA-Z0-9_.ñé-]{1,30}$/),
      }),
      displayName: fc.option(text(300)),
      saved: fc.option(
        fc.record({
          savedAt: text(40),
          notes: text(200),
          tags: fc.array(text(60), { maxLength: 5 }),
          lists: fc.array(text(60), { maxLength: 5 }),
        }),
      ),
      summary: fc.option(
        fc.record({
          tier: fc.constantFrom('emerging', 'nano', 'micro', 'mid', 'macro', 'mega' as const),
          tierLabel: text(100),
          followers: num,
          rate: num,
          low: num,
          high: num,
          basis: fc.option(fc.constantFrom('followers', 'views' as const)),
          verdict: fc.constantFrom('strong', 'possible', 'weak', 'outside-range', 'insufficient-data' as const),
          score: fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x + 0),
        }),
      ),
      firstSeen: text(40),
      lastSeen: text(40),
    });
    fc.assert(
      fc.property(fc.array(arbEntry, { maxLength: 20 }), (entries) => {
        const index = indexOf(...(entries as IndexEntry[]));
        expect(decodeIndex(encodeIndex(index))).toEqual({ ok: true, index });
      }),
      { numRuns: 200 },
    );
  });

  it('is smaller than the schema-2 text for the same entries', () => {
    const many = indexOf(...Array.from({ length: 200 }, (_, i) => entry(`user_${i}`)));
    expect(encodeIndex(many).length).toBeLessThan(encodeIndexV1(many).length * 0.7);
  });

  const rejections: Array<[string, (c: Record<string, unknown>) => void, RegExp]> = [
    ['a handle the sites never use', (c) => (c.handle = ['ana', '<script>', 'cy', 'di', 'ed']), /^handle\.1: /],
    [
      'an unknown platform',
      (c) => (c.platform = ['instagram', 'myspace', 'tiktok', 'tiktok', 'youtube']),
      /^platform\.1/,
    ],
    ['a column one row short', (c) => (c.lastSeen = (c.lastSeen as string[]).slice(1)), /^lastSeen: 4 values for 5/],
    ['a number stored as text', (c) => (c.followers = ['1', null, null, null, 1]), /^followers\.0/],
    ['tag counts that do not add up', (c) => (c.tagCount = [2, 0, 0, 0, 2]), /^tags: tag counts/],
    ['a tag over 60 characters', (c) => ((c.tags as string[])[0] = 'x'.repeat(61)), /^tags\.0/],
    ['notes on an unsaved profile', (c) => ((c.notes as string[])[1] = 'stray'), /^savedAt\.1: notes/],
    ['half a summary', (c) => ((c.verdict as unknown[])[0] = null), /^verdict\.0: a summary without/],
    ['a summary value without a tier', (c) => ((c.score as unknown[])[2] = 5), /^score\.2: a summary value/],
    ['a key for no row', (c) => (c.keys = { 9: 'profile:x:a' }), /^keys\.9/],
    ['a key outside the profiles', (c) => (c.keys = { 0: 'settings' }), /^keys\.0/],
    ['the schema-2 shape', (c) => Object.assign(c, { version: 1 }), /^version/],
    ['two rows for one profile', (c) => (c.handle = ['Ana.Ñandú', 'bo', 'cy', 'cy', 'ed']), /two rows for one profile/],
  ];
  it.each(rejections)('rejects %s, with the reason', (_, change, reason) => {
    const decoded = decodeIndex(tampered(mixed, change));
    expect(decoded.ok).toBe(false);
    expect(decoded.ok ? '' : decoded.reason).toMatch(reason);
  });
});

/** A store as schema 2 left it: records written by the store, the index as migration 2 wrote it, meta 2. */
async function schema2Store(): Promise<Record<string, unknown>> {
  const area = new MemoryArea();
  const store = new ProfileStore(area, async (record) =>
    record.ref.handle === 'nosummary' ? undefined : summary({ followers: record.snapshot.followers?.value ?? null }),
  );
  for (const [i, handle] of ['ana', 'bo', 'cy', 'nosummary', 'Ed'].entries()) {
    await store.recordSnapshot(snapshot(handle, 100 * (i + 1)), null, new Date(Date.UTC(2026, 0, 1 + i)));
  }
  await store.setSaved({ platform: 'tiktok', handle: 'ana' }, true, new Date(Date.UTC(2026, 1, 1)));
  await store.updateEntry({ platform: 'tiktok', handle: 'ana' }, { notes: 'ñ, "x"', tags: ['a', 'b'], lists: ['L'] });
  await store.setSaved({ platform: 'tiktok', handle: 'nosummary' }, true);
  await store.setSaved({ platform: 'tiktok', handle: 'Ed' }, true);
  // The first-screen key came after schema 3, the index shards after schema 4.
  const { [KEY.head]: _laterKey, ...all } = await recordsView(area).get(null);
  const items = Object.fromEntries(Object.entries(all).filter(([key]) => !key.startsWith(KEY.indexShardPrefix)));
  return { ...items, [KEY.meta]: { schemaVersion: 2 }, [KEY.index]: encodeIndexV1(buildIndex(items)) };
}

describe('each column accepts exactly what its field schema accepts', () => {
  const c = IndexColumnsSchema.shape;
  const r = RecordSummarySchema.shape;
  const saved = ShortlistEntrySchema.shape;
  const pairs: Array<
    [string, { safeParse(v: unknown): { success: boolean } }, { safeParse(v: unknown): { success: boolean } }]
  > = [
    ['platform', c.platform, ProfileRefSchema.shape.platform],
    ['handle', c.handle, ProfileRefSchema.shape.handle],
    ['displayName', c.displayName, IndexEntrySchema.shape.displayName],
    ['firstSeen', c.firstSeen, ProfileRecordSchema.shape.firstSeen],
    ['savedAt (non-null)', c.savedAt, z.nullable(saved.savedAt)],
    ['notes', c.notes, saved.notes],
    ['tags', c.tags, saved.tags.def.element],
    ['lists', c.lists, saved.lists.def.element],
    ['tier', c.tier, z.nullable(r.tier)],
    ['tierLabel', c.tierLabel, z.nullable(r.tierLabel)],
    ['followers', c.followers, r.followers],
    ['score', c.score, z.nullable(r.score)],
    ['basis', c.basis, r.basis],
    ['verdict', c.verdict, z.nullable(r.verdict)],
    ['tagCount', c.tagCount, z.number().check(z.int(), z.minimum(0), z.maximum(50))],
  ];
  const edges: unknown[] = [
    null,
    undefined,
    0,
    -0,
    1,
    -1,
    50,
    51,
    2.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e308,
    '1',
    '',
    'a',
    'x'.repeat(40),
    'x'.repeat(41),
    'x'.repeat(60),
    'x'.repeat(61),
    'x'.repeat(100),
    'x'.repeat(101),
    'x'.repeat(300),
    'x'.repeat(301),
    'x'.repeat(10_000),
    'x'.repeat(10_001),
    'Ana.Ñandú',
    'a b',
    '../x',
    'nano',
    'mega',
    'tiktok',
    'myspace',
    'views',
    'strong',
    'outside-range',
    [],
    {},
    true,
  ];
  it.each(pairs)('%s', (_, columnSchema, fieldSchema) => {
    const same = (value: unknown) => {
      expect([value, columnSchema.safeParse([value]).success]).toEqual([value, fieldSchema.safeParse(value).success]);
    };
    for (const value of edges) same(value);
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.string({ maxLength: 70 }), fc.double()), same), { numRuns: 300 });
  });
});

describe('migration 3 (schema-2 index → columns)', () => {
  it('converts a schema-2 store with nothing lost and no record touched', async () => {
    expect(SCHEMA_VERSION).toBe(6);
    const v2 = await schema2Store();
    const before = decodeIndexV1(v2[KEY.index]);
    expect(Object.keys(before?.entries ?? {})).toHaveLength(5);
    const plan = planMigration(v2, MIGRATIONS, 3);
    expect(plan).toMatchObject({ from: 2, to: 3, remove: [] });
    expect(Object.keys(plan.set).sort()).toEqual([KEY.index, KEY.meta]);
    expect(decodeIndex(plan.set[KEY.index])).toEqual({ ok: true, index: before });

    // Carried on to today's schema by the store, it lists the same shortlist without setting anything aside.
    const area = new MemoryArea();
    await area.set(v2);
    const store = new ProfileStore(area);
    await store.migrate();
    const rows = (await store.shortlistEntries()).sort((a, b) => a.firstSeen.localeCompare(b.firstSeen));
    expect(rows.map((e) => [e.ref.handle, e.saved?.notes, e.saved?.tags, e.summary?.followers ?? null])).toEqual([
      ['ana', 'ñ, "x"', ['a', 'b'], 100],
      ['nosummary', '', [], null],
      ['Ed', '', [], 500],
    ]);
    expect(await store.quarantined()).toEqual([]);
  });

  it('rebuilds a damaged schema-2 index from the records', async () => {
    const v2 = await schema2Store();
    const plan = planMigration({ ...v2, [KEY.index]: '{"version":1,"entries":' }, MIGRATIONS, 3);
    expect(decodeIndex(plan.set[KEY.index])).toEqual({ ok: true, index: buildIndex(v2) });
  });
});
