import type { Count } from '../core/count.ts';
import type { Platform } from '../core/platform.ts';
import {
  type CountCandidate,
  fitsMessage,
  isShown,
  MAX_BIO_FIELD_CHARS,
  MAX_BIO_FIELDS,
  MAX_CAPTION_CHARS,
  type PostCountField,
  type ShownBio,
  type ShownCount,
  type ShownCounts,
  type ShownNote,
  type ShownPost,
} from '../core/shown.ts';
import type { CountField, ProfileSnapshot, RecentPost } from '../core/snapshot.ts';

/** Reading a page either yields a snapshot (fields may be null, with reasons in `missing`) or says why not. */
export type ReadResult = { ok: true; snapshot: ProfileSnapshot } | { ok: false; error: string };

/**
 * The page's half of a document read: the snapshot with every number already known, and the counts the page only
 * shows as text (`shown`), for the worker to read (sites/shown/read.ts resolveShown).
 */
export type PageRead = { ok: true; snapshot: ProfileSnapshot; shown?: ShownCounts } | { ok: false; error: string };

/** What a content script reads with: the page's half of a read, and the site's hooks for its data. */
export interface PageReader {
  platform: Platform;
  readPage(doc: Document, url: URL): PageRead;
  pageData?(doc: Document, url: URL): PageData | null;
}

/** The reading side of a platform. Pure: no messaging, no UI, never throws (callers still guard). */
export interface SiteReader {
  platform: Platform;
  /** A live or parsed document at `url` → snapshot of the profile the URL names. */
  readDocument(doc: Document, url: URL): ReadResult;
  /** The same read, with the counts the page shows as text left unread (readDocument = resolveShown of this). */
  readPage(doc: Document, url: URL): PageRead;
  /**
   * A JSON payload the page itself loads (browse response, userInfo, …); null when it is not this site's.
   * `pageLang`: the page's UI language, for a payload whose text counts name none (YouTube without hl=).
   */
  readPayload?(json: unknown, url: URL | null, pageLang?: string): ReadResult | null;
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

/**
 * Embedded page data handed to the worker, today YouTube's: the text of the script that assigns `ytInitialData`
 * (where no main-world observer hands over its projection as a payload).
 */
export interface PageData {
  source: 'ytInitialData';
  text: string;
  /** `<html lang>`, when the page has one. */
  htmlLang: string | null;
  /** The page's own config language (YouTube's ytcfg HL), looked up only without `htmlLang`. */
  configLang: string | null;
}

export const COUNT_FIELDS = ['followers', 'following', 'posts', 'totalLikes'] as const satisfies readonly CountField[];

/**
 * The first language a page offers, in the reader's order of trust, with where it came from; "en" (the most
 * common number format) when none does.
 */
export function chooseLang(candidates: ReadonlyArray<readonly [string | null | undefined, string]>): [string, string] {
  for (const [lang, source] of candidates) if (lang) return [lang, source];
  // Unknown, and said so: magnitude words are then read only as every language that knows them agrees.
  return ['und', 'default'];
}

/**
 * Where a reader reads: on the page, a bio and captions go to the worker as text (their Unicode patterns, compiled
 * cold, would cost the page's first read); in a payload the reader already runs in the worker and reads them.
 */
export type ReadWhere = 'page' | 'payload';

/**
 * A recent post as a page gathers it: its counts may still be text, and its caption is text, for the worker to read
 * (the hashtag and mention patterns' first use costs a page several ms: Unicode classes and NFC, compiled cold).
 */
export type PagePost = Omit<RecentPost, PostCountField> & {
  likes: RecentPost['likes'] | ShownCount;
  comments: Count | ShownCount | null;
  views: Count | ShownCount | null;
  shares?: Count | ShownCount | null;
  caption?: string;
};

const POST_COUNT_FIELDS = ['likes', 'comments', 'views', 'shares'] as const satisfies readonly PostCountField[];

/** A gathered post split in two: the post with its text counts null, and those texts (null when there are none). */
function splitPost(post: RecentPost | PagePost): {
  post: RecentPost;
  shown: ShownPost | null;
} {
  const out = { ...post } as Record<string, unknown>;
  const shown: ShownPost = {};
  if ('caption' in post && typeof post.caption === 'string') {
    delete out.caption;
    if (post.caption.length <= MAX_CAPTION_CHARS) shown.caption = post.caption;
  }
  for (const field of POST_COUNT_FIELDS) {
    const value = post[field];
    if (!value || value === 'hidden' || !isShown(value)) continue;
    out[field] = null;
    if (fitsMessage(value)) shown[field] = value;
  }
  return { post: out as RecentPost, shown: Object.keys(shown).length > 0 ? shown : null };
}

/** Collects fields with their source, or the reason they are missing, so every reader reports the same way. */
export class SnapshotBuilder {
  private readonly snap: ProfileSnapshot;
  /** Per count, its sources in order once one of them is text: the first the worker can read wins. */
  private readonly candidates: Partial<Record<CountField, CountCandidate[]>> = {};
  private shownPosts: ShownCounts['posts'];
  private shownBio: ShownBio | undefined;
  private readonly notes: ShownNote[] = [];

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

