import { bioFacts } from '../../core/caption.ts';
import { firstMatch } from '../dom.ts';
import { asString } from '../json.ts';
import type { SnapshotBuilder } from '../reader.ts';
import { LEGACY_MOBILE_WEBSITE } from './selectors.ts';

type Bio = ReturnType<typeof bioFacts>;

/** Facebook wraps outside links in l.php; the address is its `u` parameter. A bare "adidas.com" gets its scheme. */
function address(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(href) ? href : `https://${href}`);
    return url.pathname === '/l.php' ? url.searchParams.get('u') : url.href;
  } catch {
    return null;
  }
}

/**
 * The page's intro as og:description carries it after the counts ("Nintendo. 5,411,130 likes · 25,439 talking about
 * this. <intro>"), with the website button the page shows (legacy m.facebook.com).
 */
export function pageBio(b: SnapshotBuilder, doc: Document, description: string): void {
  b.bioText(description, [address(firstMatch(doc, LEGACY_MOBILE_WEBSITE)?.getAttribute('href'))]);
}

/** A pages payload entry's intro, website and e-mail. */
export function entryBio(entry: Record<string, unknown>): Bio {
  return bioFacts(asString(entry.intro), [address(asString(entry.website))], [asString(entry.email)]);
}
