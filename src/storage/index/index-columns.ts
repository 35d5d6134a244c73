import * as z from 'zod/mini';
import { TIER_IDS, VERDICTS } from '../../core/insight.ts';
import { handlePattern, PLATFORMS, type ProfileRef } from '../../core/platform.ts';
import { KEY, recordKey } from '../schema.ts';
import { column, finite, integer, matching, oneOf, orNull, text } from './column.ts';
import type { IndexEntry, ProfileIndex } from './entry.ts';

/**
 * The index as stored since schema 3: one array per field (row i of every array is one profile). The text is ~half
 * the schema-2 text, and each column is checked in one loop (column.ts), so the popup reads, parses and validates
 * 5,000 rows in a fraction of the time (measured 2026-11). Every value keeps the limits of its field schema in
 * schema.ts; the refinement below checks what spans columns.
 */
/** The values RecordSummary.basis takes. */
const BASES = ['followers', 'views'] as const;
const IsoDate = text(40);
const Name = text(60);
const Count = integer(0, 50);
const NullableNumber = column(orNull(finite), 'a number or null');

export const IndexColumnsSchema = z
  .object({
    version: z.literal(2),
    platform: column(oneOf(PLATFORMS), 'a platform'),
    handle: column(matching(handlePattern()), 'a handle'),
    displayName: column(orNull(text(300)), 'a name of at most 300 characters or null'),
    firstSeen: column(IsoDate, 'a date'),
    lastSeen: column(IsoDate, 'a date'),
    /** null: seen but not saved (then notes is '' and both counts are 0). */
    savedAt: column(orNull(IsoDate), 'a date or null'),
    notes: column(text(10_000), 'notes of at most 10,000 characters'),
    /** Row i's tags are the next tagCount[i] names of `tags`; lists likewise. */
    tagCount: column(Count, 'a count from 0 to 50'),
    tags: column(Name, 'a tag of at most 60 characters'),
    listCount: column(Count, 'a count from 0 to 50'),
    lists: column(Name, 'a list name of at most 60 characters'),
    /** null: no summary (then every summary column of the row is null). */
    tier: column(orNull(oneOf(TIER_IDS)), 'a tier or null'),
    tierLabel: column(orNull(text(100)), 'a label of at most 100 characters or null'),
    followers: NullableNumber,
    rate: NullableNumber,
    low: NullableNumber,
    high: NullableNumber,
    basis: column(orNull(oneOf(BASES)), 'followers, views or null'),
    verdict: column(orNull(oneOf(VERDICTS)), 'a verdict or null'),
    score: NullableNumber,
    /** Row number → storage key, only for a record stored under another key than its ref gives (never written so). */
    keys: z.record(z.string().check(z.regex(/^\d+$/)), z.string().check(z.startsWith(KEY.profilePrefix))),
  })
  .check(
    z.superRefine((columns, ctx) => {
      const problem = rowProblem(columns);
      if (problem) ctx.addIssue({ code: 'custom', ...problem, input: columns });
    }),
  );
export type IndexColumns = z.infer<typeof IndexColumnsSchema>;

const PER_ROW = [
  'handle',
  'displayName',
  'firstSeen',
  'lastSeen',
  'savedAt',
  'notes',
  'tagCount',
  'listCount',
  'tier',
  'tierLabel',
  'followers',
  'rate',
  'low',
  'high',
  'basis',
  'verdict',
  'score',
] as const satisfies ReadonlyArray<keyof IndexColumns>;
const SUMMARY_REST = ['tierLabel', 'followers', 'rate', 'low', 'high', 'basis', 'verdict', 'score'] as const;
const SUMMARY_REQUIRED = ['tierLabel', 'verdict', 'score'] as const;

/**
 * What a single column cannot say: equal lengths, names that add up, rows that are whole or absent, and one row
 * per storage key. Plain loops: this runs cold once per popup open over every row.
 */
function rowProblem(c: IndexColumns): { message: string; path: PropertyKey[] } | null {
  const fail = (message: string, path: PropertyKey[]) => ({ message, path });
  const rows = c.platform.length;
  for (const column of PER_ROW) {
    if (c[column].length !== rows) return fail(`${c[column].length} values for ${rows} rows`, [column]);
  }
  if (sum(c.tagCount) !== c.tags.length) return fail('tag counts do not add up to the tags', ['tags']);
  if (sum(c.listCount) !== c.lists.length) return fail('list counts do not add up to the lists', ['lists']);
  for (const row of Object.keys(c.keys)) if (Number(row) >= rows) return fail('a key for no row', ['keys', row]);
  const { savedAt, notes, tagCount, listCount, tier, tierLabel, verdict, score } = c;
  for (let i = 0; i < rows; i++) {
    if (savedAt[i] === null && (notes[i] !== '' || tagCount[i] !== 0 || listCount[i] !== 0)) {
      return fail('notes, tags or lists on a profile that is not saved', ['savedAt', i]);
    }
    if (tier[i] !== null && (tierLabel[i] === null || verdict[i] === null || score[i] === null)) {
      const gap = SUMMARY_REQUIRED.find((column) => c[column][i] === null);
      return fail('a summary without this value', [gap ?? 'tier', i]);
    }
    if (tier[i] === null) {
      const stray = SUMMARY_REST.find((column) => c[column][i] !== null);
      if (stray) return fail('a summary value without a tier', [stray, i]);
    }
  }
  return duplicateRow(c);
}

