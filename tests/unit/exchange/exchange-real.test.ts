import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageCommand } from '../../../src/cli/page-command.ts';
import { scoreProfile } from '../../../src/core/scoring/index.ts';
import type { ProfileSnapshot } from '../../../src/core/snapshot.ts';
import { COLUMNS } from '../../../src/exchange/columns.ts';
import { shortlistToCsv } from '../../../src/exchange/csv-export.ts';
import { parseImport } from '../../../src/exchange/import.ts';
import { shortlistToJson } from '../../../src/exchange/json-exchange.ts';
import { mergeImport } from '../../../src/exchange/merge.ts';
import { type ProfileRecord, ProfileRecordSchema } from '../../../src/storage/schema.ts';
import { csvView } from '../../support/exchange-fixtures.ts';
import { fixtureText, HAS_REAL, REAL, realText } from '../../support/read-helpers-tt-ig-yt.ts';

/* Profiles read by the real readers from real saved pages, saved, exported, imported, merged. */

const AT = '2026-02-01T10:00:00.000Z';

/** A record as the store writes it after one visit and a save with notes. */
function storedRecord(snapshot: ProfileSnapshot, notes: string): ProfileRecord {
  return ProfileRecordSchema.parse({
    ref: { platform: snapshot.platform, handle: snapshot.handle },
    snapshot: { ...snapshot, readAt: AT },
    history: [{ at: AT, followers: snapshot.followers, posts: snapshot.posts, engagementRate: null }],
    firstSeen: AT,
    lastSeen: AT,
    saved: { savedAt: AT, notes, tags: ['real page'], lists: ['Campaña primavera'] },
  });
}

function read(text: string, fileName: string): ProfileSnapshot | null {
  return pageCommand({ text, fileName }).snapshot;
}

const BUNDLED = [
  'tiktok/tiktok-profile_illojuan_rendered-dom_en_2025-12-30.html',
  'instagram/ig-profile_pluto__travel_2021-06-09_sharedData.html',
  'youtube/yt-channel-home_OneMedia_es-ES_2024-01.html',
  'x/x-profile_Kikobeats_rendered-dom_en_2025-12-23.html',
  'x/x-profile_javilop_rendered-dom_en_2025-12-23.html',
];

function roundTrip(records: ProfileRecord[], lang: 'en' | 'es') {
  const rows = records.map((record) => ({ record, insight: scoreProfile(record.snapshot, { lang }) }));
  const csv = shortlistToCsv(rows, { lang });
  const parsed = parseImport(csv, 'real.csv');
  return { csv, parsed, plan: mergeImport([], parsed) };
}

describe('exchange on profiles read from real pages (bundled fixtures)', () => {
  const records = BUNDLED.map((file) => {
    const snapshot = read(fixtureText(file), file);
    if (!snapshot) throw new Error(`no snapshot from ${file}`);
    return storedRecord(snapshot, `From ${file}: =check, "quoted", ñ`);
  });

  for (const lang of ['en', 'es'] as const) {
    it(`CSV (${lang}): every carried field comes back`, () => {
      const { parsed, plan } = roundTrip(records, lang);
      expect(parsed.ok && parsed.rejected).toEqual([]);
      expect(plan.records.map(csvView)).toEqual(records.map(csvView));
    });
  }

  it('CSV carries the insight: IlloJuan (783,427 followers) is Macro; OneMedia keeps its truncated interval', () => {
    const { csv } = roundTrip(records, 'en');
    const lines = csv.split('\r\n');
    const illojuan =
      lines
        .find((line) => line.startsWith('"tiktok","illojuan",'))
        ?.slice(1, -1)
        .split('","') ?? [];
    expect(illojuan[COLUMNS.findIndex((c) => c.id === 'followers')]).toBe('783427');
    expect(illojuan[COLUMNS.findIndex((c) => c.id === 'tier')]).toBe('Macro');
    const oneMedia = records.find((r) => r.ref.platform === 'youtube');
    const followers = oneMedia?.snapshot.followers;
    // "4,69 M de suscriptores": a truncated count, so min < max; the CSV keeps both ends.
    expect(followers && followers.max > followers.min).toBe(true);
    const { plan } = roundTrip(records, 'es');
    expect(plan.records.find((r) => r.ref.platform === 'youtube')?.snapshot.followers).toEqual(followers);
  });

  it('JSON: byte-for-byte, recent posts and sources included', () => {
    const parsed = parseImport(shortlistToJson(records, new Date(AT)), 'real.json');
    const plan = mergeImport([], parsed);
    expect(plan.records.map((r) => JSON.stringify(r))).toEqual(records.map((r) => JSON.stringify(r)));
    expect(plan.records.some((r) => r.snapshot.recentPosts.length > 0)).toBe(true);
  });
});

describe.skipIf(!HAS_REAL)('exchange on every readable page in shared/real-pages', () => {
  const files = HAS_REAL
    ? ['tiktok', 'instagram', 'youtube', 'x', 'facebook'].flatMap((dir) =>
        readdirSync(`${REAL}/${dir}`).map((name) => `${dir}/${name}`),
      )
    : [];
  const records = files.flatMap((file) => {
    const snapshot = read(realText(file), file);
    return snapshot ? [storedRecord(snapshot, file)] : [];
  });
  const unique = [...new Map(records.map((r) => [`${r.ref.platform}:${r.ref.handle.toLowerCase()}`, r])).values()];

  it('reads several profiles, and each survives CSV and JSON round trips', () => {
    expect(unique.length).toBeGreaterThanOrEqual(5);
    for (const lang of ['en', 'es'] as const) {
      const { plan } = roundTrip(unique, lang);
      expect(plan.records.map(csvView)).toEqual(unique.map(csvView));
    }
    const plan = mergeImport([], parseImport(shortlistToJson(unique), 'all.json'));
    expect(plan.records.map((r) => JSON.stringify(r))).toEqual(unique.map((r) => JSON.stringify(r)));
  });
});
