// Bench-only bundle (built to .tmp/bench as an IIFE): the site readers, timed inside the real page.
import { readHandedPayload, withPageData } from '../../src/background/page-data.ts';
import { ContentContext } from '../../src/content/context.ts';
import { mountOverlay } from '../../src/content/overlay/mount.ts';
import { listenForPayloads } from '../../src/content/page-data/payloads.ts';
import { type Platform, type ProfileRef, profileKey } from '../../src/core/platform.ts';
import { documentLang } from '../../src/sites/dom.ts';
import { facebookPageReader } from '../../src/sites/facebook/read.ts';
import { instagramPageReader } from '../../src/sites/instagram/read.ts';
import type { PageData, PageRead, PageReader, ReadResult } from '../../src/sites/reader.ts';
import { READERS } from '../../src/sites/readers.ts';
import { profileAt } from '../../src/sites/registry.ts';
import { resolveRead } from '../../src/sites/shown/read.ts';
import { tiktokPageReader } from '../../src/sites/tiktok/read.ts';
import { xPageReader } from '../../src/sites/x/read.ts';
import { youtubePageReader } from '../../src/sites/youtube/page.ts';

/** The bundle runs in our content script's world (read-time.ts), where messages really go to our worker. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** What each content script reads with (src/content/entries): the page's half of a read. */
const PAGE_READERS: Record<Platform, PageReader> = {
  tiktok: tiktokPageReader,
  instagram: instagramPageReader,
  x: xPageReader,
  youtube: youtubePageReader,
  facebook: facebookPageReader,
};

/** The profile a page shows and its site's page reader: known before any read (run.ts resolves them on the URL). */
type Target = { profile: ProfileRef; reader: PageReader };

function targetOf(href: string): Target | null {
  const profile = profileAt(href);
  return profile ? { profile, reader: PAGE_READERS[profile.platform] } : null;
}

/** What the page has handed over and sent: a re-read of the same text sends nothing (follow-profile.ts). */
type Handed = { text: string | null; payloads: string[] };

/**
 * One read as the content script does it on the page's thread (follow-profile.ts readOnce, run.ts read): first the
 * projections our main-world observer handed over before it (sent as they are: the browser serialises each on this
 * thread); a site whose reader hands its embedded data to the worker sends that text only while the observer has
 * handed over nothing (the projection supersedes it), unless it handed over the same text already; otherwise the
 * page reads its document and sends what it read (counts shown as text go as text) unless it sent the same already.
 */
function readOnPage(
  doc: Document,
  { profile, reader }: Target,
  handed: Handed,
  pending: string[],
): PageData | PageRead {
  const url = new URL(location.href);
  for (const text of pending.splice(0)) {
    void chrome.runtime.sendMessage({ kind: 'content:payload', ref: profile, text, lang: documentLang(doc) });
    handed.payloads.push(text);
  }
  const data = handed.payloads.length === 0 ? (reader.pageData?.(doc, url) ?? null) : null;
  if (data) {
    if (data.text !== handed.text) {
      void chrome.runtime.sendMessage({ kind: 'content:page-data', ref: profile, ...data });
      handed.text = data.text;
    }
    return data;
  }
  const read = reader.readPage(doc, url);
  if (!read.ok) return read;
  const { snapshot, shown } = read;
  const text = JSON.stringify([snapshot, shown]);
  if (text !== handed.text) {
    void chrome.runtime.sendMessage({ kind: 'content:profile-read', snapshot, ...(shown ? { shown } : {}) });
    handed.text = text;
  }
  return read;
}

/**
 * The worker's half of a read (off the page's thread in the extension; timed here for comparison): the shown counts
 * or the embedded data read, and each handed-over projection read and joined to it (background/page-data.ts).
 */
