// Bench-only bundle (built to .tmp/bench as an IIFE): the site readers, timed inside the real page.
import { primeLanguage } from '../../src/core/parse-count/index.ts';
import { isLocaleFacts } from '../../src/core/parse-count/locale-facts.ts';
import type { ProfileRef } from '../../src/core/platform.ts';
import type { PageData, ReadResult, SiteReader } from '../../src/sites/reader.ts';
import { READERS } from '../../src/sites/readers.ts';
import { profileAt } from '../../src/sites/registry.ts';

/** The bundle runs in our content script's world (read-time.ts), where messages really go to our worker. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** The page language's number facts as the view's reply brings them (parsed by the messaging), not yet taken in. */
let pendingFacts: unknown = null;

/** The profile a page shows and its site's reader: known before any read (run.ts resolves them on the URL). */
type Target = { profile: ProfileRef; reader: SiteReader };

function targetOf(href: string): Target | null {
  const profile = profileAt(href);
  const reader = profile ? READERS[profile.platform] : undefined;
  return profile && reader ? { profile, reader } : null;
}

/**
 * One read as the content script does it on the page's thread (follow-profile.ts readOnce, run.ts read): a site
 * whose reader hands its embedded data to the worker finds that text and sends it (the browser serialises the
 * message on this thread before sendMessage returns), unless it handed over the same text already; any other site
 * takes in the number facts (before its first read) and reads its document.
 */
function readOnPage(doc: Document, { profile, reader }: Target, handed: { text: string | null }) {
  const url = new URL(location.href);
  const data = reader.pageData?.(doc, url) ?? null;
  if (data) {
    if (data.text !== handed.text) {
      void chrome.runtime.sendMessage({ kind: 'content:page-data', ref: profile, ...data });
      handed.text = data.text;
    }
    return data;
  }
  if (pendingFacts !== null && isLocaleFacts(pendingFacts)) primeLanguage(pendingFacts);
  pendingFacts = null;
  return reader.readDocument(doc, url);
}

/** The worker's half of a read handed over (off the page's thread in the extension; timed here for comparison). */
function finishInWorker(data: PageData, href: string): ReadResult | null {
  return targetOf(href)?.reader.readPageData?.(data, new URL(href)) ?? null;
}

/** The text this page last handed over: a re-read of unchanged data sends nothing (follow-profile.ts). */
const handed = { text: null as string | null };
let lastHanded: PageData | null = null;

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
  let last: PageData | ReadResult | null = null;
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
  lastHanded = last !== null && 'source' in last ? last : null;
  if (!finish) return { ms, cloneMs, ok: last !== null, followers: null };
  const result = lastHanded ? finishInWorker(lastHanded, location.href) : (last as ReadResult | null);
  const followers = result?.ok ? (result.snapshot.followers?.value ?? null) : null;
  return { ms, cloneMs, ok: result?.ok ?? false, followers };
}

let prepared: Target | null = null;

/**
 * What the content script holds before its first read: the site and profile the URL names, and the page
 * language's number facts as the view's reply brings them (already parsed by the messaging); taking the facts in
 * is part of the first document read.
 */
export function prepare(factsJson: string): void {
  prepared = targetOf(location.href);
  pendingFacts = JSON.parse(factsJson);
}

/** The worker's half of the last read handed over, timed; cold when timeReads ran with `finish` false. */
export function timeWorkerHalf(): number | null {
  if (!lastHanded) return null;
  const t0 = performance.now();
  finishInWorker(lastHanded, location.href);
  return performance.now() - t0;
}
