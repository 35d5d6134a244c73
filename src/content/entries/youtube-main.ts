// Runs in YouTube's main world, which alone sees the page's own data: the first load's window.ytInitialData and
// the browse response of each in-app navigation (event.detail of the page's events). It hands our isolated content
// script the projection of either (the part the reader looks at, a few tens of kB of the half megabyte) as JSON
// text. It never modifies the page, and holds nothing but its two listeners.

import { BRIDGE_ANSWER_EVENT, BRIDGE_ASK_EVENT, BRIDGE_SOURCE } from '../../messages/youtube-bridge.ts';
import { projectBrowse } from '../../sites/youtube/project.ts';

/** The projection as JSON, or null: the data is the page's, so anything (a cycle, a getter that throws) is possible. */
function projectedJson(data: unknown): string | null {
  if (!data || typeof data !== 'object') return null;
  try {
    return JSON.stringify(projectBrowse(data));
  } catch {
    return null;
  }
}

document.addEventListener('yt-navigate-finish', (event) => {
  const json = projectedJson((event as CustomEvent<{ response?: { response?: unknown } }>).detail?.response?.response);
  if (json !== null) window.postMessage({ source: BRIDGE_SOURCE, kind: 'browse', json }, location.origin);
});

// Answered synchronously within the asker's dispatch, so its read needs no extra task. YouTube assigns
// ytInitialData once per document; a re-read (every DOM change may ask) reuses the projection of the same object.
interface Projected {
  data: unknown;
  json: string | null;
}
let initial: Projected | null = null;
document.addEventListener(BRIDGE_ASK_EVENT, () => {
  const data = (window as { ytInitialData?: unknown }).ytInitialData;
  const answer: Projected = initial !== null && initial.data === data ? initial : { data, json: projectedJson(data) };
  initial = answer;
  if (answer.json !== null) document.dispatchEvent(new CustomEvent(BRIDGE_ANSWER_EVENT, { detail: answer.json }));
});
