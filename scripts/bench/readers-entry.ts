// Bench-only bundle (built to .tmp/bench as an IIFE): the site readers, timed inside the real page.
import { ContentContext } from '../../src/content/context.ts';
import { mountOverlay } from '../../src/content/overlay/mount.ts';
import { type Platform, type ProfileRef, profileKey } from '../../src/core/platform.ts';
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

/**
 * One read as the content script does it on the page's thread (follow-profile.ts readOnce, run.ts read): a site
 * whose reader hands its embedded data to the worker finds that text and sends it (the browser serialises the
 * message on this thread before sendMessage returns), unless it handed over the same text already; any other site
 * reads its document and sends what it read (counts shown as text go as text) unless it sent the same already.
 */
function readOnPage(doc: Document, { profile, reader }: Target, handed: { text: string | null }): PageData | PageRead {
  const url = new URL(location.href);
  const data = reader.pageData?.(doc, url) ?? null;
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

/** The worker's half of a read (off the page's thread in the extension; timed here for comparison). */
function finishInWorker(read: PageData | PageRead, href: string): ReadResult | null {
  if ('ok' in read) return resolveRead(read);
  const profile = profileAt(href);
  return (profile && READERS[profile.platform]?.readPageData?.(read, new URL(href))) ?? null;
}

/** The text this page last handed over: a re-read of unchanged data sends nothing (follow-profile.ts). */
const handed = { text: null as string | null };
let lastHanded: PageData | PageRead | null = null;

type Timed = { ms: number[]; cloneMs: number[]; ok: boolean; followers: number | null };

/**
 * Times `runs` reads of the live document at its own URL (the first is fully cold: code, count-parser tables and
 * embedded JSON), then `clones` reads of fresh copies of the document: new elements, so the embedded JSON is
 * parsed again, but with the code already warm — what a cold read costs once the script has run on a page.
 * Where the data goes to the worker, ok and followers are the worker's answer, after the timing and only when
 * `finish` (false keeps the call to the page's half, for its thread CPU; timeWorkerHalf times the worker's).
 */
export function timeReads(runs: number, clones = 5, finish = true): Timed {
  const target = prepared ?? targetOf(location.href);
  if (!target) return { ms: [], cloneMs: [], ok: false, followers: null };
  const ms: number[] = [];
  let last: PageData | PageRead | null = null;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = readOnPage(document, target, handed);
    ms.push(performance.now() - t0);
  }
  const cloneMs: number[] = [];
  for (let i = 0; i < clones; i++) {
    const copy = document.cloneNode(true) as Document;
    const t0 = performance.now();
    readOnPage(copy, target, { text: null });
    cloneMs.push(performance.now() - t0);
  }
  lastHanded = last;
  if (!finish) return { ms, cloneMs, ok: last !== null, followers: null };
  const result = lastHanded ? finishInWorker(lastHanded, location.href) : null;
  const followers = result?.ok ? (result.snapshot.followers?.value ?? null) : null;
  return { ms, cloneMs, ok: result?.ok ?? false, followers };
}

let prepared: Target | null = null;

/**
 * What the content script has done before its first read: resolved the site and profile the URL names, asked for
 * the view (content:get-view), and mounted the overlay showing
 * "reading" (follow-profile.ts, with the overlay on, as it is by default): the messaging and the page's DOM
 * bindings in our world are set up by then.
 */
export function prepare(): void {
  prepared = targetOf(location.href);
  if (!prepared) return;
  void chrome.runtime.sendMessage({ kind: 'content:get-view', ref: prepared.profile });
  const noop = () => undefined;
  const ctx = new ContentContext();
  mountOverlay(ctx, profileKey(prepared.profile), 'en', { onToggleSave: noop, onHide: noop }).update({
    phase: 'reading',
  });
}

/** The worker's half of the last read, timed; cold when timeReads ran with `finish` false. */
export function timeWorkerHalf(): number | null {
  if (!lastHanded) return null;
  const t0 = performance.now();
  finishInWorker(lastHanded, location.href);
  return performance.now() - t0;
}
