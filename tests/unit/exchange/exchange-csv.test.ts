import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { scoreProfile } from '../../../src/core/scoring/index.ts';
import { isFormulaLike, neutraliseCell, restoreCell } from '../../../src/exchange/cell-safety.ts';
import { COLUMNS, columnOfHeader, headerKey, headersFor } from '../../../src/exchange/columns.ts';
import { BOM, percentCell, shortlistToCsv } from '../../../src/exchange/csv-export.ts';
import { parseImport } from '../../../src/exchange/import.ts';
import { joinListCell, splitListCell } from '../../../src/exchange/list-cell.ts';
import { mergeImport } from '../../../src/exchange/merge.ts';
import { ProfileRecordSchema } from '../../../src/storage/schema.ts';
import { csvView, exact, savedRecord } from '../../support/exchange-fixtures.ts';

const NOW = new Date('2026-02-01T00:00:00.000Z');

/** export → import → merge into an empty store. */
function roundTrip(records: ReturnType<typeof savedRecord>[], lang: 'en' | 'es' = 'en') {
  const csv = shortlistToCsv(
    records.map((record) => ({ record, insight: null })),
    { lang },
  );
  const parsed = parseImport(csv, 'shortlist.csv', NOW);
  const plan = mergeImport([], parsed);
  return { csv, parsed, plan };
}

const cellsOf = (csv: string, delimiter = ',') =>
  Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', delimiter, skipEmptyLines: true }).data;

describe('cell safety (formula injection)', () => {
  it('neutralises after every , ; and tab, and restoreCell undoes it exactly', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(',', ';', '\t', "'", ' ', '=', '+', '-', '@', '\r', 'a') }),
        (text) => {
          const safe = neutraliseCell(text);
          expect(restoreCell(safe)).toBe(text);
          for (const delimiter of [',', ';', '\t']) expect(safe.split(delimiter).filter(isFormulaLike)).toEqual([]);
        },
      ),
    );
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-5 followers?', "'-5 followers?"],
    ['+34 600', "'+34 600"],
    ['@mention', "'@mention"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    [' =x', "' =x"],
    ["'=x", "''=x"],
    ["'90s vibes", "'90s vibes"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j is written as %j and read back exactly', (text, cell) => {
    expect(neutraliseCell(text)).toBe(cell);
    expect(restoreCell(cell)).toBe(text);
  });
});

describe('list cells (tags, lists)', () => {
  it('escapes ";" and "\\" inside a label so labels with semicolons survive', () => {
    const labels = ['summer; 2026', 'a\\b', 'plain', 'x\\;y'];
    const cell = joinListCell(labels);
    expect(cell).toBe('summer\\; 2026; a\\\\b; plain; x\\\\\\;y');
    expect(splitListCell(cell)).toEqual(labels);
  });

  it('reads hand-typed cells: "a;b", "a ; b", empty parts dropped', () => {
    expect(splitListCell('a;b')).toEqual(['a', 'b']);
    expect(splitListCell(' a ; b ;; ')).toEqual(['a', 'b']);
    expect(splitListCell('')).toEqual([]);
  });
});

describe('headers', () => {
  it('every column has a distinct header in each language, and both languages map back to it', () => {
    for (const lang of ['en', 'es'] as const) {
      const keys = headersFor(lang).map(headerKey);
      expect(new Set(keys).size).toBe(COLUMNS.length);
    }
    for (const column of COLUMNS) {
      expect(columnOfHeader(column.en)).toBe(column.id);
      expect(columnOfHeader(column.es)).toBe(column.id);
      expect(columnOfHeader(` ${column.es.toUpperCase()} `)).toBe(column.id);
    }
  });

  it('accepts headers without accents or punctuation ("Seguidores (min)")', () => {
    expect(columnOfHeader('Seguidores (min)')).toBe('followersMin');
    expect(columnOfHeader('seguidores min')).toBe('followersMin');
    expect(columnOfHeader('Notas')).toBe('notes');
    expect(columnOfHeader('Something else')).toBeNull();
  });
});

