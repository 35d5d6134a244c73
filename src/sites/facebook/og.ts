import { sameHandle } from '../json.ts';
import { OG_URL_PAGE_PATHS } from './selectors.ts';
import { facebookUrls } from './url.ts';

/** The page names an og:url can carry: its profile handle, or the name in a legacy /pages/… path. */
export function ogUrlNames(ogUrl: string): string[] {
  let url: URL;
  try {
    url = new URL(ogUrl);
  } catch {
    return [];
  }
  const handle = facebookUrls.profileHandle(url);
  if (handle) return [handle];
  for (const pattern of OG_URL_PAGE_PATHS) {
    const m = pattern.exec(url.pathname);
    if (m) return m.slice(1).filter((s): s is string => Boolean(s));
  }
  return [];
}

/** Whether the og tags describe the page at `handle` (they are first-document only). */
export function ogDescribes(ogUrl: string | null, handle: string): boolean {
  return ogUrl !== null && ogUrlNames(ogUrl).some((name) => sameHandle(name, handle));
}
