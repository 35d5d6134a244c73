import type { ReadResult } from './reader.ts';

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