function finishInWorker(read: PageData | PageRead, href: string, payloads: readonly string[]): ReadResult | null {
  const url = new URL(href);
  const profile = profileAt(href);
  const reader = profile ? READERS[profile.platform] : undefined;
  const base = 'ok' in read ? resolveRead(read) : (reader?.readPageData?.(read, url) ?? null);
  const lang = documentLang(document);
  const data = payloads.map((text) => readHandedPayload(reader, text, url, lang)).filter((d) => d !== null);
  if (data.length === 0) return base;
  // Without a read of its own the first payload is the base (the worker's content:payload path), joined once.
  const [first, ...rest] = base?.ok ? [base.snapshot, ...data] : data;
  if (!first) return base;
  return { ok: true, snapshot: rest.reduce((joined, d) => withPageData(joined, d), first) };
}

/** The text this page last handed over, and the projections sent. */
const handed: Handed = { text: null, payloads: [] };
/** Projections the main-world observer handed over and the next read has not sent yet (run.ts: early payloads). */
const pending: string[] = [];
let lastHanded: PageData | PageRead | null = null;

type Timed = { ms: number[]; cloneMs: number[]; ok: boolean; followers: number | null; handedOver: number };

/**
 * Times `runs` reads of the live document at its own URL (the first is fully cold: code, count-parser tables and
 * embedded JSON), then `clones` reads of fresh copies of the document: new elements, so the embedded JSON is
 * parsed again, but with the code already warm — what a cold read costs once the script has run on a page.
 * Where the data goes to the worker, ok and followers are the worker's answer, after the timing and only when
 * `finish` (false keeps the call to the page's half, for its thread CPU; timeWorkerHalf times the worker's).
 */
export function timeReads(runs: number, clones = 5, finish = true): Timed {
  const target = prepared ?? targetOf(location.href);
  if (!target) return { ms: [], cloneMs: [], ok: false, followers: null, handedOver: 0 };
  const ms: number[] = [];
  let last: PageData | PageRead | null = null;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = readOnPage(document, target, handed, pending);
    ms.push(performance.now() - t0);
  }
  const cloneMs: number[] = [];
  for (let i = 0; i < clones; i++) {
    const copy = document.cloneNode(true) as Document;
    const t0 = performance.now();
    // A later profile of an observed site gets its data from the observer too: the copy reads what it shows.
    readOnPage(copy, target, { text: null, payloads: [...handed.payloads] }, []);
    cloneMs.push(performance.now() - t0);
  }
  lastHanded = last;
  const handedOver = handed.payloads.length;
  if (!finish) return { ms, cloneMs, ok: last !== null, followers: null, handedOver };
  const result = lastHanded ? finishInWorker(lastHanded, location.href, handed.payloads) : null;
  const followers = result?.ok ? (result.snapshot.followers?.value ?? null) : null;
  return { ms, cloneMs, ok: result?.ok ?? false, followers, handedOver };
}

let prepared: Target | null = null;

/**
 * What the content script has done before its first read: resolved the site and profile the URL names, asked for
 * the view (content:get-view), and mounted the overlay showing
 * "reading" (follow-profile.ts, with the overlay on, as it is by default): the messaging and the page's DOM
 * bindings in our world are set up by then.
 */
export function prepare(): number | null {
  prepared = targetOf(location.href);
  if (!prepared) return null;
  // run.ts listens at its top level and asks at once: the main-world observer answers in the same task, projecting
  // what the page holds (YouTube's first-load data) on the page's thread; its message arrives a task later.
  const ctx = new ContentContext();
  const t0 = performance.now();
  listenForPayloads(ctx, prepared.profile.platform, (text) => pending.push(text));
  const askMs = performance.now() - t0;
  void chrome.runtime.sendMessage({ kind: 'content:get-view', ref: prepared.profile });
  const noop = () => undefined;
  mountOverlay(ctx, profileKey(prepared.profile), 'en', { onToggleSave: noop, onHide: noop }).update({
    phase: 'reading',
  });
  return askMs;
}

/** The worker's half of the last read, timed; cold when timeReads ran with `finish` false. */
export function timeWorkerHalf(): number | null {
  if (!lastHanded) return null;
  const t0 = performance.now();
  finishInWorker(lastHanded, location.href, handed.payloads);
  return performance.now() - t0;
}
