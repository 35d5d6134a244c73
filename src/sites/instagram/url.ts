import { onHost, pathSegments, type SiteUrls } from '../site.ts';

const USERNAME = /^[A-Za-z0-9._]{1,30}$/;
// First path segments that are app sections, not usernames (2026 site map).
const RESERVED = new Set(
  'explore p reel reels tv stories accounts direct about developer legal web api emails challenge graphql privacy terms session login signup oauth ar directory lite topics nametag your_activity create threads locations'.split(
    ' ',
  ),
);
// Profile tabs keep the profile header, so they are still the profile.
const TABS = new Set(['tagged', 'reels', 'saved', 'guides', 'feed', 'igtv']);

export const instagramUrls: SiteUrls = {
  platform: 'instagram',
  hosts: ['www.instagram.com', 'instagram.com'],
  profileHandle(url) {
    if (!onHost(this, url)) return null;
    const parts = pathSegments(url);
    if (!parts || parts.length < 1 || parts.length > 2) return null;
    const [name = '', tab] = parts;
    if (!USERNAME.test(name) || RESERVED.has(name.toLowerCase())) return null;
    if (tab !== undefined && !TABS.has(tab)) return null;
    return name;
  },
  profileUrl: (handle) => `https://www.instagram.com/${encodeURIComponent(handle)}/`,
};
// Tested on: https://www.instagram.com/pluto__travel/, https://www.instagram.com/google/tagged/
