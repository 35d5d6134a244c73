import { type ProfileRef, profileKey } from '../core/platform.ts';
import type { ContentToBackground } from '../messages/protocol.ts';
import { profileAt, siteOfHost } from '../sites/registry.ts';

/** The parts of `runtime.MessageSender` we check. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export type Origin = { from: 'content'; tabId: number; url: URL } | { from: 'ui' };

/**
 * Who sent a message: one of our content scripts on a page of the five sites, or one of our own pages.
 * Anything else (another extension, a web page, an http page, a frame elsewhere) gets null.
 */
export function classifySender(sender: SenderInfo, ownId: string, ownOrigin: string): Origin | null {
  if (sender.id !== ownId || !sender.url) return null;
  if (sender.url.startsWith(ownOrigin)) return { from: 'ui' };
  if (sender.tab?.id === undefined) return null;
  const frame = parse(sender.url);
  if (frame?.protocol !== 'https:' || !siteOfHost(frame.hostname)) return null;
  // sender.url stays the document's first URL after pushState (Chromium 156); the tab's URL follows in-app
  // navigation, so it names the profile actually shown, as long as it is on the same site.
  const tab = parse(sender.tab.url);
  const current = tab && siteOfHost(tab.hostname) === siteOfHost(frame.hostname) ? tab : frame;
  return { from: 'content', tabId: sender.tab.id, url: current };
}

function parse(href: string | undefined): URL | null {
  if (!href) return null;
  try {
    return new URL(href);
  } catch {
    return null;
  }
}

/** A content script may only speak about the site it runs on, and about the profile it shows when it reads one. */
export function namesItsPage(message: ContentToBackground, url: URL): boolean {
  const ref = message.kind === 'content:profile-read' ? message.snapshot : message.ref;
  // Reads and page data must name the very profile the page shows (a late response after in-app navigation does not).
  const strict = message.kind === 'content:profile-read' || message.kind === 'content:payload';
  return senderShows(url, ref, strict);
}

/** A snapshot must come from the page showing that profile; other requests only need the same site. */
export function senderShows(url: URL, ref: ProfileRef, strict: boolean): boolean {
  const shown = profileAt(url.href);
  if (strict) return shown !== null && sameProfile(shown, ref);
  return siteOfHost(url.hostname)?.platform === ref.platform;
}

function sameProfile(a: ProfileRef, b: ProfileRef): boolean {
  return profileKey(a) === profileKey(b);
}
