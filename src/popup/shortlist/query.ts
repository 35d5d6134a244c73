import type { TierId, Verdict } from '../../core/insight.ts';
import type { Platform } from '../../core/platform.ts';
import type { ShortlistRow } from '../../messages/view.ts';

// One rate key per basis: rates by followers and by views have different formulas and never sort together.
export type SortKey =
  | 'handle'
  | 'platform'
  | 'followers'
  | 'rateFollowers'
  | 'rateViews'
  | 'score'
  | 'tier'
  | 'savedAt'
  | 'lastSeen';

export interface ShortlistQuery {
  search: string;
  platform: Platform | '';
  tier: TierId | '';
  verdict: Verdict | '';
  list: string;
  tag: string;
  sort: SortKey;
  descending: boolean;
}

export const EMPTY_QUERY: ShortlistQuery = {
  search: '',
  platform: '',
  tier: '',
  verdict: '',
  list: '',
  tag: '',
  sort: 'savedAt',
  descending: true,
};

// Names read A→Z first; counts, scores and dates read biggest or newest first.
const ASCENDING_FIRST: ReadonlySet<SortKey> = new Set(['handle', 'platform']);

/** A column head clicked: its sort in that column's natural direction, or the active one reversed. */
export function sortBy(query: ShortlistQuery, key: SortKey): ShortlistQuery {
  if (query.sort === key) return { ...query, descending: !query.descending };
  return { ...query, sort: key, descending: !ASCENDING_FIRST.has(key) };
}

const TIER_ORDER: Record<TierId, number> = { emerging: 0, nano: 1, micro: 2, mid: 3, macro: 4, mega: 5 };

function sortValue(row: ShortlistRow, key: SortKey): string | number | null {
  switch (key) {
    case 'handle':
      return row.ref.handle.toLowerCase();
    case 'platform':
      return row.ref.platform;
    case 'followers':
      return row.summary?.followers ?? null;
    case 'rateFollowers':
      return row.summary?.basis === 'followers' ? row.summary.rate : null;
    case 'rateViews':
      return row.summary?.basis === 'views' ? row.summary.rate : null;
    case 'score':
      return row.summary?.score ?? null;
    case 'tier':
      return row.summary ? TIER_ORDER[row.summary.tier] : null;
    case 'savedAt':
      return row.saved.savedAt;
    case 'lastSeen':
      return row.lastSeen;
  }
}

const has = (values: readonly string[], wanted: string) => values.some((v) => v.toLowerCase() === wanted.toLowerCase());

/** Search text matches handle, name, notes, tags and lists, case- and accent-insensitively. */
function matches(row: ShortlistRow, needle: string): boolean {
  if (!needle) return true;
  const haystack = [row.ref.handle, row.displayName ?? '', row.saved.notes, ...row.saved.tags, ...row.saved.lists].join(
    '\n',
  );
  return fold(haystack).includes(needle);
}

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Filters and sorts rows; rows without a value for the sort key go last either way; ties go by profile key, so the
 * order never depends on where storage kept a row (the index is sharded) and the stored first screen can match it.
 */
export function applyQuery(rows: readonly ShortlistRow[], q: ShortlistQuery): ShortlistRow[] {
  const needle = fold(q.search.trim());
  const kept = rows.filter(
    (row) =>
      (!q.platform || row.ref.platform === q.platform) &&
      (!q.tier || row.summary?.tier === q.tier) &&
      (!q.verdict || row.summary?.verdict === q.verdict) &&
      (!q.list || has(row.saved.lists, q.list)) &&
      (!q.tag || has(row.saved.tags, q.tag)) &&
      matches(row, needle),
  );
  const direction = q.descending ? -1 : 1;
  return kept
    .map((row) => ({ row, value: sortValue(row, q.sort) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        return a.value === b.value ? byKey(a.row, b.row) : a.value === null ? 1 : -1;
      }
      const order = a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
      return order * direction || byKey(a.row, b.row);
    })
    .map(({ row }) => row);
}

export const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Every list and tag in use, for the filter menus (first spelling wins, sorted). */
export function namesInUse(rows: readonly ShortlistRow[], field: 'lists' | 'tags'): string[] {
  // Runs over every row on the popup's first render: each spelling is folded once, not once per row using it.
  const spelled = new Set<string>();
  const seen = new Map<string, string>();
  for (const row of rows) {
    for (const name of row.saved[field]) {
      if (spelled.has(name)) continue;
      spelled.add(name);
      if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
    }
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

/** Splits "a, b; c" into trimmed, de-duplicated names (tags and lists are typed as one line). */
export function splitNames(text: string): string[] {
  const out = new Map<string, string>();
  for (const part of text.split(/[,;]/)) {
    const name = part.trim().slice(0, 60);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), name);
  }
  return [...out.values()].slice(0, 50);
}