  /**
   * Sets a count the first time a source provides it; later (weaker) sources do not overwrite it. A count shown as
   * text is queued with the sources after it, until one of them is a number: the worker reads them in this order.
   */
  count(field: CountField, value: Count | ShownCount | null | undefined, source: string): this {
    if (!value || this.has(field)) return this;
    const queued = this.candidates[field];
    if (isShown(value)) {
      if (fitsMessage(value)) this.candidates[field] = [...(queued ?? []), { shown: value, source }];
    } else if (queued) queued.push({ count: value, source });
    else {
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

  /** Whether the count is settled: known, or queued behind text with a number after it. */
  has(field: CountField): boolean {
    return this.snap[field] !== null || (this.candidates[field]?.some((c) => 'count' in c) ?? false);
  }

  /** Whether a bio was read already, as facts or as text for the worker (a later, poorer source leaves it). */
  hasBio(): boolean {
    return this.snap.bio !== undefined || this.shownBio !== undefined;
  }

  set<K extends 'displayName' | 'verified' | 'private' | 'lang' | 'bio'>(
    key: K,
    value: ProfileSnapshot[K] | undefined,
  ): this {
    if (value !== undefined && value !== null) this.snap[key] = value;
    return this;
  }

  /**
   * A bio as the page shows it, with the site's link and e-mail fields: the worker finds its contacts (bioFacts), as it
   * reads captions' tags; a text over the bound is not sent (its contacts unknown, never read from a cut text).
   */
  bioText(
    text: string | null,
    links: ReadonlyArray<string | null | undefined> = [],
    emails: ReadonlyArray<string | null | undefined> = [],
  ): this {
    if (text !== null && text.length > MAX_CAPTION_CHARS) return this;
    const fields = (items: ReadonlyArray<string | null | undefined>) =>
      items
        .filter((x): x is string => typeof x === 'string' && x.length <= MAX_BIO_FIELD_CHARS)
        .slice(0, MAX_BIO_FIELDS);
    this.shownBio = { text, links: fields(links), emails: fields(emails) };
    return this;
  }

  posts(posts: ReadonlyArray<RecentPost | PagePost>, source: string): this {
    if (posts.length > 0 && this.snap.recentPosts.length === 0) {
      const split = posts.slice(0, 200).map(splitPost);
      this.snap.recentPosts = split.map((p) => p.post);
      if (split.some((p) => p.shown !== null)) this.shownPosts = split.map((p) => p.shown);
      this.snap.sources.recentPosts = source;
      delete this.snap.missing?.recentPosts;
    }
    return this;
  }

  /** A source note whose number is text ("<n> talking about this"): the worker fills it in if it reads. */
  note(key: ShownNote['key'], shown: ShownCount, after: string): this {
    if (fitsMessage(shown)) this.notes.push({ key, shown, after });
    return this;
  }

  /** The counts left to the worker, or undefined when the page knew every number. */
  shown(): ShownCounts | undefined {
    const counts = Object.keys(this.candidates).length > 0 ? { counts: this.candidates } : {};
    const posts = this.shownPosts ? { posts: this.shownPosts } : {};
    const notes = this.notes.length > 0 ? { notes: this.notes } : {};
    const bio = this.shownBio ? { bio: this.shownBio } : {};
    const all = { ...counts, ...posts, ...notes, ...bio };
    return Object.keys(all).length > 0 ? all : undefined;
  }

  /** A page read's result: the snapshot and what the worker still has to read. */
  result(snapshot: ProfileSnapshot): PageRead {
    const shown = this.shown();
    return shown ? { ok: true, snapshot, shown } : { ok: true, snapshot };
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
