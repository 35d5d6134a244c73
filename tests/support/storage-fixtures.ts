import type { ProfileSnapshot } from '../../src/core/snapshot.ts';
import type { KeyValueArea } from '../../src/storage/area.ts';
import { BucketedArea } from '../../src/storage/record-buckets.ts';

/** The smallest valid TikTok snapshot: followers only, for storage tests. */
export const snapshot = (handle: string, followers: number): ProfileSnapshot => ({
  platform: 'tiktok',
  handle,
  url: `https://www.tiktok.com/@${handle}`,
  lang: 'en',
  followers: { value: followers, min: followers, max: followers },
  following: null,
  posts: null,
  totalLikes: null,
  recentPosts: [],
  sources: { followers: 'statsV2' },
});

/** The store's own view of a test area: one key per record, read out of the buckets they are kept in. */
export const recordsView = (area: KeyValueArea): KeyValueArea => new BucketedArea(area);
