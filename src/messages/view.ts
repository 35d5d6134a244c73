import type { Insight } from '../core/insight.ts';
import type { ProfileRef } from '../core/platform.ts';
import type { HistoryPoint, RecordSummary, ShortlistEntry } from '../core/record.ts';
import type { ProfileSnapshot } from '../core/snapshot.ts';

/** What the overlay and popup show for one profile: stored facts plus an insight scored with today's settings. */
export interface ProfileView {
  key: string;
  ref: ProfileRef;
  snapshot: ProfileSnapshot;
  insight: Insight | null;
  /** The headline numbers formatted by the background in `lang`, so the overlay needs no Intl of its own. */
  shown?: ShownFigures;
  saved: ShortlistEntry | null;
  history: HistoryPoint[];
  firstSeen: string;
  lastSeen: string;
}

/** One shortlist row: what the list shows without re-scoring (summary is cached at write time). */
export interface ShortlistRow {
  key: string;
  ref: ProfileRef;
  displayName: string | null;
  url: string;
  summary: RecordSummary | null;
  saved: ShortlistEntry;
  firstSeen: string;
  lastSeen: string;
}

export interface ShownFigures {
  lang: string;
  followers: string | null;
  engagement: string | null;
}

/** Storage's health for the Settings tab: read-only because of newer data, settings read as defaults, set aside. */
export interface StorageStatus {
  frozen: string | null;
  settingsProblems: string[];
  setAside: Array<{
    id: string;
    /** The storage key the value came from (profile:…, settings, index…). */
    key: string;
    /** The field taken out of a record that stayed; null: the whole value. */
    field: string | null;
    reason: string;
    at: string;
    /** At most 200 characters of the value as JSON. */
    preview: string;
    /** A whole profile: Restore puts back what this version can read of it. */
    restorable: boolean;
  }>;
}
