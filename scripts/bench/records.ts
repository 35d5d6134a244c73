// Synthetic but schema-valid stored records (src/storage/schema.ts) for the popup and CSV rows.
import { scoreRecord, summaryOf } from '../../src/background/score.ts';
import { PLATFORMS } from '../../src/core/platform.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import { indexItemsOf } from '../../src/storage/index/sharded-index.ts';
import { bucketedItems } from '../../src/storage/record-buckets.ts';
import { type ProfileRecord, ProfileRecordSchema, SCHEMA_VERSION } from '../../src/storage/schema.ts';
import { recordKey } from '../../src/storage/store.ts';

export function benchRecord(i: number, posts = 12): ProfileRecord {
  const platform = PLATFORMS[i % PLATFORMS.length] ?? 'tiktok';
  const handle = `bench_${String(i).padStart(5, '0')}`;
  const followers = 1000 + ((i * 7919) % 90_000);
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const count = (n: number) => ({ value: n, min: n, max: n });
  return {
    ref: { platform, handle },
    snapshot: {
      platform,
      handle,
      url: `https://example.invalid/${handle}`,
      lang: 'en',
      displayName: `Creator ${i}`,
      followers: count(followers),
      following: count(100 + (i % 500)),
      posts: count(20 + (i % 300)),
      totalLikes: null,
      recentPosts: Array.from({ length: posts }, (_, k) => ({
        id: `${i}-${k}`,
        likes: count(Math.round(followers * 0.03) + k),
        comments: count(5 + k),
        views: count(followers * 2 + k),
      })),
      sources: { followers: 'bench' },
      missing: { totalLikes: 'bench' },
      readAt: at,
    },
    history: [{ at, followers: count(followers), posts: count(20 + (i % 300)), engagementRate: 0.03 }],
    firstSeen: at,
    lastSeen: at,
    saved: { savedAt: at, notes: i % 3 === 0 ? `note ${i}, "quoted"; =1+1` : '', tags: ['bench'], lists: ['a'] },
  };
}

/**
 * `n` records as storage items (key → record), the profile index, its first screen and the schema meta, as the store writes them:
 * each record carries its row summary scored with the default settings, as the background's store.prepare does.
 */
export function storageItems(n: number, posts = 12): Record<string, unknown> {
  const items: Record<string, unknown> = { meta: { schemaVersion: SCHEMA_VERSION } };
  for (let i = 0; i < n; i++) {
    const record = ProfileRecordSchema.parse(benchRecord(i, posts));
    record.summary = summaryOf(record, scoreRecord(record, DEFAULT_SETTINGS, 'en'));
    items[recordKey(record.ref)] = record;
  }
  Object.assign(items, indexItemsOf(items));
  return bucketedItems(items);
}
