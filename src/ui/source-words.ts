// Where a number was read, in a marketer's words: the readers' source labels name selectors and JSON paths.
import { t } from './i18n.ts';

/** "the profile header", "the page's own data"… for a snapshot `sources` entry of `field`. */
export function sourceInWords(field: string, source: string): string {
  if (/imported/i.test(source)) return t('srcImported');
  if (/json-ld/i.test(source)) return t('srcStructured');
  // Counts read from what the page shows (DOM text, og:description): the header for profile counts, else the posts.
  // Anything else is the page's own data (embedded JSON or its API responses), rounded or not.
  const shown = /^(dom:|search:|og:)|footers|rendered|list items|^tweets/i.test(source);
  if (shown) return field === 'recentPosts' ? t('srcPosts') : t('srcHeader');
  return t('srcData');
}
