import type { Platform, ProfileRef } from '../core/platform.ts';
import { facebookUrls } from './facebook/url.ts';
import { instagramUrls } from './instagram/url.ts';
import type { SiteUrls } from './site.ts';
import { tiktokUrls } from './tiktok/url.ts';
import { xUrls } from './x/url.ts';
import { youtubeUrls } from './youtube/url.ts';

export const SITE_URLS: Record<Platform, SiteUrls> = {
  instagram: instagramUrls,
  tiktok: tiktokUrls,
  youtube: youtubeUrls,
  x: xUrls,
  facebook: facebookUrls,
};

/** Which profile a URL shows, on any of the five sites; null for everything else. */
export function profileAt(href: string): ProfileRef | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  for (const site of Object.values(SITE_URLS)) {
    const handle = site.profileHandle(url);
    if (handle) return { platform: site.platform, handle };
  }
  return null;
}

/** Manifest match patterns for a site: one per host, https only. */
export function matchPatterns(site: SiteUrls): string[] {
  return site.hosts.map((host) => `https://${host}/*`);
}

/** The site a host name belongs to (any page of it, profile or not). */
export function siteOfHost(host: string): SiteUrls | null {
  const lower = host.toLowerCase();
  return Object.values(SITE_URLS).find((site) => site.hosts.includes(lower)) ?? null;
}
