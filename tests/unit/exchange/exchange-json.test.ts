import { describe, expect, it } from 'vitest';
import { JSON_FORMAT } from '../../../src/exchange/format.ts';
import { parseImport } from '../../../src/exchange/import.ts';
import { shortlistToJson } from '../../../src/exchange/json-exchange.ts';
import { mergeImport } from '../../../src/exchange/merge.ts';
import { exact, savedRecord } from '../../support/exchange-fixtures.ts';

const AT = new Date('2026-02-01T12:00:00.000Z');

const records = [
  savedRecord('tiktok', 'illojuan', {
    snapshot: {
      displayName: 'IlloJuan 🎮',
      totalLikes: exact(3_922_256),
      recentPosts: [
        { id: 'v1', likes: 'hidden', comments: null, views: { value: 192_100, min: 192_050, max: 192_150 } },
        { id: 'v2', likes: exact(25_500), comments: exact(146), views: null, shares: exact(2156), pinned: true },
      ],
      missing: { following: 'no selector matched' },
      verified: true,
    },
    history: [
      { at: '2026-01-05T09:00:00.000Z', followers: exact(780_000), posts: exact(18), engagementRate: 0.05 },
      { at: '2026-01-10T09:00:00.000Z', followers: exact(783_427), posts: exact(19), engagementRate: null },
    ],
    saved: { notes: 'Línea 1\n\n=SUM(A1)', tags: ['gaming'], lists: ['Q1'] },
  }),
  savedRecord('youtube', 'UC6nSFpj9HTCZ5t-N3Rm3-HA', { snapshot: { lang: 'en-GB' } }),
];

describe('shortlistToJson / parseImport (JSON)', () => {
  it('round trips byte for byte', () => {
    const text = shortlistToJson(records, AT);
    const parsed = parseImport(text, 'shortlist.json');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.format).toBe('json');
    expect(parsed.rejected).toEqual([]);
    expect(parsed.records.map((r) => JSON.stringify(r.record))).toEqual(records.map((r) => JSON.stringify(r)));
    const plan = mergeImport([], parsed);
    expect(plan.records.map((r) => JSON.stringify(r))).toEqual(records.map((r) => JSON.stringify(r)));
    expect(mergeImport(records, parsed).records).toEqual([]);
  });

  it('writes the versioned envelope, one record per line, saved profiles only', () => {
    const unsaved = savedRecord('x', 'nobody', { saved: null });
    const text = shortlistToJson([...records, unsaved], AT);
    const data = JSON.parse(text) as { format: string; version: number; exportedAt: string; records: unknown[] };
    expect(data).toMatchObject({ format: JSON_FORMAT, version: 1, exportedAt: AT.toISOString() });
    expect(data.records).toHaveLength(2);
    expect(text.split('\n')).toHaveLength(records.length + 3);
    expect(JSON.parse(shortlistToJson([], AT)).records).toEqual([]);
  });

  it('also reads a pretty-printed envelope with a BOM (a file re-saved by an editor)', () => {
    const text = `\uFEFF${JSON.stringify(JSON.parse(shortlistToJson(records, AT)), null, 2)}`;
    const parsed = parseImport(text, 'edited.txt');
    expect(parsed.ok && parsed.records).toHaveLength(2);
  });

  it('replaces a stored page URL that is not an https profile URL of the same site', () => {
    const hostile = { ...records[1], snapshot: { ...records[1]?.snapshot, url: 'javascript:alert(1)' } };
    const other = { ...records[0], snapshot: { ...records[0]?.snapshot, url: 'https://www.youtube.com/@illojuan' } };
    const text = JSON.stringify({ format: JSON_FORMAT, version: 1, exportedAt: '', records: [hostile, other] });
    const parsed = parseImport(text, 'x.json');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.records.map((r) => r.record.snapshot.url)).toEqual([
      'https://www.youtube.com/channel/UC6nSFpj9HTCZ5t-N3Rm3-HA',
      'https://www.tiktok.com/@illojuan',
    ]);
    expect(parsed.warnings).toHaveLength(2);
  });

  it('keeps a reader URL with a query or tab when it is the same profile', () => {
    const withQuery = savedRecord('tiktok', 'illojuan', {
      snapshot: { url: 'https://www.tiktok.com/@IlloJuan?lang=en' },
    });
    const parsed = parseImport(shortlistToJson([withQuery], AT), 'x.json');
    expect(parsed.ok && parsed.records[0]?.record.snapshot.url).toBe('https://www.tiktok.com/@IlloJuan?lang=en');
  });

  it('refuses a record whose ref and snapshot name different profiles', () => {
    const mixed = { ...records[0], ref: { platform: 'tiktok', handle: 'other' } };
    const text = JSON.stringify({ format: JSON_FORMAT, version: 1, exportedAt: '', records: [mixed, records[1]] });
    const parsed = parseImport(text, 'x.json');
    expect(parsed.ok && parsed.rejected).toEqual([
      { row: 1, reason: 'record 1: it is about tiktok:other but its snapshot is of tiktok:illojuan' },
    ]);
    expect(parsed.ok && parsed.records.map((r) => r.row)).toEqual([2]);
  });

  it('names the field of an invalid record', () => {
    const bad = { ...records[0], snapshot: { ...records[0]?.snapshot, followers: { value: 5, min: 6, max: 7 } } };
    const text = JSON.stringify({ format: JSON_FORMAT, version: 1, exportedAt: '', records: [bad] });
    const parsed = parseImport(text, 'x.json');
    expect(parsed.ok && parsed.rejected[0]?.reason).toBe(
      'record 1: snapshot.followers: a Count needs 0 ≤ min ≤ value ≤ max',
    );
  });

  it.each([
    [{ format: 'other-tool', version: 1, records: [] }, /not a Creator Lens shortlist: "format" is 'other-tool'/],
    [{ format: JSON_FORMAT, version: 2, records: [] }, /newer Creator Lens \(format version 2/],
    [{ format: JSON_FORMAT, version: '1', records: [] }, /"version" must be a whole number/],
    [{ format: JSON_FORMAT, version: 1, records: {} }, /"records" must be a list/],
    [{ format: JSON_FORMAT, version: 1, records: [] }, /no profiles/],
    [[], /the JSON is a list/],
  ])('refuses the envelope %j', (envelope, reason) => {
    const parsed = parseImport(JSON.stringify(envelope), 'x.json');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(reason);
  });
});
