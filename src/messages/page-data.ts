// The hand-over from our main-world observer (observer.ts) to the isolated content script. Any page script can post
// the same message: it is untrusted input, bounded here and identity-checked by the worker.

/** Marks messages from our main-world page-data observer. */
export const PAGE_DATA_SOURCE = 'creator-lens/page-data';
/** The largest projection handed over (JSON text); a larger one is dropped, not cut. */
export const MAX_HANDOVER_CHARS = 256 * 1024;
/** The largest response body the observer reads before projecting it (X's profile timeline: ~1 MB). */
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

export interface PageDataMessage {
  source: typeof PAGE_DATA_SOURCE;
  site: string;
  json: string;
}
/**
 * The isolated script starts at document_idle, after responses the page fetched early: it asks with this event on
 * document, and the observer posts its last hand-overs again.
 */
export const PAGE_DATA_ASK_EVENT = 'creator-lens:page-data-ask';
