import { assignedObject, cachedScriptJson } from '../script-json.ts';
import { INITIAL_DATA_MARKERS, YTCFG_HL } from './selectors.ts';

/** The page's inline `ytInitialData` (first load only; a live page keeps it after SPA navigation). */
export function initialData(doc: Document): unknown {
  for (const el of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = el.textContent ?? '';
    // The assignment opens its script; looking only near the start keeps this cheap on 40+ scripts.
    const marker = INITIAL_DATA_MARKERS.find((m) => text.lastIndexOf(m, 200) >= 0);
    if (marker) return cachedScriptJson(el, 'youtube-initial-data', (t) => assignedObject(t, marker));
  }
  return null;
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
