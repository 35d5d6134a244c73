// The API responses each site's page receives with the numbers our payload readers read (EXTRACTION.md §2.3, §3,
// §4.2): per-video stats on TikTok, the posts timeline on Instagram, the profile timeline on X. YouTube's (browse
// responses, its navigation event and ytInitialData, projected by projectBrowse) are in youtube.ts, so the other
// sites' observers do not carry its projection.

import { keeping, PAYLOAD_KEYS } from './keep-keys.ts';
import type { ObserverConfig } from './observer.ts';
import { tiktokProjection } from './tiktok-owner.ts';

export const OBSERVED: Record<'tiktok' | 'instagram' | 'x', ObserverConfig> = {
  // /api/post/item_list/ (itemList[].stats, createTime, isPinnedItem; its account by secUid); /api/user/detail/.
  tiktok: {
    site: 'tiktok',
    endpoints: [/^\/api\/post\/item_list\/?$/, /^\/api\/user\/detail\/?$/],
    project: tiktokProjection(),
  },
  // GraphQL (POST; which query is in the body, so the projection decides), the v1 feed and web_profile_info.
  instagram: {
    site: 'instagram',
    endpoints: [
      /^\/(api\/)?graphql(\/query)?\/?$/,
      /^\/api\/v1\/feed\/user\/[^/]+\/?$/,
      /^\/api\/v1\/users\/web_profile_info\/?$/,
    ],
    project: keeping(PAYLOAD_KEYS.instagram),
  },
  // /i/api/graphql/<queryId>/UserTweets, UserByScreenName (and the replies and media tabs' timelines).
  x: {
    site: 'x',
    endpoints: [/^\/i\/api\/graphql\/[^/]+\/(UserTweets|UserTweetsAndReplies|UserMedia|UserByScreenName)$/],
    project: keeping(PAYLOAD_KEYS.x),
  },
};
