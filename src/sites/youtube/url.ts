import { lazyPattern } from '../../core/lazy-pattern.ts';
import { onHost, pathSegments, type SiteUrls } from '../site.ts';

const HANDLE = lazyPattern(() => /^@([\p{L}\p{N}\p{M}_.-]{3,30})$/u);
// HANDLE for ASCII segments: it decides them alone, without compiling the Unicode classes (1–4 ms in a page).
const ASCII_HANDLE = /^@([\w.-]{3,30})$/;
const NON_ASCII = /[\u0080-\uffff]/;
const CHANNEL_ID = /^UC[\w-]{22}$/;
// Channel tabs: the header with the subscriber count is on all of them.
const TABS = new Set(
  'featured videos shorts streams playlists community posts podcasts releases courses store about search'.split(' '),
);

export const youtubeUrls: SiteUrls = {
  platform: 'youtube',
  hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com'],
  profileHandle(url) {
    if (!onHost(this, url)) return null;
    const parts = pathSegments(url);
    if (!parts || parts.length === 0) return null;
    const [first = '', second, third] = parts;
    const handle = (NON_ASCII.test(first) ? HANDLE() : ASCII_HANDLE).exec(first)?.[1];
    if (handle) return (second === undefined || TABS.has(second)) && third === undefined ? handle : null;
    // Older channel URLs: /channel/UC…, /c/name, /user/name (+ optional tab).
    if (second === undefined || (third !== undefined && !TABS.has(third)) || parts.length > 3) return null;
    if (first === 'channel') return CHANNEL_ID.test(second) ? second : null;
    if (first === 'c' || first === 'user') return /^[\w.-]{1,100}$/.test(second) ? second : null;
    return null;
  },
  profileUrl: (handle) =>
    CHANNEL_ID.test(handle)
      ? `https://www.youtube.com/channel/${handle}`
      : `https://www.youtube.com/@${encodeURIComponent(handle)}`,
};
// Tested on: https://www.youtube.com/@Vsauce/videos, https://www.youtube.com/channel/UC6nSFpj9HTCZ5t-N3Rm3-HA
