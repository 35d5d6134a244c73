import { parseHTML } from 'linkedom';
import type { Platform } from '../core/platform.ts';
import type { ProfileSnapshot } from '../core/snapshot.ts';
import { metaContent } from '../sites/dom.ts';
import type { ReadResult, SiteReader } from '../sites/reader.ts';
import type { ReaderOptions } from '../sites/reader-options.ts';
import { READER_FACTORIES } from '../sites/readers.ts';
import { profileAt, SITE_URLS, siteOfHost } from '../sites/registry.ts';
import { channelIdentity } from '../sites/youtube/identity.ts';
import { initialData } from '../sites/youtube/initial-data.ts';

export interface PageCommandInput {
  text: string;
  fileName: string;
  url?: string;
  lang?: string;
  /** The clock relative dates count back from (the day the page was saved); now by default. */
  now?: Date;
}

export interface PageCommandResult {
  snapshot: ProfileSnapshot | null;
  error?: string;
}

/** The site a URL belongs to, profile or not (a post page still says which reader should refuse it). */
function platformOf(url: URL): Platform | null {
  const profile = profileAt(url.href);
  if (profile) return profile.platform;
  return siteOfHost(url.hostname)?.platform ?? null;
}

function readers(options: ReaderOptions): SiteReader[] {
  return Object.values(READER_FACTORIES).map((make) => make(options));
}

function readerFor(platform: Platform, options: ReaderOptions): SiteReader | null {
  return READER_FACTORIES[platform]?.(options) ?? null;
}

function toResult(result: ReadResult): PageCommandResult {
  return result.ok ? { snapshot: result.snapshot } : { snapshot: null, error: result.error };
}

function parseUrl(text: string | null | undefined): URL | null {
  if (!text) return null;
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** Which page a saved document is: og:url, canonical link, then the sites' own markers. */
function documentUrl(doc: Document): URL | null {
  const declared =
    parseUrl(metaContent(doc, 'og:url')) ?? parseUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  if (declared) return declared;
  const yt = initialData(doc);
  if (yt) {
    const { handle, channelId } = channelIdentity(yt);
    const id = handle ?? channelId;
    if (id) return new URL(SITE_URLS.youtube.profileUrl(id));
  }
  return null;
}

function readJson(json: unknown, url: URL | null, options: ReaderOptions): PageCommandResult {
  if (url) {
    const platform = platformOf(url);
    const reader = platform ? readerFor(platform, options) : null;
    if (!reader?.readPayload) return { snapshot: null, error: `no reader for ${url.hostname}` };
    const result = reader.readPayload(json, url);
    return result ? toResult(result) : { snapshot: null, error: `not a ${platform} payload this reader knows` };
  }
  for (const reader of readers(options)) {
    const result = reader.readPayload?.(json, null);
    if (result) return toResult(result);
  }
  return {
    snapshot: null,
    error: 'not a payload any reader knows (YouTube browse, TikTok userInfo / item_list, Instagram user / posts)',
  };
}

function readHtml(text: string, url: URL | null, options: ReaderOptions): PageCommandResult {
  const { document } = parseHTML(text);
  const pageUrl = url ?? documentUrl(document);
  if (!pageUrl) return { snapshot: null, error: 'cannot tell which page this is: pass --url' };
  const platform = platformOf(pageUrl);
  const reader = platform ? readerFor(platform, options) : null;
  if (!reader) return { snapshot: null, error: `no reader for ${pageUrl.href}` };
  return toResult(reader.readDocument(document, pageUrl));
}

/** `inspect page`: a saved HTML page or JSON payload (+ optional --url, --lang) → the snapshot or why not. */
export function pageCommand(input: PageCommandInput): PageCommandResult {
  try {
    const url = input.url === undefined ? null : parseUrl(input.url);
    if (input.url !== undefined && !url) return { snapshot: null, error: `--url is not a URL: ${input.url}` };
    const { now } = input;
    const options: ReaderOptions = { ...(input.lang ? { lang: input.lang } : {}), ...(now ? { now: () => now } : {}) };
    const trimmed = input.text.trimStart();
    if (/\.json$/i.test(input.fileName) || trimmed.startsWith('{') || trimmed.startsWith('[')) {
      let json: unknown;
      try {
        json = JSON.parse(input.text);
      } catch (error) {
        return { snapshot: null, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
      }
      return readJson(json, url, options);
    }
    return readHtml(input.text, url, options);
  } catch (error) {
    return {
      snapshot: null,
      error: `could not read the page: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
