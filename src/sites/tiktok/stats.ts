import { type Count, exactCount } from '../../core/count.ts';
import type { CountField } from '../../core/snapshot.ts';
import { asCountInteger, asRecord } from '../json.ts';
import type { SnapshotBuilder } from '../reader.ts';

/**
 * A TikTok number stat. TikTok rounds stats ≥ 10,000 to one decimal of K/M/B before putting them in JSON
 * (`stats.followerCount` 783400 for 783427; item_list commentCount 37600), 2025-12/2026-01. A value that is
 * a multiple of that unit may therefore be rounded: return an interval that covers rounding or truncation
 * (the mode is not known). Any other value is exact.
 */
export function tiktokStat(value: unknown): Count | null {
  const n = asCountInteger(value);
  if (n === null) return null;
  if (n < 10_000) return exactCount(n);
  const step = n < 1e6 ? 100 : n < 1e9 ? 1e5 : 1e8;
  if (n % step !== 0) return exactCount(n);
  return { value: n, min: Math.max(0, n - step / 2), max: n + step - 1 };
}

/** statsV2 strings are exact on the profile ("783427"); `stats` numbers are rounded. */
export function exactStat(value: unknown): Count | null {
  const n = asCountInteger(value);
  return typeof value === 'string' && n !== null ? exactCount(n) : null;
}

const STAT_KEYS: ReadonlyArray<[CountField, readonly string[]]> = [
  ['followers', ['followerCount']],
  ['following', ['followingCount']],
  ['posts', ['videoCount']],
  ['totalLikes', ['heartCount', 'heart']],
];

/** Copies a userInfo's statsV2 (exact) then stats (rounded) into the builder under `source` labels. */
export function addUserStats(b: SnapshotBuilder, userInfo: unknown, label: string): void {
  const info = asRecord(userInfo);
  if (!info) return;
  const v2 = asRecord(info.statsV2);
  const v1 = asRecord(info.stats);
  for (const [field, keys] of STAT_KEYS) {
    for (const key of keys) if (v2) b.count(field, exactStat(v2[key]), `${label}statsV2`);
    for (const key of keys) if (v1) b.count(field, tiktokStat(v1[key]), `${label}stats (rounded)`);
  }
}
