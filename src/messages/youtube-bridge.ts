/** Marks messages from our main-world YouTube bridge. Any page script can forge them: they are untrusted input. */
export const BRIDGE_SOURCE = 'creator-lens/youtube-bridge';
/**
 * The isolated world asks the bridge for the first load's data (window.ytInitialData, which only the main world
 * sees) with this event on document; the bridge answers synchronously with ANSWER, its detail the projected JSON.
 */
export const BRIDGE_ASK_EVENT = 'creator-lens:youtube-initial-data';
export const BRIDGE_ANSWER_EVENT = 'creator-lens:youtube-initial-data-answer';
/**
 * The largest text the page may hand over: the bridge's projections are tens of kB (OneMedia 43 kB; the captured
 * browse responses 11–33 kB), the script-text fallback of a first load up to ~1.7 MB. Anything larger is no channel
 * page, and a hostile page must not make the worker parse megabytes per DOM change.
 */
export const BRIDGE_MAX_CHARS = 4_000_000;
/** The projections (the bridge's answer, a forwarded browse response) are far smaller. */
export const PROJECTION_MAX_CHARS = 256 * 1024;
