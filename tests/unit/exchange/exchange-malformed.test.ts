import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { COLUMNS, type ColumnId, headersFor } from '../../../src/exchange/columns.ts';
import { shortlistToCsv } from '../../../src/exchange/csv-export.ts';
import { JSON_FORMAT, MAX_IMPORT_ROWS } from '../../../src/exchange/format.ts';
import { parseImport } from '../../../src/exchange/import.ts';
import { shortlistToJson } from '../../../src/exchange/json-exchange.ts';
import { mergeImport } from '../../../src/exchange/merge.ts';
import { decodeImportBytes } from '../../../src/exchange/text-checks.ts';
import { ProfileRecordSchema } from '../../../src/storage/schema.ts';
import { exact, savedRecord } from '../../support/exchange-fixtures.ts';

/*
 * 100+ broken import files, generated: every one must give ok:false with a reason, or a plan that refuses the
 * bad rows with reasons; never a throw, never a change to the records passed in.
 */

// Deterministic pseudo-random numbers (mulberry32), so a failure names a reproducible case.
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20260201);
const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

const point = (at: string, n: number) => ({ at, followers: exact(n), posts: exact(3), engagementRate: 0.04 });
const STORE = [
  savedRecord('tiktok', 'illojuan', {
    snapshot: {
      displayName: 'IlloJuan — Málaga',
      recentPosts: [{ id: 'v1', likes: exact(10), comments: exact(1), views: exact(100) }],
    },
    history: [point('2026-01-09T09:00:00.000Z', 780_000), point('2026-01-10T09:00:00.000Z', 783_427)],
    saved: { notes: 'Niño, acción; "comillas"\n=SUM(A1)', tags: ['gaming', 'españa'], lists: ['Q1'] },
  }),
  savedRecord('youtube', 'Vsauce', { saved: { notes: 'über', tags: ['science'], lists: ['Q2'] } }),
  savedRecord('x', 'Kikobeats', { saved: { notes: 'ok', tags: ['dev'], lists: ['Q1'] } }),
];
const JSON_OK = shortlistToJson(STORE, new Date('2026-02-01T00:00:00Z'));
const CSV_OK = shortlistToCsv(
  STORE.map((record) => ({ record, insight: null })),
  { lang: 'en' },
);
const CSV_ROWS = Papa.parse<string[]>(CSV_OK.slice(1), { delimiter: ',', newline: '\r\n', skipEmptyLines: true }).data;

type Expect = 'refused' | 'rows' | 'any';
interface Case {
  name: string;
  text: string;
  fileName: string;
  expect: Expect;
  reason?: RegExp;
}
const cases: Case[] = [];
const add = (name: string, text: string, fileName: string, expect: Expect, reason?: RegExp) =>
  cases.push({ name, text, fileName, expect, reason });

