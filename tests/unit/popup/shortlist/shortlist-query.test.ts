import { describe, expect, it } from 'vitest';
import type { ShortlistRow } from '../../../../src/messages/view.ts';
import {
  applyQuery,
  EMPTY_QUERY,
  fold,
  namesInUse,
  sortBy,
  splitNames,
} from '../../../../src/popup/shortlist/query.ts';

function row(
  handle: string,
  fields: Partial<ShortlistRow> & { followers?: number | null; rate?: number | null } = {},
): ShortlistRow {
  const { followers = null, rate = null, ...rest } = fields;
  return {
    key: `tiktok:${handle.toLowerCase()}`,
    ref: { platform: 'tiktok', handle },
    displayName: null,
    url: `https://www.tiktok.com/@${handle}`,
    summary:
      followers === null
        ? null
        : {
            tier: followers < 10_000 ? 'nano' : 'micro',
            tierLabel: '',
            followers,
            rate,
            low: rate,
            high: rate,
            basis: 'views',
            verdict: 'possible',
            score: 60,
          },
    saved: { savedAt: '2026-01-01T00:00:00.000Z', notes: '', tags: [], lists: [] },
    firstSeen: '2026-01-01T00:00:00.000Z',
    lastSeen: '2026-01-01T00:00:00.000Z',
    ...rest,
  };
}

describe('shortlist query', () => {
  const rows = [
    row('ana', {
      followers: 5000,
      rate: 0.05,
      saved: { savedAt: '2026-01-03', notes: 'Fotografía de café', tags: ['Coffee'], lists: ['Spring'] },
    }),
    row('bo', { followers: 50_000, rate: 0.02 }),
    row('cy', { followers: null }),
    row('di', { ref: { platform: 'x', handle: 'di' }, key: 'x:di', followers: 20_000, rate: 0.09 }),
  ];

  it('searches handle, notes, tags and lists without case or accents', () => {
    expect(applyQuery(rows, { ...EMPTY_QUERY, search: 'FOTOGRAFIA' }).map((r) => r.ref.handle)).toEqual(['ana']);
    expect(applyQuery(rows, { ...EMPTY_QUERY, search: 'coffee' }).map((r) => r.ref.handle)).toEqual(['ana']);
    expect(applyQuery(rows, { ...EMPTY_QUERY, search: 'spring' }).map((r) => r.ref.handle)).toEqual(['ana']);
    expect(fold('Ñandú')).toBe('nandu');
  });

  it('filters by platform, tier, list and tag', () => {
    expect(applyQuery(rows, { ...EMPTY_QUERY, platform: 'x' }).map((r) => r.key)).toEqual(['x:di']);
    expect(applyQuery(rows, { ...EMPTY_QUERY, tier: 'nano' }).map((r) => r.ref.handle)).toEqual(['ana']);
    expect(applyQuery(rows, { ...EMPTY_QUERY, list: 'spring' }).map((r) => r.ref.handle)).toEqual(['ana']);
    expect(applyQuery(rows, { ...EMPTY_QUERY, tag: 'COFFEE' }).map((r) => r.ref.handle)).toEqual(['ana']);
  });

  it('sorts either way with unknown values last, and keeps ties stable', () => {
    const byFollowers = (descending: boolean) =>
      applyQuery(rows, { ...EMPTY_QUERY, sort: 'followers', descending }).map((r) => r.ref.handle);
    expect(byFollowers(true)).toEqual(['bo', 'di', 'ana', 'cy']);
    expect(byFollowers(false)).toEqual(['ana', 'di', 'bo', 'cy']);
    expect(applyQuery(rows, { ...EMPTY_QUERY, sort: 'rateViews', descending: true }).map((r) => r.ref.handle)).toEqual([
      'di',
      'ana',
      'bo',
      'cy',
    ]);
    expect(applyQuery(rows, { ...EMPTY_QUERY, sort: 'handle', descending: false }).map((r) => r.ref.handle)).toEqual([
      'ana',
      'bo',
      'cy',
      'di',
    ]);
  });

  it('sorts rates one basis at a time: a rate by views never ranks among rates by followers', () => {
    const withBasis = (handle: string, rate: number, basis: 'followers' | 'views') => {
      const r = row(handle, { followers: 5_000, rate });
      return { ...r, summary: r.summary && { ...r.summary, basis } };
    };
    const mixed = [
      withBasis('fa', 0.02, 'followers'),
      withBasis('va', 0.09, 'views'),
      withBasis('fb', 0.05, 'followers'),
    ];
    const sorted = (sort: 'rateFollowers' | 'rateViews') =>
      applyQuery(mixed, { ...EMPTY_QUERY, sort, descending: true }).map((r) => r.ref.handle);
    expect(sorted('rateFollowers')).toEqual(['fb', 'fa', 'va']);
    expect(sorted('rateViews')).toEqual(['va', 'fa', 'fb']);
  });

  it('a column head sorts by its column, in its natural direction first, and a second click reverses it', () => {
    const handles = (q: typeof EMPTY_QUERY) => applyQuery(rows, q).map((r) => r.ref.handle);
    const byFollowers = sortBy(EMPTY_QUERY, 'followers');
    expect(byFollowers).toMatchObject({ sort: 'followers', descending: true });
    expect(handles(byFollowers)).toEqual(['bo', 'di', 'ana', 'cy']);
    const reversed = sortBy(byFollowers, 'followers');
    expect(reversed).toMatchObject({ sort: 'followers', descending: false });
    expect(handles(reversed)).toEqual(['ana', 'di', 'bo', 'cy']);
    // Names start A→Z; a filter or search set before the click stays.
    const byName = sortBy({ ...EMPTY_QUERY, platform: 'tiktok' }, 'handle');
    expect(byName).toMatchObject({ sort: 'handle', descending: false, platform: 'tiktok' });
    expect(handles(byName)).toEqual(['ana', 'bo', 'cy']);
    expect(handles(sortBy(byName, 'handle'))).toEqual(['cy', 'bo', 'ana']);
  });

  it('lists names in use once, first spelling, sorted', () => {
    const more = [...rows, row('ed', { saved: { savedAt: 'x', notes: '', tags: ['coffee', 'Vegan'], lists: [] } })];
    expect(namesInUse(more, 'tags')).toEqual(['Coffee', 'Vegan']);
  });

  it('filters 5,000 rows without trouble (and returns every match)', () => {
    const many = Array.from({ length: 5000 }, (_, i) => row(`user_${i}`, { followers: i * 10, rate: (i % 97) / 1000 }));
    expect(applyQuery(many, { ...EMPTY_QUERY, search: 'user_49', sort: 'followers' })).toHaveLength(111);
  });
});

describe('splitNames (tags and lists typed on one line)', () => {
  it('splits on commas and semicolons, trims, de-duplicates case-insensitively, bounds length', () => {
    expect(splitNames(' comedy, gaming; Comedy ,, ')).toEqual(['comedy', 'gaming']);
    expect(splitNames('x'.repeat(80))[0]).toHaveLength(60);
    expect(splitNames(Array.from({ length: 80 }, (_, i) => `t${i}`).join(','))).toHaveLength(50);
  });
});
