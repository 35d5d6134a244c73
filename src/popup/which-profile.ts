import { type ProfileRef, parseProfileKey } from '../core/platform.ts';
import { browser } from '../platform/browser.ts';
import { profileAt } from '../sites/registry.ts';

/** The profile the popup is about: `?profile=platform:handle`, else the active tab's URL. */
export async function whichProfile(search: string): Promise<ProfileRef | null> {
  const param = new URLSearchParams(search).get('profile');
  if (param) return parseProfileKey(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url ? profileAt(tab.url) : null;
}
