import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { scoreProfile } from '../../../src/core/scoring/index.ts';
import { isFormulaLike } from '../../../src/exchange/cell-safety.ts';
import { shortlistToCsv } from '../../../src/exchange/csv-export.ts';
import { parseImport } from '../../../src/exchange/import.ts';
import { shortlistToJson } from '../../../src/exchange/json-exchange.ts';
import { mergeImport } from '../../../src/exchange/merge.ts';
import { ProfileRecordSchema } from '../../../src/storage/schema.ts';
import { csvView, shortlistArb } from '../../support/exchange-fixtures.ts';

const RUNS = process.env.LONG ? 2000 : 150;
const NOW = new Date('2036-01-01T00:00:00.000Z');

describe('exchange properties (random valid shortlists)', () => {
  it('CSV: export → import → merge into an empty store gives back every carried field', () => {
    fc.assert(
      fc.property(
        shortlistArb,
        fc.constantFrom('en' as const, 'es' as const),
        fc.boolean(),
        (records, lang, scored) => {
          const rows = records.map((record) => ({ record, insight: scored ? scoreProfile(record.snapshot) : null }));
          const csv = shortlistToCsv(rows, { lang });
          const parsed = parseImport(csv, 'shortlist.csv', NOW);
          if (!parsed.ok) throw new Error(parsed.error);
          expect(parsed.rejected).toEqual([]);
          const plan = mergeImport([], parsed);
          expect(plan.records.map(csvView)).toEqual(records.map(csvView));
          for (const record of plan.records) expect(ProfileRecordSchema.safeParse(record).success).toBe(true);
          // And re-importing into the store it came from changes nothing.
          expect(mergeImport(records, parsed).records).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('CSV: no cell of any export begins with = + - @ tab or CR', () => {
    fc.assert(
      fc.property(shortlistArb, (records) => {
        const csv = shortlistToCsv(
          records.map((record) => ({ record, insight: null })),
          { lang: 'en' },
        );
        const cells = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', newline: '\r\n' }).data.flat();
        expect(cells.filter(isFormulaLike)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('JSON: export → import → merge gives the records back byte for byte', () => {
    fc.assert(
      fc.property(shortlistArb, (records) => {
        const parsed = parseImport(shortlistToJson(records, NOW), 'shortlist.json');
        if (!parsed.ok) throw new Error(parsed.error);
        expect(parsed.rejected).toEqual([]);
        const plan = mergeImport([], parsed);
        expect(plan.records.map((r) => JSON.stringify(r))).toEqual(records.map((r) => JSON.stringify(r)));
        expect(mergeImport(records, parsed).report.unchanged).toBe(records.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('merging an import into a store never loses a tag, list or saved profile', () => {
    fc.assert(
      fc.property(shortlistArb, shortlistArb, (ours, theirs) => {
        const plan = mergeImport(ours, parseImport(shortlistToJson(theirs, NOW), 'x.json'));
        const written = new Map(plan.records.map((r) => [`${r.ref.platform}:${r.ref.handle.toLowerCase()}`, r]));
        for (const record of [...ours, ...theirs]) {
          const key = `${record.ref.platform}:${record.ref.handle.toLowerCase()}`;
          const after = written.get(key) ?? ours.find((r) => `${r.ref.platform}:${r.ref.handle.toLowerCase()}` === key);
          if (plan.report.rejected.length > 0) continue; // an overflowing union is refused whole, with a reason
          const tags = new Set(after?.saved?.tags.map((t) => t.toLowerCase()));
          for (const tag of record.saved?.tags ?? []) expect(tags.has(tag.toLowerCase())).toBe(true);
          expect(after?.saved).not.toBeNull();
        }
      }),
      { numRuns: RUNS },
    );
  });
});
