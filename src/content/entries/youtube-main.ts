// Runs in YouTube's main world (the isolated world cannot see event.detail of the page's own events).
// It only observes: on each in-app navigation it forwards the fresh browse response, as JSON text, to our
// isolated content script. It never modifies the page, and it holds nothing but this one listener.
import { BRIDGE_SOURCE } from '../bridge-protocol.ts';

document.addEventListener('yt-navigate-finish', (event) => {
  const response = (event as CustomEvent<{ response?: { response?: unknown } }>).detail?.response?.response;
  if (!response || typeof response !== 'object') return;
  let json: string;
  try {
    json = JSON.stringify(response);
  } catch {
    return;
  }
  window.postMessage({ source: BRIDGE_SOURCE, kind: 'browse', json }, location.origin);
});
