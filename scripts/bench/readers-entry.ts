// Bench-only bundle (built to .tmp/bench as an IIFE): the site readers, timed inside the real page.
import { primeLanguage } from '../../src/core/parse-count/index.ts';
import { isLocaleFacts } from '../../src/core/parse-count/locale-facts.ts';
import type { PageData, ReadResult } from '../../src/sites/reader.ts';
import { READERS } from '../../src/sites/readers.ts';
import { profileAt } from '../../src/sites/registry.ts';

/** The bundle runs in our content script's world (read-time.ts), where messages really go to our worker. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** The page language's number facts, taken in before the first document read, as run.ts does. */
let pendingFacts: string | null = null;

/**
 * One read as the content script does it on the page's thread (run.ts, follow-profile.ts): a site whose reader
 * hands its embedded data to the worker finds that text and sends it (the browser serialises the message on this
 * thread before sendMessage returns), unless it handed over the same text already; any other site reads its
 * document, taking in the number facts first.
 */
function readOnPage(doc: Document, href: string, handed: { text: string | null }): PageData | ReadResult | null {
  const profile = profileAt(href);
  const reader = profile ? READERS[profile.platform] : undefined;
  if (!profile || !reader) return null;
  const url = new URL(href);
  const data = reader.pageData?.(doc, url) ?? null;
  if (data) {
    if (data.text !== handed.text) {
      void chrome.runtime.sendMessage({ kind: 'content:page-data', ref: profile, ...data });
      handed.text = data.text;
    }
    return data;
  }
  if (pendingFacts !== null) {
    const facts: unknown = JSON.parse(pendingFacts);
    if (isLocaleFacts(facts)) primeLanguage(facts);
    pendingFacts = null;
  }
  return reader.readDocument(doc, url);
}

/** The worker's half of a read handed over (off the page's thread in the extension; timed here for comparison). */
function finishInWorker(data: PageData, href: string): ReadResult | null {
  const profile = profileAt(href);
  return (profile && READERS[profile.platform]?.readPageData?.(data, new URL(href))) || null;
}

/** The text this page last handed over: a re-read of unchanged data sends nothing (follow-profile.ts). */
const handed = { text: null as string | null };
let lastHanded: PageData | null = null;

type Timed = { ms: number[]; cloneMs: number[]; ok: boolean; followers: number | null };

/**
 * `factsJson`: the page language's number facts as the background sends them (content:get-view), or null to
 * learn them from Intl in the page. Taking them in (parse, check, index) is timed as part of the first document read.
 * Times `runs` reads of the live document at its own URL (the first is fully cold: code, count-parser tables and
 * embedded JSON), then `clones` reads of fresh copies of the document: new elements, so the embedded JSON is
 * parsed again, but with the code already warm — what a cold read costs once the script has run on a page.
 * Where the data goes to the worker, ok and followers are the worker's answer, after the timing and only when
 * `finish` (false keeps the call to the page's half, for its thread CPU; timeWorkerHalf times the worker's).
 */
export function timeReads(runs: number, clones = 5, factsJson: string | null = null, finish = true): Timed {
  const ms: number[] = [];
  let last: PageData | ReadResult | null = null;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    if (i === 0 && factsJson !== null) pendingFacts = factsJson;
    last = readOnPage(document, location.href, handed);
    ms.push(performance.now() - t0);
  }
  const cloneMs: number[] = [];
  for (let i = 0; i < clones; i++) {
    const copy = document.cloneNode(true) as Document;
    const t0 = performance.now();
    readOnPage(copy, location.href, { text: null });
    cloneMs.push(performance.now() - t0);
  }
  lastHanded = last !== null && 'source' in last ? last : null;
  if (!finish) return { ms, cloneMs, ok: last !== null, followers: null };
  const result = lastHanded ? finishInWorker(lastHanded, location.href) : (last as ReadResult | null);
  const followers = result?.ok ? (result.snapshot.followers?.value ?? null) : null;
  return { ms, cloneMs, ok: result?.ok ?? false, followers };
}

/** The worker's half of the last read handed over, timed; cold when timeReads ran with `finish` false. */
export function timeWorkerHalf(): number | null {
  if (!lastHanded) return null;
  const t0 = performance.now();
  finishInWorker(lastHanded, location.href);
  return performance.now() - t0;
}
