// Bench-only bundle (built to .tmp/bench as an IIFE): the site readers, timed inside the real page.
import { primeLanguage } from '../../src/core/parse-count/index.ts';
import { isLocaleFacts } from '../../src/core/parse-count/locale-facts.ts';
import { readLiveDocument } from '../../src/sites/readers.ts';

/**
 * `factsJson`: the page language's number facts as the background sends them (content:get-view), or null to
 * learn them from Intl in the page. Taking them in (parse, check, index) is timed as part of the first read.
 * Times `runs` reads of the live document at its own URL (the first is fully cold: code, count-parser tables and
 * embedded JSON), then `clones` reads of fresh copies of the document: new elements, so the embedded JSON is
 * parsed again, but with the code already warm — what a cold read costs once the script has run on a page.
 */
export function timeReads(
  runs: number,
  clones = 5,
  factsJson: string | null = null,
): { ms: number[]; cloneMs: number[]; ok: boolean; followers: number | null } {
  const ms: number[] = [];
  let last = null as ReturnType<typeof readLiveDocument>;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    if (i === 0 && factsJson !== null) {
      const facts: unknown = JSON.parse(factsJson);
      if (isLocaleFacts(facts)) primeLanguage(facts);
    }
    last = readLiveDocument(document, location.href);
    ms.push(performance.now() - t0);
  }
  const cloneMs: number[] = [];
  for (let i = 0; i < clones; i++) {
    const copy = document.cloneNode(true) as Document;
    const t0 = performance.now();
    readLiveDocument(copy, location.href);
    cloneMs.push(performance.now() - t0);
  }
  return { ms, cloneMs, ok: last?.ok ?? false, followers: last?.ok ? (last.snapshot.followers?.value ?? null) : null };
}