const envelope = (records: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: JSON_FORMAT, version: 1, exportedAt: '2026-02-01T00:00:00Z', records, ...extra });
/** A picked file's bytes as the popup decodes them; an undecodable file is refused there, with its reason. */
const REFUSED_AS = '\u0000refused: ';
const decode = (bytes: Uint8Array) => {
  const decoded = decodeImportBytes(bytes);
  return decoded.ok ? decoded.text : `${REFUSED_AS}${decoded.why}`;
};
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => (c.codePointAt(0) ?? 63) & 0xff));
function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const all = (bom ? [0xfeff] : []).concat(Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)));
  return Uint8Array.from(all.flatMap((u) => (littleEndian ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])));
}
const csvWith = (row: number, column: ColumnId, value: string, also: Partial<Record<ColumnId, string>> = {}) => {
  const rows = CSV_ROWS.map((cells) => [...cells]);
  const target = rows[row];
  for (const [id, text] of Object.entries({ [column]: value, ...also })) {
    if (target) target[COLUMNS.findIndex((c) => c.id === id)] = text;
  }
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}`;
};

// 1. JSON cut short at random points (15).
for (let i = 0; i < 15; i++) {
  const at = between(1, JSON_OK.length - 3);
  add(`JSON truncated at ${at}`, JSON_OK.slice(0, at), 'shortlist.json', 'refused', /not valid JSON/);
}
// 2. CSV cut short at random points (15): a cut inside the header refuses the file, later cuts lose one row.
for (let i = 0; i < 15; i++) {
  const at = between(1, CSV_OK.length - 2);
  add(`CSV truncated at ${at}`, CSV_OK.slice(0, at), 'shortlist.csv', 'any');
}
// 3. A wrong type in every field of a JSON record (the second of three).
const WRONG_TYPE_PATHS = [
  'ref',
  'ref.platform',
  'ref.handle',
  'snapshot',
  'snapshot.platform',
  'snapshot.handle',
  'snapshot.url',
  'snapshot.lang',
  'snapshot.displayName',
  'snapshot.followers',
  'snapshot.followers.value',
  'snapshot.following',
  'snapshot.posts',
  'snapshot.totalLikes',
  'snapshot.recentPosts',
  'snapshot.sources',
  'history',
  'firstSeen',
  'lastSeen',
  'saved',
  'saved.savedAt',
  'saved.notes',
  'saved.tags',
  'saved.lists',
];
const wrongTypeOf = (value: unknown): unknown =>
  typeof value === 'string' ? 42 : typeof value === 'number' ? '42' : value === null ? 7 : 'not an object';
for (const path of WRONG_TYPE_PATHS) {
  const records = JSON.parse(JSON_OK).records as Record<string, unknown>[];
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let target: Record<string, unknown> = records[1] ?? {};
  for (const key of keys) target = target[key] as Record<string, unknown>;
  target[last] = wrongTypeOf(target[last] ?? 'x');
  add(
    `JSON record with a wrong type in ${path}`,
    envelope(records),
    'shortlist.json',
    'rows',
    new RegExp(`^record 2: ${keys[0] ?? last}`),
  );
}
// Records that are not objects at all.
add('JSON records that are not objects', envelope([1, 'x', null, []]), 'x.json', 'rows', /^record \d: /);
// 4. A bad value in each kind of CSV cell (the second data row, spreadsheet row 3).
const BAD_CELLS: Array<[ColumnId, string]> = [
  ['platform', 'myspace'],
  ['handle', 'a b'],
  ['handle', 'x'.repeat(101)],
  ['followers', 'abc'],
  ['followersMin', '-1'],
  ['followersMax', '5'],
  ['following', '1e'],
  ['posts', '12.5.3'],
  ['totalLikes', 'NaN'],
  ['totalLikesMin', '1'],
  ['savedAt', 'yesterday'],
  ['lastSeen', '31/12/2025'],
  ['tags', 'x'.repeat(61)],
  ['lists', Array.from({ length: 51 }, (_, i) => `l${i}`).join('; ')],
  ['displayName', 'n'.repeat(301)],
  ['lang', 'l'.repeat(36)],
  ['notes', 'n'.repeat(10_001)],
];
for (const [column, value] of BAD_CELLS) {
  add(`CSV ${column} = ${value.slice(0, 12)}`, csvWith(2, column, value), 'shortlist.csv', 'rows', /^row 3: /);
}
add(
  'CSV row without handle or link',
  csvWith(2, 'handle', '', { url: '' }),
  'x.csv',
  'rows',
  /^row 3: handle is empty/,
);
add(
  'CSV row with a link to another site',
  csvWith(2, 'handle', '', { url: 'javascript:alert(1)' }),
  'x.csv',
  'rows',
  /^row 3: 'javascript/,
);
// 5. Huge strings.
add(
  'JSON note of 1 MB',
  envelope([{ ...STORE[0], saved: { ...STORE[0]?.saved, notes: 'n'.repeat(1_000_000) } }]),
  'x.json',
  'rows',
  /saved\.notes/,
);
add(
  'JSON handle of 10,000 characters',
  envelope([{ ...STORE[0], ref: { platform: 'x', handle: 'h'.repeat(10_000) } }]),
  'x.json',
  'rows',
  /ref\.handle/,
);
add(
  'CSV display name of 2 MB',
  csvWith(1, 'displayName', 'd'.repeat(2_000_000)),
  'x.csv',
  'rows',
  /^row 2: display name is 2000000 characters/,
);
add(
  'file over 20 MB',
  `Platform,Handle\r\ntiktok,${'a'.repeat(21 * 1024 * 1024)}`,
  'x.csv',
  'refused',
  /limit is 20 MB/,
);
add(
  'file over 20 MB in accented text',
  `Platform,Handle,Notes\r\ntiktok,a,${'é'.repeat(11 * 1024 * 1024)}`,
  'x.csv',
  'refused',
  /limit is 20 MB/,
);
// 6. Wrong encodings, decoded as UTF-8 the way the popup decodes a picked file.
add('CSV saved as Latin-1', decode(latin1(CSV_OK.slice(1))), 'x.csv', 'refused', /not valid UTF-8/);
add('JSON saved as Latin-1', decode(latin1(JSON_OK)), 'x.json', 'refused', /not valid UTF-8/);
add('CSV saved as UTF-16LE with BOM', decode(utf16(CSV_OK.slice(1), true, true)), 'x.csv', 'refused', /NUL|UTF-8/);
add('CSV saved as UTF-16BE without BOM', decode(utf16(CSV_OK.slice(1), false, false)), 'x.csv', 'refused', /NUL|UTF-8/);
add('JSON saved as UTF-16LE', decode(utf16(JSON_OK, true, false)), 'x.json', 'refused', /NUL|UTF-8/);
// 7. Binary garbage.
for (let i = 0; i < 8; i++) {
  const bytes = Uint8Array.from({ length: between(16, 4000) }, () => between(0, 255));
  add(`random bytes #${i}`, decode(bytes), i % 2 ? 'x.csv' : 'x.json', 'refused');
}
add(
  'PNG header',
  decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
  'a.csv',
  'refused',
);
add('zip header', decode(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0])), 'a.csv', 'refused');
// 8. Empty files.
for (const text of ['', '   \n\n', '\uFEFF', '\uFEFF\r\n'])
  add(`empty ${JSON.stringify(text)}`, text, 'x.csv', 'refused', /empty/);
