import { profileKey } from '../core/platform.ts';
import type { ShortlistEntry } from '../core/record.ts';
import { SITE_URLS } from '../sites/registry.ts';
import { eachEntry, type IndexColumns } from '../storage/index/index-columns.ts';
import type { IndexEntry, ProfileIndex } from '../storage/index/profile-index.ts';
import type { ShortlistRow } from './view.ts';

/** A shortlist row from an index entry; the link is always built from the handle (https, one of our sites). */
export function shortlistRow(entry: IndexEntry): ShortlistRow {
  return {
    key: profileKey(entry.ref),
    ref: entry.ref,
    displayName: entry.displayName,
    url: SITE_URLS[entry.ref.platform].profileUrl(entry.ref.handle),
    summary: entry.summary,
    saved: entry.saved as ShortlistEntry,
    firstSeen: entry.firstSeen,
    lastSeen: entry.lastSeen,
  };
}

/** The shortlist rows straight from the stored columns, in index order, without building the keyed index. */
export function shortlistRowsOfColumns(columns: IndexColumns): ShortlistRow[] {
  const rows: ShortlistRow[] = [];
  eachEntry(columns, (entry) => {
    if (entry.saved !== null) rows.push(shortlistRow(entry));
  });
  return rows;
}

export function shortlistRows(index: ProfileIndex): ShortlistRow[] {
  return Object.values(index.entries)
    .filter((entry) => entry.saved !== null)
    .map(shortlistRow);
}
