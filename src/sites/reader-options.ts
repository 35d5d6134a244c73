import type { SiteReader } from './reader.ts';

/** Knobs a caller may set on a reader: the CLI's `--lang`, and a clock for relative dates in tests. */
export interface ReaderOptions {
  /** Overrides the UI language detected on the page (parsing and snapshot.lang). */
  lang?: string;
  /** "Now" for turning "3 days ago" into an approximate date. */
  now?: () => Date;
}

export type ReaderFactory = (options?: ReaderOptions) => SiteReader;