describe('shortlistToCsv: Excel / Sheets safety', () => {
  const hostile = savedRecord('tiktok', '-minus', {
    snapshot: { displayName: '=HYPERLINK("http://evil","x")', url: 'javascript:alert(1)' },
    saved: { notes: '@SUM(1)\n=cmd|"/c calc"!A1', tags: ['+tag', '=x'], lists: ['-list'] },
  });

  it('starts with a BOM, ends lines with CRLF, and no cell starts with = + - @ tab or CR', () => {
    const csv = shortlistToCsv([{ record: hostile, insight: null }], { lang: 'en' });
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.startsWith(`${BOM}"Platform","Handle","Profile URL",`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // Outside quoted cells every line break is CRLF (the check above), and the header is the first line.
    expect(csv.split('\r\n')[0]).toBe(
      `${BOM}${headersFor('en')
        .map((h) => `"${h}"`)
        .join(',')}`,
    );
    const cells = cellsOf(csv).flat();
    expect(cells.length).toBe(2 * COLUMNS.length);
    expect(cells.filter(isFormulaLike)).toEqual([]);
  });

  it('quotes every cell, so a ; or tab inside a name never starts a cell in Excel with another delimiter', () => {
    const named = savedRecord('x', 'semi', { snapshot: { displayName: "x;=cmd|' /C calc'!A0;" } });
    for (const lang of ['en', 'es'] as const) {
      const line = shortlistToCsv([{ record: named, insight: null }], { lang }).split('\r\n')[1] ?? '';
      expect(line.startsWith('"') && line.endsWith('"')).toBe(true);
      expect(line).toContain(`"x;'=cmd|' /C calc'!A0;"`);
      for (const delimiter of [',', ';', '\t']) {
        const cells = line.replaceAll('"', '').split(delimiter);
        expect(cells.filter(isFormulaLike)).toEqual([]);
      }
    }
  });

  it('links to the canonical https profile URL, never the stored page URL', () => {
    const [, row] = cellsOf(shortlistToCsv([{ record: hostile, insight: null }], { lang: 'en' }));
    expect(row?.[2]).toBe('https://www.tiktok.com/@-minus');
    expect(row?.join('')).not.toContain('javascript:');
  });

  it('writes only saved profiles, and a header even when there are none', () => {
    const unsaved = savedRecord('x', 'nobody', { saved: null });
    const csv = shortlistToCsv([{ record: unsaved, insight: null }], { lang: 'es' });
    expect(cellsOf(csv, ';')).toEqual([headersFor('es')]);
  });

  it('Spanish: ";" delimiter and decimal comma by default; "," on request', () => {
    const record = savedRecord('instagram', 'pluto__travel');
    const insight = scoreProfile(record.snapshot, { lang: 'es' });
    const withRate = {
      ...insight,
      engagement: { rate: 0.0413, low: 0.0356, high: 0.0461, basis: 'followers' as const, method: 'm', sample: 12 },
    };
    const es = shortlistToCsv([{ record, insight: withRate }], { lang: 'es' });
    const [header = [], row = []] = Papa.parse<string[]>(es.slice(1), { delimiter: ';', newline: '\r\n' }).data;
    const cell = (id: string) => row[COLUMNS.findIndex((c) => c.id === id)];
    expect(header[0]).toBe('Plataforma');
    expect(cell('engagementLow')).toBe('3,56');
    expect(cell('engagementHigh')).toBe('4,61');
    expect(cell('engagementBasis')).toBe('seguidores');
    expect(cell('tier')).toBe('Micro');
    const en = shortlistToCsv([{ record, insight: withRate }], { lang: 'es', delimiter: ',' });
    expect(en.split('\r\n')[0]).toContain('"Plataforma","Usuario",');
  });
});

describe('percent cells', () => {
  it('keep two decimals, and four significant digits under 1%, so a small rate is not written as 0', () => {
    expect(percentCell(0.000043, 'en')).toBe('0.0043'); // a YouTube-sized rate: two decimals wrote "0"
    expect(percentCell(0.000043, 'es')).toBe('0,0043');
    expect(percentCell(0.0356, 'en')).toBe('3.56');
    expect(percentCell(0.04129999, 'en')).toBe('4.13');
    expect(percentCell(1.2346, 'en')).toBe('123.46');
    expect(percentCell(1.914712, 'es')).toBe('191,47');
    expect(percentCell(0.00512345, 'en')).toBe('0.5123');
    expect(percentCell(-0.0123, 'es')).toBe('-1,23');
    expect(percentCell(0, 'en')).toBe('0');
    expect(percentCell(1e-9, 'en')).toBe('0');
    expect(percentCell(null, 'en')).toBe('');
    expect(percentCell(Number.NaN, 'en')).toBe('');
  });

  it('any finite rate: a plain decimal (no exponent), within 0.005 points, and within 0.05% relative under 1%', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), (rate) => {
        const cell = percentCell(rate, 'en');
        expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
        const back = Number(cell) / 100;
        const percent = Math.abs(rate * 100);
        if (percent >= 1) expect(Math.abs(back - rate) * 100).toBeLessThanOrEqual(0.005 + 1e-9);
        else if (percent >= 1e-6) expect(Math.abs(back - rate)).toBeLessThanOrEqual(Math.abs(rate) * 5e-4);
        else expect(back).toBe(0);
      }),
    );
  });
});