/** One row per storage key: a second row for a key would silently replace the first when decoded. */
function duplicateRow(c: IndexColumns): { message: string; path: PropertyKey[] } | null {
  const keys = new Set<string>();
  const { platform, handle } = c;
  for (let i = 0; i < platform.length; i++) {
    const key = c.keys[i] ?? usualKey(platform[i] ?? '', handle[i] ?? '');
    if (keys.has(key)) return { message: 'two rows for one profile', path: ['handle', i] };
    keys.add(key);
  }
  return null;
}

/** The key the store writes a record under; rows stored under it need no entry in `keys`. */
const usualKey = (platform: string, handle: string): string => recordKey({ platform, handle } as ProfileRef);

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The columns of an index, rows in the order of its entries. */
export function toColumns(index: ProfileIndex): IndexColumns {
  const c: IndexColumns = {
    version: 2,
    platform: [],
    handle: [],
    displayName: [],
    firstSeen: [],
    lastSeen: [],
    savedAt: [],
    notes: [],
    tagCount: [],
    tags: [],
    listCount: [],
    lists: [],
    tier: [],
    tierLabel: [],
    followers: [],
    rate: [],
    low: [],
    high: [],
    basis: [],
    verdict: [],
    score: [],
    keys: {},
  };
  for (const [key, e] of Object.entries(index.entries)) {
    if (key !== usualKey(e.ref.platform, e.ref.handle)) c.keys[String(c.platform.length)] = key;
    c.platform.push(e.ref.platform);
    c.handle.push(e.ref.handle);
    c.displayName.push(e.displayName);
    c.firstSeen.push(e.firstSeen);
    c.lastSeen.push(e.lastSeen);
    c.savedAt.push(e.saved?.savedAt ?? null);
    c.notes.push(e.saved?.notes ?? '');
    c.tagCount.push(e.saved?.tags.length ?? 0);
    c.tags.push(...(e.saved?.tags ?? []));
    c.listCount.push(e.saved?.lists.length ?? 0);
    c.lists.push(...(e.saved?.lists ?? []));
    const s = e.summary;
    c.tier.push(s?.tier ?? null);
    c.tierLabel.push(s?.tierLabel ?? null);
    c.followers.push(s?.followers ?? null);
    c.rate.push(s?.rate ?? null);
    c.low.push(s?.low ?? null);
    c.high.push(s?.high ?? null);
    c.basis.push(s?.basis ?? null);
    c.verdict.push(s?.verdict ?? null);
    c.score.push(s?.score ?? null);
  }
  return c;
}

/** Calls `use` with every row as an index entry, in order (rowProblem guarantees every row is whole). */
export function eachEntry(c: IndexColumns, use: (entry: IndexEntry, row: number) => void): void {
  let tag = 0;
  let list = 0;
  for (let i = 0; i < c.platform.length; i++) {
    const tags = c.tags.slice(tag, tag + (c.tagCount[i] ?? 0));
    const lists = c.lists.slice(list, list + (c.listCount[i] ?? 0));
    tag += tags.length;
    list += lists.length;
    const savedAt = c.savedAt[i] ?? null;
    const tier = c.tier[i] ?? null;
    use(
      {
        ref: { platform: c.platform[i] ?? 'tiktok', handle: c.handle[i] ?? '' },
        displayName: c.displayName[i] ?? null,
        saved: savedAt === null ? null : { savedAt, notes: c.notes[i] ?? '', tags, lists },
        summary:
          tier === null
            ? null
            : {
                tier,
                tierLabel: c.tierLabel[i] ?? '',
                followers: c.followers[i] ?? null,
                rate: c.rate[i] ?? null,
                low: c.low[i] ?? null,
                high: c.high[i] ?? null,
                basis: c.basis[i] ?? null,
                verdict: c.verdict[i] ?? 'insufficient-data',
                score: c.score[i] ?? 0,
              },
        firstSeen: c.firstSeen[i] ?? '',
        lastSeen: c.lastSeen[i] ?? '',
      },
      i,
    );
  }
}

/** The storage key of every row, in order. */
export function rowKeys(c: IndexColumns): string[] {
  return c.platform.map((platform, i) => c.keys[i] ?? usualKey(platform, c.handle[i] ?? ''));
}

/** The index back from validated columns, keyed by storage key. */
export function fromColumns(c: IndexColumns): ProfileIndex {
  const entries: ProfileIndex['entries'] = {};
  eachEntry(c, (entry, i) => {
    entries[c.keys[i] ?? usualKey(entry.ref.platform, entry.ref.handle)] = entry;
  });
  return { entries };
}
