import { siteOfHost } from '../sites/registry.ts';

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
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  return url.protocol === 'https:' && siteOfHost(url.hostname) ? { from: 'content', tabId: sender.tab.id, url } : null;
}
