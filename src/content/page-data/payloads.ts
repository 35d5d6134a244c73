import { MAX_HANDOVER_CHARS, PAGE_DATA_ASK_EVENT, PAGE_DATA_SOURCE } from '../../messages/page-data.ts';
import type { ContentContext } from '../context.ts';

/**
 * Listens for what our main-world observer hands over on this site, and passes each projection's text on. Any
 * page script can post the same message: it is bounded here (size, and at most MAX_PER_PAGE per page) and the
 * worker reads it like any page input, for the page's own URL only. Returns the ask: the observer then hands over
 * what the page holds beyond its responses (YouTube's first-load data, which the page may assign late).
 */
export function listenForPayloads(ctx: ContentContext, site: string, onPayload: (text: string) => void): () => void {
  let taken = 0;
  // The same response may come twice (posted, then again for our ask): passed on once.
  const seen = new Set<string>();
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    if (event.source !== window || event.origin !== location.origin) return;
    const data = event.data as { source?: unknown; site?: unknown; json?: unknown } | null;
    if (data?.source !== PAGE_DATA_SOURCE || data.site !== site || typeof data.json !== 'string') return;
    if (data.json.length > MAX_HANDOVER_CHARS || seen.has(data.json) || ++taken > MAX_PER_PAGE) return;
    seen.add(data.json);
    onPayload(data.json);
  });
  const ask = () => {
    if (!ctx.signal.aborted) document.dispatchEvent(new CustomEvent(PAGE_DATA_ASK_EVENT));
  };
  ask();
  return ask;
}

/** Responses handed over per page at most: a long scroll loads a few dozen timeline pages. */
export const MAX_PER_PAGE = 200;
