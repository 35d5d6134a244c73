import type { Platform } from '../core/platform.ts';
import type { PageRead, PageReader, ReadResult, SiteReader } from './reader.ts';
import { resolveRead } from './shown/read.ts';

/** Runs a reader body so that nothing ever throws into the page: an exception becomes `{ ok: false }`. */
export function guarded<T extends ReadResult | null>(read: () => T): T | ReadResult {
  try {
    return read();
  } catch (error) {
    return { ok: false, error: `reader failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export function notAProfile(site: string, url: URL | null): ReadResult {
  return { ok: false, error: `not a profile URL on ${site}: ${url?.href ?? '(none)'}` };
}

export const NO_IDENTITY: ReadResult = { ok: false, error: 'cannot tell which profile: pass --url' };

/**
 * A site's reader with options bound and every entry point guarded (the shape every site shares). `readPage` is the
 * page's half of a document read; readDocument finishes it, as the worker does with what a content script sends.
 */
export function guardedReader<O>(
  platform: Platform,
  readPage: (doc: Document, url: URL, options: O) => PageRead,
  readPayload: (json: unknown, url: URL | null, options: O, pageLang?: string) => ReadResult | null,
  options: O,
): SiteReader {
  return {
    platform,
    readDocument: (doc, url) => guarded(() => resolveRead(readPage(doc, url, options))),
    readPage: (doc, url) => guarded(() => readPage(doc, url, options)),
    readPayload: (json, url, pageLang) => guarded(() => readPayload(json, url, options, pageLang)),
  };
}

/**
 * A site's reader without its payload half, for the content scripts: what reads JSON files and API responses (the
 * CLI, tests) stays out of the script every page of the site loads.
 */
export function documentReader<O>(
  platform: Platform,
  readPage: (doc: Document, url: URL, options: O) => PageRead,
  options: O,
): PageReader {
  return { platform, readPage: (doc, url) => guarded(() => readPage(doc, url, options)) };
}
