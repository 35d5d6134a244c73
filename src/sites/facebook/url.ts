import { onHost, pathSegments, type SiteUrls } from '../site.ts';

const VANITY = /^[A-Za-z0-9.]{5,50}$/;
const NUMERIC_ID = /^\d{5,20}$/;
// Sections of the app whose first path segment looks like a vanity name (2026).
// biome-ignore format: a word list reads better packed
const RESERVED = new Set([
  'watch', 'groups', 'marketplace', 'gaming', 'events', 'photo', 'photo.php', 'story.php', 'permalink.php',
  'login', 'login.php', 'settings', 'help', 'pages', 'share', 'reel', 'reels', 'stories', 'notifications',
  'messages', 'friends', 'bookmarks', 'hashtag', 'search', 'ads', 'business', 'privacy', 'policies',
  'policy.php', 'home.php', 'memories', 'saved', 'fundraisers', 'videos', 'photos', 'media', 'sharer',
  'sharer.php', 'dialog', 'plugins', 'recover', 'checkpoint', 'l.php', 'profile.php', 'people', 'public',
  'about', 'terms', 'legal', 'careers', 'directory', 'games', 'offers', 'donate', 'lite', 'campaign',
]);
// Any other script page (video.php, ajax endpoints) is not a profile either: vanity names have no ".php".
const SCRIPT_PAGE = /\.php$/i;
// Page/profile tabs that still show the header with the counts.
const TABS = new Set(['about', 'posts', 'photos', 'videos', 'reels', 'mentions', 'reviews', 'followers', 'community']);

export const facebookUrls: SiteUrls = {
  platform: 'facebook',
  hosts: ['www.facebook.com', 'facebook.com', 'm.facebook.com', 'web.facebook.com'],
  profileHandle(url) {
    if (!onHost(this, url)) return null;
    const parts = pathSegments(url);
    if (!parts || parts.length === 0) return null;
    const [first = '', second, third, fourth] = parts;
    if (first === 'profile.php') {
      const id = url.searchParams.get('id') ?? '';
      return parts.length === 1 && NUMERIC_ID.test(id) ? id : null;
    }
    // /people/Some-Name/1000123456789/
    if (first === 'people')
      return parts.length === 3 && third && NUMERIC_ID.test(third) && fourth === undefined ? third : null;
    if (parts.length > 2 || !VANITY.test(first) || SCRIPT_PAGE.test(first) || RESERVED.has(first.toLowerCase()))
      return null;
    if (second !== undefined && !TABS.has(second)) return null;
    return first;
  },
  profileUrl: (handle) =>
    NUMERIC_ID.test(handle)
      ? `https://www.facebook.com/profile.php?id=${handle}`
      : `https://www.facebook.com/${encodeURIComponent(handle)}`,
};
// Tested on: https://www.facebook.com/bbcnews, https://www.facebook.com/profile.php?id=100064061366185
