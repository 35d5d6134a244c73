// YouTube's page data, through the same observer as every site's: its /youtubei/v1/browse responses, the browse
// response of each in-app navigation (event.detail of the page's own yt-navigate-finish), and on ask the first
// load's window.ytInitialData, which only the main world sees; each projected to the part the reader looks at
// (sites/youtube/project.ts: tens of kB of the half megabyte).
import { projectBrowse } from '../../sites/youtube/project.ts';
import { observePageResponses } from './observer.ts';

export function observeYouTube(win: Window & typeof globalThis = window): void {
  // The first load's data is assigned once per document: the same object is handed over once.
  let initial: unknown = null;
  const hand = observePageResponses(
    {
      site: 'youtube',
      endpoints: [/^\/youtubei\/v1\/browse\/?$/],
      project: projectBrowse,
      onAsk(handOver) {
        const data = (win as { ytInitialData?: unknown }).ytInitialData;
        if (data === initial) return;
        initial = data;
        handOver(data);
      },
    },
    win,
  );
  win.document.addEventListener('yt-navigate-finish', (event) => {
    try {
      hand((event as CustomEvent<{ response?: { response?: unknown } }>).detail?.response?.response);
    } catch {
      // The page's event, with whatever detail it has: nothing for us.
    }
  });
}
