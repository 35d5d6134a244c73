import { type Platform, type ProfileRef, parseProfileKey } from '../core/platform.ts';
import { browser } from '../platform/browser.ts';
import { profileAt } from '../sites/registry.ts';
import { platformOfUrl } from './host-access.ts';

/** The profile the popup is about (`?profile=platform:handle`, else the active tab) and the tab's site. */
export async function whichProfile(search: string): Promise<{ ref: ProfileRef | null; site: Platform | null }> {
  const param = new URLSearchParams(search).get('profile');
  if (param) {
    const ref = parseProfileKey(param);
    return { ref, site: ref?.platform ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { ref: tab?.url ? profileAt(tab.url) : null, site: platformOfUrl(tab?.url) };
}

/** After a grant the content script is not in the open page yet: reloading injects it. */
export async function reloadActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await browser.tabs.reload(tab.id);
}