add('empty .json', '', 'x.json', 'refused', /empty/);
// 9. Header only.
add('English header only', `\uFEFF${headersFor('en').join(',')}\r\n`, 'x.csv', 'refused', /header but no profiles/);
add('Spanish header only', `\uFEFF${headersFor('es').join(';')}\r\n\r\n`, 'x.csv', 'refused', /header but no profiles/);
add('header and blank rows', 'Platform,Handle\r\n,\r\n , \r\n', 'x.csv', 'refused', /header but no profiles/);
// 10. Missing required columns.
for (const text of [
  'Notes,Tags\nx,y',
  'Followers\n100',
  'name,email\nBob,b@example.com',
  'Platform,Notes\ntiktok,x',
  'hello',
]) {
  add(`CSV without the key columns: ${text.split('\n')[0]}`, text, 'x.csv', 'refused', /needs the columns/);
}
// 11. JSON of another format.
const OTHER_JSON: unknown[] = [
  { name: 'creator-lens', version: '0.1.0', dependencies: {} },
  { format: 'other-tool', version: 1, records: [] },
  { records: JSON.parse(JSON_OK).records },
  JSON.parse(JSON_OK).records,
  null,
  42,
  'text',
  { type: 'FeatureCollection', features: [] },
];
for (const data of OTHER_JSON)
  add(
    `other JSON ${JSON.stringify(data).slice(0, 30)}`,
    JSON.stringify(data),
    'x.json',
    'refused',
    /Creator Lens|format/,
  );
// 12. Envelope versions we cannot read.
for (const version of [2, 99, 1.5, 0, -1, '1', null]) {
  add(
    `version ${JSON.stringify(version)}`,
    envelope(JSON.parse(JSON_OK).records, { version }),
    'x.json',
    'refused',
    /version/,
  );
}
// 13. Too many rows.
add(
  'CSV over the row limit',
  `Platform,Handle\r\n${'tiktok,a\r\n'.repeat(MAX_IMPORT_ROWS + 1)}`,
  'x.csv',
  'refused',
  /more than 50000 rows/,
);
add(
  'JSON over the record limit',
  envelope(Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ({}))),
  'x.json',
  'refused',
  /limit is 50000/,
);
// 14. Broken CSV structure.
add('CSV unclosed quote mid-file', CSV_OK.replace('über', '"über'), 'x.csv', 'any');
add('CSV row with too few cells', `${CSV_OK}tiktok,ana\r\n`, 'x.csv', 'rows', /^row 5: it has 2 cells/);
add('CSV row with extra cells', `Platform,Handle\r\ntiktok,ana,extra\r\n`, 'x.csv', 'rows', /^row 2: it has 3 cells/);
// 15. Deep nesting.
add('JSON nested 100,000 deep', '['.repeat(100_000), 'x.json', 'refused', /not valid JSON/);
const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
add('JSON record nested 5,000 deep', envelope(['DEEP']).replace('"DEEP"', deep), 'x.json', 'rows', /^record 1: /);

const before = JSON.stringify(STORE);

describe('malformed import files', () => {
  it('there are at least 100 of them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const parsed = c.text.startsWith(REFUSED_AS)
      ? { ok: false as const, error: c.text.slice(REFUSED_AS.length) }
      : parseImport(c.text, c.fileName, new Date('2026-02-01T00:00:00Z'));
    const plan = mergeImport(STORE, parsed);
    expect(JSON.stringify(STORE)).toBe(before);
    for (const record of plan.records) expect(ProfileRecordSchema.safeParse(record).success).toBe(true);
    if (!parsed.ok) {
      expect(c.expect).not.toBe('rows');
      expect(parsed.error.length).toBeGreaterThan(5);
      expect(parsed.error.length).toBeLessThan(400);
      if (c.reason) expect(parsed.error).toMatch(c.reason);
      expect(plan.records).toEqual([]);
      expect(plan.report.error).toBe(parsed.error);
      return;
    }
    expect(c.expect).not.toBe('refused');
    for (const rejection of parsed.rejected) {
      expect(rejection.reason).toMatch(/^(row|record) \d+: \S/);
      expect(rejection.reason.length).toBeLessThan(400);
    }
    for (const item of parsed.records) expect(ProfileRecordSchema.safeParse(item.record).success).toBe(true);
    if (c.expect === 'rows') {
      expect(parsed.rejected.length).toBeGreaterThan(0);
      if (c.reason) expect(parsed.rejected.map((r) => r.reason).join('\n')).toMatch(c.reason);
    }
  });
});
