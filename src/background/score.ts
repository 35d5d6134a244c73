import type { Insight } from '../core/insight.ts';
import type { AppSettings } from '../core/settings.ts';
import type { ProfileRecord } from '../storage/schema.ts';

/** Scores a stored record with the user's settings. (Wired to the scoring engine once it lands.) */
export function scoreRecord(record: ProfileRecord, settings: AppSettings): Insight | null {
  void record;
  void settings;
  return null;
}
