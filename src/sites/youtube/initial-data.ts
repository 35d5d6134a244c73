import { scriptHead } from '../dom.ts';
import { assignedObject, cachedScriptJson } from '../script-json.ts';
import { INITIAL_DATA_MARKERS, YTCFG_HL } from './selectors.ts';

// How much of a script's head can hold the marker (it starts within the first 200 characters).
const MARKER_HEAD = 200 + Math.max(...INITIAL_DATA_MARKERS.map((m) => m.length));

/** The inline script that assigns `ytInitialData` (first load only; a live page keeps it after SPA navigation). */
export function initialDataScript(doc: Document): { el: Element; text: string } | null {
  for (const el of Array.from(doc.querySelectorAll('script:not([src])'))) {
    // Only the head of each of the 40+ scripts is copied out to look for the marker; the whole text only for its own.
    if (initialDataMarker(scriptHead(el, MARKER_HEAD))) return { el, text: el.textContent ?? '' };
  }
  return null;
}

/** The assignment opens its script: the marker starts within its first 200 characters. */
function initialDataMarker(text: string): string | undefined {
  return INITIAL_DATA_MARKERS.find((m) => text.lastIndexOf(m, 200) >= 0);
}

/** The data an initial-data script's text assigns, or null (absent marker, malformed JSON). */
export function parseInitialData(text: string): unknown {
  const marker = initialDataMarker(text);
  return marker ? assignedObject(text, marker) : null;
}

/** The page's inline `ytInitialData`, parsed once per script text (script-json.ts). */
export function initialData(doc: Document): unknown {
  const script = initialDataScript(doc);
  return script ? cachedScriptJson(script.el, 'youtube-initial-data', parseInitialData) : null;
}

/** ytcfg's `"HL":"es"` from the inline config scripts, or null. */
export function ytcfgHl(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = el.textContent ?? '';
    if (!text.includes('"HL":"')) continue;
    const hl = YTCFG_HL.exec(text)?.[1];
    if (hl) return hl;
  }
  return null;
}
