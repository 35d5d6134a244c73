import type { ProfileSnapshot } from '../../src/core/snapshot.ts';

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
