import { onHost, pathSegments, type SiteUrls } from '../site.ts';

const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
// Top-level app routes that look like handles (2026).
// biome-ignore format: a word list reads better packed
const RESERVED = new Set([
  'home', 'explore', 'notifications', 'messages', 'i', 'settings', 'search', 'compose', 'login', 'logout',
  'signup', 'tos', 'privacy', 'jobs', 'hashtag', 'intent', 'share', 'about', 'account', 'download',
  'bookmarks', 'lists', 'communities', 'premium', 'verified', 'grok', 'help', 'rules', 'topics',
  'who_to_follow', 'connect_people', 'search-advanced', 'display', 'keyboard_shortcuts', 'places',
]);
// Profile timeline tabs; /status/…, /followers, /lists etc. are other pages.
const TABS = new Set(['with_replies', 'media', 'likes', 'highlights', 'articles', 'superfollows', 'affiliates']);

export const xUrls: SiteUrls = {
  platform: 'x',
  hosts: ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'],
  profileHandle(url) {
    if (!onHost(this, url)) return null;
    const parts = pathSegments(url);
    if (!parts || parts.length < 1 || parts.length > 2) return null;
    const [name = '', tab] = parts;
    if (!HANDLE.test(name) || RESERVED.has(name.toLowerCase())) return null;
    if (tab !== undefined && !TABS.has(tab)) return null;
    return name;
  },
  profileUrl: (handle) => `https://x.com/${encodeURIComponent(handle)}`,
};
// Tested on: https://x.com/Kikobeats, https://twitter.com/Kikobeats/media