describe('CSV round trip (export → import → merge into an empty store)', () => {
  const tricky = [
    savedRecord('tiktok', 'illojuan', {
      snapshot: {
        displayName: 'IlloJuan, "el de Málaga" 🎮',
        followers: exact(783_427),
        following: exact(0),
        posts: exact(19),
        totalLikes: exact(3_922_256),
      },
      saved: {
        notes: '=SUM(A1)\n-5 followers?\r\n@mention, "quoted"; semi\n\nمرحبا — שלום',
        tags: ['gaming', 'málaga; spain', '@es'],
        lists: ['Campaña 1', '-Q3'],
      },
    }),
    savedRecord('youtube', 'Vsauce', {
      snapshot: {
        displayName: 'Vsauce',
        lang: 'en-GB',
        // "24.6m subscribers": YouTube truncates, so [24.6M, 24.7M).
        followers: { value: 24_600_000, min: 24_600_000, max: 24_699_999 },
        following: null,
        posts: exact(636),
        totalLikes: null,
      },
    }),
    savedRecord('x', '-dash_', { snapshot: { followers: { value: 1200, min: 1150, max: 1250 }, posts: exact(0) } }),
    savedRecord('facebook', '100064061366185', { saved: { notes: '+1 for this page' } }),
    savedRecord('instagram', 'pluto__travel', { snapshot: { lang: '' }, saved: { notes: "'=x already quoted" } }),
  ];

  for (const lang of ['en', 'es'] as const) {
    it(`gives back every carried field (${lang})`, () => {
      const { parsed, plan } = roundTrip(tricky, lang);
      expect(parsed.ok && parsed.rejected).toEqual([]);
      expect(plan.report.added).toBe(tricky.length);
      expect(plan.records.map(csvView)).toEqual(tricky.map(csvView));
      for (const record of plan.records) expect(ProfileRecordSchema.safeParse(record).success).toBe(true);
    });
  }

  it('imports the rounded interval, not just the value (min/max columns)', () => {
    const { plan } = roundTrip(tricky);
    const vsauce = plan.records.find((r) => r.ref.handle === 'Vsauce');
    expect(vsauce?.snapshot.followers).toEqual({ value: 24_600_000, min: 24_600_000, max: 24_699_999 });
    expect(vsauce?.snapshot.sources.followers).toBe('imported CSV');
    expect(vsauce?.snapshot.missing?.totalLikes).toBeTruthy();
    expect(vsauce?.snapshot.url).toBe('https://www.youtube.com/@Vsauce');
  });

  it('re-importing your own export into the same store changes nothing', () => {
    const { parsed } = roundTrip(tricky);
    const plan = mergeImport(tricky, parsed);
    expect(plan.records).toEqual([]);
    expect(plan.report).toMatchObject({ added: 0, updated: 0, unchanged: tricky.length, rejected: [] });
  });
});

