// JSON embedded in <script> elements, parsed once per element and text length.
// A live page keeps the same element across SPA navigations but may rewrite it, so the cache keys on both
// the element (WeakMap: dropped with the element) and its text length; a failed parse is cached as null too.

type Parse = (text: string) => unknown;

const caches = new Map<string, WeakMap<Element, { length: number; value: unknown }>>();

/** Parses a script element's text with `parse`, reusing the last result while the text length is unchanged. */
export function cachedScriptJson(el: Element, kind: string, parse: Parse): unknown {
  const text = el.textContent ?? '';
  let cache = caches.get(kind);
  if (!cache) {
    cache = new WeakMap();
    caches.set(kind, cache);
  }
  const hit = cache.get(el);
  if (hit && hit.length === text.length) return hit.value;
  const value = safeParse(parse, text);
  cache.set(el, { length: text.length, value });
  return value;
}

function safeParse(parse: Parse, text: string): unknown {
  try {
    return parse(text);
  } catch {
    return null;
  }
}

export function parseJson(text: string): unknown {
  return JSON.parse(text);
}

/**
 * The object literal assigned after `marker` in inline JS (`var ytInitialData = {…};`,
 * `window["ytInitialData"] = {…};`, `window._sharedData = {…};`); null when absent or malformed.
 */
export function assignedObject(text: string, marker: string): unknown {
  const at = text.indexOf(marker);
  if (at < 0) return null;
  const start = text.indexOf('{', at + marker.length);
  if (start < 0) return null;
  // Usual case: the assignment is the whole script, so the last "}" closes it.
  const last = text.lastIndexOf('}');
  if (last > start) {
    try {
      return JSON.parse(text.slice(start, last + 1));
    } catch {
      // more code follows the literal: find its end by scanning
    }
  }
  const end = objectEnd(text, start);
  if (end < 0) return null;
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    return null;
  }
}

/**
 * The objects under `keys` in a large JSON text, each parsed alone: `{key: value}` for those found, null when none is.
 * In valid JSON an unescaped `"key":` is a key (inside strings quotes are escaped); the first one is taken. TikTok's
 * rehydration blob is 244 kB, of which the reader uses 25 kB; parsing all of it took 2–5 ms in a fresh page.
 */
export function keyedObjects(text: string, keys: readonly string[]): Record<string, unknown> | null {
  const found: Record<string, unknown> = {};
  let any = false;
  for (const key of keys) {
    const marker = `${JSON.stringify(key)}:`;
    const at = text.indexOf(marker);
    if (at < 0) continue;
    const start = text.indexOf('{', at + marker.length);
    if (start < 0 || text.slice(at + marker.length, start).trim() !== '') continue;
    const end = objectEnd(text, start);
    if (end < 0) continue;
    try {
      found[key] = JSON.parse(text.slice(start, end + 1));
      any = true;
    } catch {
      // a malformed slice counts as absent
    }
  }
  return any ? found : null;
}

/**
 * Index of the "}" that closes the object opened at `start`, skipping strings; -1 when unbalanced. It jumps from one
 * structural character to the next with a regex and indexOf: a char-by-char loop runs cold on a fresh page, and
 * cost 1–7 ms on TikTok's 23 kB app-context where this takes 0.2–0.6 ms (Chromium 156).
 */
function objectEnd(text: string, start: number): number {
  const structural = /[{}"]/g;
  structural.lastIndex = start;
  let depth = 0;
  for (let m = structural.exec(text); m; m = structural.exec(text)) {
    const at = m.index;
    const c = text.charCodeAt(at);
    if (c === 34) {
      const close = closingQuote(text, at);
      if (close < 0) return -1;
      structural.lastIndex = close + 1;
    } else if (c === 123) depth++;
    else if (--depth === 0) return at;
  }
  return -1;
}

/** The quote that ends the string opened at `open`: the next one not escaped by an odd run of backslashes. */
function closingQuote(text: string, open: number): number {
  let at = open;
  for (;;) {
    at = text.indexOf('"', at + 1);
    if (at < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(at - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) return at;
  }
}
