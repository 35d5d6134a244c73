import type { ContentContext } from '../context.ts';

// Reading budget: numbers usually render within a second or two of navigation; more posts arrive on scroll.
const FIRST_READ_DEADLINE_MS = 8000;
// Until the numbers are found, read soon after the DOM changes (the card should follow within ~100 ms)…
const EARLY_READ_THROTTLE_MS = 30;
const MAX_EARLY_READS = 150;
// …then let scrolling settle before reading the newly loaded posts.
const REREAD_DEBOUNCE_MS = 400;
const MAX_READS = 40;

/**
 * When to read the page: at once, then on DOM changes (throttled until the numbers are found, debounced after),
 * within a budget of reads; and, if nothing was found by the deadline, `deadline` once. Returns a read now.
 */
export function scheduleReads(
  ctx: ContentContext,
  reads: { found(): boolean; read(early: boolean): void; deadline(): void },
): () => void {
  let later = 0;
  let early = 0;
  const readNow = () => {
    if (ctx.signal.aborted) return;
    const found = reads.found();
    if (found ? later >= MAX_READS : early >= MAX_EARLY_READS) return;
    if (found) later += 1;
    else early += 1;
    reads.read(!found);
  };

  let cancel: (() => void) | undefined;
  let lastEarlyRead = Number.NEGATIVE_INFINITY;
  const earlyRead = () => {
    cancel = undefined;
    lastEarlyRead = performance.now();
    readNow();
  };
  ctx.observe(document.body ?? document.documentElement, { childList: true, subtree: true }, () => {
    if (!reads.found()) {
      // Throttle, not debounce: a page that keeps rendering must not postpone the first read forever. Leading
      // edge: the first change is read right here, before the page spends its frame on layout.
      if (cancel !== undefined) return;
      const wait = lastEarlyRead + EARLY_READ_THROTTLE_MS - performance.now();
      if (wait <= 0) earlyRead();
      else cancel = ctx.setTimeout(earlyRead, wait);
      return;
    }
    cancel?.();
    cancel = ctx.setTimeout(readNow, REREAD_DEBOUNCE_MS);
  });
  ctx.setTimeout(() => {
    if (!reads.found() && ctx.alive) reads.deadline();
  }, FIRST_READ_DEADLINE_MS);
  return readNow;
}
