// The YouTube content script's half of a read: what the page shows, gathered as text (the worker reads the counts),
// and the first load's embedded data as text for the worker, when no main-world observer handed it over.
import { documentReader, notAProfile } from '../guard.ts';
import { chooseLang, type PageData, type PageRead, type PageReader, SnapshotBuilder } from '../reader.ts';
import { readDomHeader, readDomItems } from './dom.ts';
import { initialDataScript, ytcfgHl } from './initial-data.ts';
import { youtubeUrls } from './url.ts';

export const NOT_SHOWN = {
  following: 'YouTube does not show whom a channel follows',
  totalLikes: 'YouTube shows no lifetime likes for a channel',
};

/** The languages a YouTube page offers besides its data: `<html lang>`, else ytcfg's HL. */
export type PageLangs = Pick<PageData, 'htmlLang' | 'configLang'>;

export function pageLangs(doc: Document): PageLangs {
  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim() || null;
  return { htmlLang, configLang: htmlLang ? null : ytcfgHl(doc) };
}

/** The rendered header and grid, unless the header still shows another channel; `trail` gets what was tried. */
export function readDom(b: SnapshotBuilder, doc: Document, urlHandle: string, lang: string, trail: string[]): void {
  const dom = readDomHeader(b, doc, urlHandle, lang);
  trail.push(dom.note);
  if (!dom.stale) b.posts(readDomItems(doc, lang), 'dom:ytd-rich-item-renderer');
}

/** The page's read of its own DOM: used when the page's data does not answer (stale, or without the counts). */
function readPage(doc: Document, url: URL): PageRead {
  const urlHandle = youtubeUrls.profileHandle(url);
  if (!urlHandle) return notAProfile('YouTube', url);
  const langs = pageLangs(doc);
  const [lang, langSource] = chooseLang([
    [langs.htmlLang, 'html[lang]'],
    [langs.configLang, 'ytcfg HL'],
  ]);
  const b = new SnapshotBuilder('youtube', urlHandle, url.href, lang);
  const trail = ['ytInitialData: read by the worker, not on the page'];
  readDom(b, doc, urlHandle, lang, trail);
  b.miss('recentPosts', trail.join('; '));
  return b.result(b.finish(trail, langSource, NOT_SHOWN));
}

/** The first load's data as the script's text (the worker parses it): for a page without our main-world observer. */
function embeddedData(doc: Document, url: URL): PageData | null {
  if (!youtubeUrls.profileHandle(url)) return null;
  const script = initialDataScript(doc);
  return script ? { source: 'ytInitialData', text: script.text, ...pageLangs(doc) } : null;
}

export function pageData(doc: Document, url: URL): PageData | null {
  try {
    return embeddedData(doc, url);
  } catch {
    return null; // the document read that follows reports what went wrong
  }
}

/** What the YouTube content script reads with: its DOM as text, and its embedded data for the worker. */
export const youtubePageReader: PageReader = { ...documentReader('youtube', readPage, {}), pageData };