describe('CSV import: per-row reasons', () => {
  const header = 'Platform,Handle,Followers,Followers (min),Followers (max),Saved at,Last seen,Tags';
  const file = [
    header,
    'tiktok,ana,1200,1150,1250,2026-01-02T00:00:00Z,2026-01-03,a;b',
    'myspace,tom,,,,,,',
    'tiktok,ana b,,,,,,',
    'tiktok,bo,abc,,,,,',
    'tiktok,cy,1300,1350,1400,,,',
    'tiktok,di,,,,02/01/2026,,',
    'Twitter,@Kikobeats,"1,234",,,,,',
    'instagram,,,,,,,',
  ].join('\n');

  it('accepts the good rows and says why each bad row was refused', () => {
    const parsed = parseImport(file, 'list.csv', NOW);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.records.map((r) => `${r.row}:${r.record.ref.platform}:${r.record.ref.handle}`)).toEqual([
      '2:tiktok:ana',
    ]);
    expect(parsed.rejected.map((r) => r.reason)).toEqual([
      "row 3: platform 'myspace' is not one of instagram, tiktok, youtube, x, facebook",
      "row 4: handle 'ana b' is not a handle (1–100 letters, digits, _ . -)",
      "row 5: followers 'abc' is not a number (write digits only, like 48213)",
      'row 6: followers 1300 is not between its min 1350 and max 1400',
      "row 7: saved at '02/01/2026' is not a date (write 2026-01-31 or 2026-01-31T10:00:00Z)",
      "row 8: followers '1,234' is not a number (write digits only, like 48213)",
      'row 9: handle is empty',
    ]);
    const ana = parsed.records[0]?.record;
    expect(ana?.saved).toEqual({ savedAt: '2026-01-02T00:00:00.000Z', notes: '', tags: ['a', 'b'], lists: [] });
    expect(ana?.lastSeen).toBe('2026-01-03T00:00:00.000Z');
    expect(ana?.snapshot.lang).toBe('und');
  });

  it('takes the profile from a profile URL when platform/handle are absent (hand-made lists)', () => {
    const parsed = parseImport(
      'Profile URL,Notes\nhttps://www.tiktok.com/@illojuan,good\nhttps://example.com/x,bad\n',
      'l.csv',
      NOW,
    );
    expect(parsed.ok && parsed.records.map((r) => r.record.ref)).toEqual([{ platform: 'tiktok', handle: 'illojuan' }]);
    expect(parsed.ok && parsed.rejected[0]?.reason).toMatch(/^row 3: 'https:\/\/example.com\/x' is not a profile URL/);
    // Undated rows are saved now and never count as a newer reading.
    expect(parsed.ok && parsed.records[0]).toMatchObject({
      dated: false,
      record: { saved: { savedAt: NOW.toISOString() } },
    });
  });

  it('reads a Spanish ";" export and a tab-separated file', () => {
    const es = 'Plataforma;Usuario;Notas\r\ntiktok;ana;"hola; adiós"\r\n';
    const tsv = 'platform\thandle\tnotes\ntiktok\tana\thola, adiós\n';
    for (const [text, notes] of [
      [es, 'hola; adiós'],
      [tsv, 'hola, adiós'],
    ] as const) {
      const parsed = parseImport(text, 'x.csv', NOW);
      expect(parsed.ok && parsed.records[0]?.record.saved?.notes).toBe(notes);
    }
  });

  it('warns about columns it does not know', () => {
    const parsed = parseImport('Platform,Handle,Budget\ntiktok,ana,500\n', 'x.csv', NOW);
    expect(parsed.ok && parsed.warnings).toEqual(["ignored columns: 'Budget'"]);
  });
});
