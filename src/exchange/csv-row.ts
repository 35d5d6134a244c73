import type { Count } from '../core/count.ts';
import { handlePattern, isPlatform, PLATFORMS, type ProfileRef } from '../core/platform.ts';
import { type HistoryPoint, type ProfileRecord, ProfileRecordSchema } from '../core/record.ts';
import { COUNT_FIELDS, type CountField } from '../core/snapshot.ts';
import { profileAt, SITE_URLS } from '../sites/registry.ts';
import type { ColumnId } from './columns.ts';
import { boundedText, type CellResult, characterCount, countFromCells, dateFromCell } from './csv-cells.ts';
import { describeIssues, quoted } from './issues.ts';
import { splitListCell } from './list-cell.ts';

/** One data row's cells by column (formula neutralisation already undone); absent columns are undefined. */
export type RowCells = Partial<Record<ColumnId, string>>;

export type RowRecord = { ok: true; record: ProfileRecord; dated: boolean } | { ok: false; reason: string };

export const CSV_SOURCE = 'imported CSV';
const NOT_IN_CSV = 'not in the imported CSV';
const PLATFORM_ALIASES: Record<string, string> = { twitter: 'x' };
const LABELS: Record<CountField, string> = {
  followers: 'followers',
  following: 'following',
  posts: 'posts',
  totalLikes: 'total likes',
};

function refFromCells(cells: RowCells): CellResult<ProfileRef> {
  const platformText = (cells.platform ?? '').trim();
  const handleText = (cells.handle ?? '').trim().replace(/^@/, '');
  const urlText = (cells.url ?? '').trim();
  // A hand-made list may give only links; the link is used to find the profile, never stored.
  if ((platformText === '' || handleText === '') && urlText !== '') {
    const ref = profileAt(urlText);
    return ref
      ? { ok: true, value: ref }
      : { ok: false, reason: `${quoted(urlText)} is not a profile URL of the five sites` };
  }
  if (platformText === '') return { ok: false, reason: 'platform is empty' };
  const platform = PLATFORM_ALIASES[platformText.toLowerCase()] ?? platformText.toLowerCase();
  if (!isPlatform(platform)) {
    return { ok: false, reason: `platform ${quoted(platformText)} is not one of ${PLATFORMS.join(', ')}` };
  }
  if (handleText === '') return { ok: false, reason: 'handle is empty' };
  if (!handlePattern().test(handleText)) {
    return { ok: false, reason: `handle ${quoted(handleText)} is not a handle (1–100 letters, digits, _ . -)` };
  }
  return { ok: true, value: { platform, handle: handleText } };
}

function labelsFromCell(cell: string | undefined, label: string): CellResult<string[]> {
  const labels = splitListCell(cell ?? '');
  const long = labels.find((text) => characterCount(text) > 60);
  if (long !== undefined) return { ok: false, reason: `${label} ${quoted(long)} is longer than 60 characters` };
  if (labels.length > 50) return { ok: false, reason: `${labels.length} ${label}s; the limit is 50` };
  return { ok: true, value: labels };
}

const earlier = (a: string, b: string) => (Date.parse(a) <= Date.parse(b) ? a : b);

/** Builds the record a CSV row stands for; a row of a profile never seen gets a minimal snapshot from its cells. */
function buildRecord(cells: RowCells, now: Date): CellResult<{ record: unknown; dated: boolean }> {
  const ref = refFromCells(cells);
  if (!ref.ok) return ref;
  const { platform, handle } = ref.value;
  const counts: Partial<Record<CountField, Count | null>> = {};
  for (const field of COUNT_FIELDS) {
    const count = countFromCells(LABELS[field], cells[field], cells[`${field}Min`], cells[`${field}Max`]);
    if (!count.ok) return count;
    counts[field] = count.value;
  }
  const savedAt = cells.savedAt?.trim()
    ? dateFromCell(cells.savedAt, 'saved at')
    : { ok: true as const, value: now.toISOString() };
  if (!savedAt.ok) return savedAt;
  const seen = cells.lastSeen?.trim() ? dateFromCell(cells.lastSeen, 'last seen') : null;
  if (seen && !seen.ok) return seen;
  const checks = [
    boundedText(cells.displayName ?? '', 'display name', 300),
    boundedText(cells.notes ?? '', 'notes', 10_000),
    boundedText(cells.lang ?? '', 'page language', 35),
  ];
  const failed = checks.find((check) => !check.ok);
  if (failed && !failed.ok) return failed;
  const tags = labelsFromCell(cells.tags, 'tag');
  if (!tags.ok) return tags;
  const lists = labelsFromCell(cells.lists, 'list');
  if (!lists.ok) return lists;

  const lastSeen = seen?.value ?? savedAt.value;
  const sources: Record<string, string> = {};
  const missing: Record<string, string> = {};
  for (const field of COUNT_FIELDS) {
    if (counts[field]) sources[field] = CSV_SOURCE;
    else missing[field] = NOT_IN_CSV;
  }
  const followers = counts.followers ?? null;
  const posts = counts.posts ?? null;
  const history: HistoryPoint[] =
    seen && (followers || posts) ? [{ at: lastSeen, followers, posts, engagementRate: null }] : [];
  const record = {
    ref: { platform, handle },
    snapshot: {
      platform,
      handle,
      url: SITE_URLS[platform].profileUrl(handle),
      ...(cells.displayName ? { displayName: cells.displayName } : {}),
      lang: cells.lang ?? 'und',
      followers,
      following: counts.following ?? null,
      posts,
      totalLikes: counts.totalLikes ?? null,
      recentPosts: [],
      sources,
      ...(Object.keys(missing).length > 0 ? { missing } : {}),
      ...(seen ? { readAt: lastSeen } : {}),
    },
    history,
    firstSeen: earlier(savedAt.value, lastSeen),
    lastSeen,
    saved: { savedAt: savedAt.value, notes: cells.notes ?? '', tags: tags.value, lists: lists.value },
  };
  return { ok: true, value: { record, dated: seen !== null } };
}

/** A CSV row → a schema-valid record, or the reason it is refused ("row 7: platform 'myspace' is not …"). */
export function recordFromRow(cells: RowCells, row: number, now: Date): RowRecord {
  const built = buildRecord(cells, now);
  if (!built.ok) return { ok: false, reason: `row ${row}: ${built.reason}` };
  const parsed = ProfileRecordSchema.safeParse(built.value.record);
  if (!parsed.success) return { ok: false, reason: `row ${row}: ${describeIssues(parsed.error)}` };
  return { ok: true, record: parsed.data, dated: built.value.dated };
}
