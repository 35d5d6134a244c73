import { onHost, pathSegments, type SiteUrls } from '../site.ts';

const HANDLE = /^@([\w.]{2,24})$/;

export const tiktokUrls: SiteUrls = {
  platform: 'tiktok',
  hosts: ['www.tiktok.com', 'tiktok.com', 'm.tiktok.com'],
  profileHandle(url) {
    if (!onHost(this, url)) return null;
    const parts = pathSegments(url);
    // "/@user" only: "/@user/video/123" and "/@user/photo/123" are post pages.
    if (parts?.length !== 1) return null;
    return HANDLE.exec(parts[0] ?? '')?.[1] ?? null;
  },
  profileUrl: (handle) => `https://www.tiktok.com/@${encodeURIComponent(handle)}`,
};
// Tested on: https://www.tiktok.com/@illojuan, https://www.tiktok.com/@oddanimalspecimens?lang=es
