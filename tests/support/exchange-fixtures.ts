import fc from 'fast-check';
import type { Count } from '../../src/core/count.ts';
import { PLATFORMS, type Platform, profileKey } from '../../src/core/platform.ts';
import type { ProfileSnapshot } from '../../src/core/snapshot.ts';
import { SITE_URLS } from '../../src/sites/registry.ts';
import { type ProfileRecord, ProfileRecordSchema, type ShortlistEntry } from '../../src/storage/schema.ts';

export const exact = (n: number): Count => ({ value: n, min: n, max: n });

/** A saved record shaped like the store writes it (ProfileRecordSchema.parse gives the store's key order). */
export function savedRecord(
  platform: Platform,
  handle: string,
  change: {
    snapshot?: Partial<ProfileSnapshot>;
    saved?: Partial<ShortlistEntry> | null;
    seen?: string;
    history?: ProfileRecord['history'];
    firstSeen?: string;
  } = {},
): ProfileRecord {
  const seen = change.seen ?? '2026-01-10T09:00:00.000Z';
  return ProfileRecordSchema.parse({
    ref: { platform, handle },
    snapshot: {
      platform,
      handle,
      url: SITE_URLS[platform].profileUrl(handle),
      lang: 'en',
      followers: exact(48_213),
      following: exact(310),
      posts: exact(120),
      totalLikes: null,
      recentPosts: [],
      sources: { followers: 'test' },
      readAt: seen,
      ...change.snapshot,
    },
    history: change.history ?? [],
    firstSeen: change.firstSeen ?? '2026-01-01T09:00:00.000Z',
    lastSeen: seen,
    saved:
      change.saved === null
        ? null
        : { savedAt: '2026-01-02T09:00:00.000Z', notes: '', tags: [], lists: [], ...change.saved },
  });
}

/** The fields a CSV row carries: what must survive export → import → merge into an empty store. */
export function csvView(record: ProfileRecord) {
  const s = record.snapshot;
  return {
    key: profileKey(record.ref),
    handle: record.ref.handle,
    displayName: s.displayName,
    lang: s.lang,
    followers: s.followers,
    following: s.following,
    posts: s.posts,
    totalLikes: s.totalLikes,
    lastSeen: record.lastSeen,
    saved: record.saved,
  };
}

// Text a marketer might type, with the traps: formulas, quotes, separators, newlines, RTL, emoji, accents.
const TRAPS = [
  '=SUM(A1)',
  '-5 followers?',
  '@mention',
  '+34 600 000 000',
  "'=already quoted",
  "''=twice",
  '\tstarts with tab',
  '\rstarts with CR',
  ' =after a space',
  'comma, inside',
  'semi; colon',
  '"quoted"',
  'line one\nline two',
  'crlf\r\ninside',
  'مرحبا بالعالم',
  'שלום',
  '🎉👩‍👩‍👧 emoji',
  'ñandú, acción, über',
  'back\\slash',
  '  padded  ',
  '',
];
const noBadChars = (text: string) => !text.includes('\u0000') && !text.includes('\uFFFD');
const freeText = (maxLength: number) =>
  fc
    .oneof(
      fc.constantFrom(...TRAPS),
      fc.string({ unit: 'grapheme', maxLength }),
      fc.tuple(fc.constantFrom(...TRAPS), fc.string({ unit: 'grapheme', maxLength: 20 })).map(([a, b]) => a + b),
    )
    .filter(noBadChars);

const HANDLE_CHARS = [...'abcXYZ019_.-éñßك日', '\u0301'];
const handle = fc
  .array(fc.constantFrom(...HANDLE_CHARS), { minLength: 1, maxLength: 30 })
  .map((chars) => chars.join(''))
  .filter((h) => !h.startsWith('\u0301') || h.length > 1);

/** Plain integers, rounded intervals, and doubles whose shortest form uses an exponent. */
const count: fc.Arbitrary<Count> = fc.oneof(
  fc.nat({ max: 5_000_000 }).map(exact),
  fc
    .tuple(fc.nat({ max: 1_000_000_000 }), fc.nat({ max: 50_000 }), fc.nat({ max: 50_000 }))
    .map(([v, down, up]) => ({ value: v, min: Math.max(0, v - down), max: v + up })),
  fc.double({ min: 0, max: 1e22, noNaN: true }).map((v) => exact(Math.abs(v))),
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.oneof(fc.constant(null), a);
const isoDate = fc
  .date({ min: new Date('2015-01-01'), max: new Date('2035-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());

// Labels as the popup stores them: trimmed, not empty, unique ignoring case.
const label = freeText(60)
  .map((t) => t.trim())
  .filter((t) => t !== '' && t.length <= 60);
const labels = fc.uniqueArray(label, { selector: (t) => t.toLowerCase(), maxLength: 5 });

const history = fc
  .uniqueArray(fc.date({ min: new Date('2015-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }), {
    selector: (d) => d.getTime(),
    maxLength: 4,
  })
  .chain((dates) =>
    fc.tuple(
      ...dates
        .sort((a, b) => a.getTime() - b.getTime())
        .map((d) =>
          fc.record({
            at: fc.constant(d.toISOString()),
            followers: maybe(count),
            posts: maybe(count),
            engagementRate: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
          }),
        ),
    ),
  );

/** Any schema-valid saved record, as the store would hold it. */
export const savedRecordArb: fc.Arbitrary<ProfileRecord> = fc
  .record({
    platform: fc.constantFrom(...PLATFORMS),
    handle,
    displayName: fc.option(
      freeText(80).filter((t) => t !== ''),
      { nil: undefined },
    ),
    lang: fc.oneof(fc.constantFrom('en', 'es-ES', 'pt-BR', 'und', ''), freeText(10)),
    followers: maybe(count),
    following: maybe(count),
    posts: maybe(count),
    totalLikes: maybe(count),
    seen: isoDate,
    firstSeen: isoDate,
    savedAt: isoDate,
    notes: freeText(300),
    tags: labels,
    lists: labels,
    history,
    likes: maybe(count),
  })
  .map((r) => ({
    ref: { platform: r.platform, handle: r.handle },
    snapshot: {
      platform: r.platform,
      handle: r.handle,
      url: SITE_URLS[r.platform].profileUrl(r.handle),
      ...(r.displayName === undefined ? {} : { displayName: r.displayName }),
      lang: r.lang,
      followers: r.followers,
      following: r.following,
      posts: r.posts,
      totalLikes: r.totalLikes,
      recentPosts: [{ id: 'p1', likes: r.likes, comments: null, views: null }],
      sources: { followers: 'statsV2' },
      readAt: r.seen,
    },
    history: r.history,
    // Store invariant: a profile is read before it is saved, and first seen no later than last seen.
    firstSeen: [r.firstSeen, r.seen, r.savedAt].sort()[0],
    lastSeen: r.seen,
    saved: { savedAt: r.savedAt, notes: r.notes, tags: r.tags, lists: r.lists },
  }))
  .filter((r) => ProfileRecordSchema.safeParse(r).success)
  .map((r) => ProfileRecordSchema.parse(r));

/** A shortlist: several records, one per profile key. */
export const shortlistArb = fc.uniqueArray(savedRecordArb, {
  selector: (r) => profileKey(r.ref),
  minLength: 1,
  maxLength: 8,
});
