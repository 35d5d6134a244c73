/** Marks messages from our main-world YouTube bridge. Any page script can forge them: they are untrusted input. */
export const BRIDGE_SOURCE = 'creator-lens/youtube-bridge';
/** A browse response larger than this is not a channel page; ignore it rather than parse it. */
export const BRIDGE_MAX_CHARS = 20_000_000;
