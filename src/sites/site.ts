import type { Platform } from '../core/platform.ts';

/** The URL side of a platform: where it runs and which URLs are profiles. Small: it ships in every content script. */
export interface SiteUrls {
  platform: Platform;
  /** Exact host names served by the site (no wildcards); the manifest's host matches derive from them. */
  hosts: readonly string[];
  /** The handle of the profile this URL shows, or null when it is not a profile page. */
  profileHandle(url: URL): string | null;
  /** The canonical profile URL for a handle (links from the shortlist). */
  profileUrl(handle: string): string;
}

/** Splits a pathname into its non-empty, percent-decoded segments; null when decoding fails. */
export function pathSegments(url: URL): string[] | null {
  try {
    return url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
}

export function onHost(site: SiteUrls, url: URL): boolean {
  return url.protocol === 'https:' && site.hosts.includes(url.hostname.toLowerCase());
}
