import type { Platform } from '../core/platform.ts';
import { browser } from '../platform/browser.ts';
import { matchPatterns, SITE_URLS, siteOfHost } from '../sites/registry.ts';

/** Whether the user has granted us this site (Firefox lets users withhold MV3 host permissions). */
export async function hasHostAccess(platform: Platform): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: matchPatterns(SITE_URLS[platform]) });
  } catch {
    return false;
  }
}

/** Asks for this site only; must run inside a click handler (a user gesture). */
export async function requestHostAccess(platform: Platform): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: matchPatterns(SITE_URLS[platform]) });
  } catch {
    return false;
  }
}

/** The platform of a URL's site, profile or not, for the popup's access check. */
export function platformOfUrl(href: string | undefined): Platform | null {
  if (!href) return null;
  try {
    return siteOfHost(new URL(href).hostname)?.platform ?? null;
  } catch {
    return null;
  }
}
