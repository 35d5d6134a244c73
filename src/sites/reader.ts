import type { Count } from '../core/count.ts';
import type { Platform } from '../core/platform.ts';
import type { CountField, ProfileSnapshot, RecentPost } from '../core/snapshot.ts';

/** Reading a page either yields a snapshot (fields may be null, with reasons in `missing`) or says why not. */
export type ReadResult = { ok: true; snapshot: ProfileSnapshot } | { ok: false; error: string };

/** The reading side of a platform. Pure: no messaging, no UI, never throws (callers still guard). */
export interface SiteReader {
  platform: Platform;
  /** A live or parsed document at `url` → snapshot of the profile the URL names. */
  readDocument(doc: Document, url: URL): ReadResult;
  /** A JSON payload the page itself loads (browse response, userInfo, …); null when it is not this site's. */
  readPayload?(json: unknown, url: URL | null): ReadResult | null;
  /**
   * The page's half of a read finished in the worker: the page's large embedded data as text, unparsed, so parsing
   * and walking it happen off the page's thread. Null when the page has no such data (read the document instead).
   */
  pageData?(doc: Document, url: URL): PageData | null;
  /**
   * The worker's half: `pageData`'s text → snapshot. `{ ok: false }` when the data alone does not answer (stale
   * after in-app navigation, or counts only the page's DOM shows): the page then reads its document itself.
   */
  readPageData?(data: PageData, url: URL): ReadResult;
}

/** Embedded page data handed to the worker (today YouTube's ytInitialData, or a browse response after navigation). */
export interface PageData {
  source: 'ytInitialData' | 'browse';
  text: string;
  /** `<html lang>`, when the page has one. */
  htmlLang: string | null;
  /** The page's own config language (YouTube's ytcfg HL), looked up only without `htmlLang`. */
  configLang: string | null;
}

const COUNT_FIELDS = ['followers', 'following', 'posts', 'totalLikes'] as const satisfies readonly CountField[];

/**
 * The first language a page offers, in the reader's order of trust, with where it came from; "en" (the most
 * common number format) when none does.
 */
export function chooseLang(candidates: ReadonlyArray<readonly [string | null | undefined, string]>): [string, string] {
  for (const [lang, source] of candidates) if (lang) return [lang, source];
  return ['en', 'default'];
}

/** Collects fields with their source, or the reason they are missing, so every reader reports the same way. */
export class SnapshotBuilder {
  private readonly snap: ProfileSnapshot;

  constructor(platform: Platform, handle: string, url: string, lang: string) {
    this.snap = {
      platform,
      handle,
      url,
      lang,
      followers: null,
      following: null,
      posts: null,
      totalLikes: null,
      recentPosts: [],
      sources: {},
      missing: {},
    };
  }

  /** Sets a count the first time a source provides it; later (weaker) sources do not overwrite it. */
  count(field: CountField, value: Count | null | undefined, source: string): this {
    if (value && this.snap[field] === null) {
      this.snap[field] = value;
      this.snap.sources[field] = source;
      delete this.snap.missing?.[field];
    }
    return this;
  }

  /** Records why a field is still missing (which sources or selectors were tried). */
  miss(field: string, reason: string): this {
    if (this.snap.missing && !(field in this.snap.sources)) this.snap.missing[field] = reason;
    return this;
  }

  has(field: CountField): boolean {
    return this.snap[field] !== null;
  }

  set<K extends 'displayName' | 'verified' | 'private' | 'lang'>(key: K, value: ProfileSnapshot[K] | undefined): this {
    if (value !== undefined && value !== null) this.snap[key] = value;
    return this;
  }

  posts(posts: RecentPost[], source: string): this {
    if (posts.length > 0 && this.snap.recentPosts.length === 0) {
      this.snap.recentPosts = posts.slice(0, 200);
      this.snap.sources.recentPosts = source;
      delete this.snap.missing?.recentPosts;
    }
    return this;
  }

  /**
   * Marks every count still null as missing: with the site's own reason where it never shows that count
   * (`notShown`), else the layers tried. Then builds, noting where the language came from.
   */
  finish(trail: string[], langSource: string, notShown: Partial<Record<CountField, string>> = {}): ProfileSnapshot {
    for (const field of COUNT_FIELDS) if (!this.has(field)) this.miss(field, notShown[field] ?? trail.join('; '));
    const snapshot = this.build();
    snapshot.sources.lang = langSource;
    return snapshot;
  }

  build(): ProfileSnapshot {
    for (const field of COUNT_FIELDS) {
      if (this.snap[field] === null && !this.snap.missing?.[field]) this.miss(field, 'not shown on this page');
    }
    if (this.snap.missing && Object.keys(this.snap.missing).length === 0) delete this.snap.missing;
    return structuredClone(this.snap);
  }
}
