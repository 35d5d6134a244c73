/** Marks messages from our main-world YouTube bridge. Any page script can forge them: they are untrusted input. */
export const BRIDGE_SOURCE = 'creator-lens/youtube-bridge';
/**
 * The isolated world asks the bridge for the first load's data (window.ytInitialData, which only the main world
 * sees) with this event on document; the bridge answers synchronously with ANSWER, its detail the projected JSON.
 */
export const BRIDGE_ASK_EVENT = 'creator-lens:youtube-initial-data';
export const BRIDGE_ANSWER_EVENT = 'creator-lens:youtube-initial-data-answer';
/** A browse response larger than this is not a channel page; ignore it rather than parse it. */
export const BRIDGE_MAX_CHARS = 20_000_000;
