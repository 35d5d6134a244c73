// JSON embedded in <script> elements, parsed once per element and text length.
// A live page keeps the same element across SPA navigations but may rewrite it, so the cache keys on both
// the element (WeakMap: dropped with the element) and its text length; a failed parse is cached as null too.

type Parse = (text: string) => unknown;

const caches = new Map<string, WeakMap<Element, { length: number; value: unknown }>>();

/** Parses a script element's text with `parse`, reusing the last result while the text length is unchanged. */
export function cachedScriptJson(el: Element, kind: string, parse: Parse): unknown {
  let cache = caches.get(kind);
  if (!cache) {
    cache = new WeakMap();
    caches.set(kind, cache);
  }
  const hit = cache.get(el);
  // A hit is decided on the length alone: the text (hundreds of kB on TikTok) is copied out only to parse it.
  if (hit && hit.length === textLength(el)) return hit.value;
  const text = el.textContent ?? '';
  const value = safeParse(parse, text);
  cache.set(el, { length: text.length, value });
  return value;
}

/** The length of an element's text, without copying it when it is one text node (as a parsed script's is). */
function textLength(el: Element): number {
  const only = el.firstChild;
  if (only && only === el.lastChild && only.nodeType === 3) return (only as Text).length;
  return (el.textContent ?? '').length;
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
  return sliceValue(text, start, bracketEnd(text, start)) ?? null;
}

/** What to take from the object under a key: all of it, or only the members named (read one by one, in order). */
export type Take = 'all' | readonly string[];

/**
 * The objects under the keys of `wanted` in a large JSON text, each parsed alone: `{key: value}` for those found,
 * null when none is. In valid JSON an unescaped `"key":` is a key (inside strings quotes are escaped); the first one
 * is taken. TikTok's rehydration blob is hundreds of kB, of which the reader uses a few kB and one string; parsing all
 * of it would cost a fresh page more than the rest of its read.
 */
export function keyedObjects(text: string, wanted: Readonly<Record<string, Take>>): Record<string, unknown> | null {
  const found: Record<string, unknown> = {};
  let any = false;
  for (const [key, take] of Object.entries(wanted)) {
    const marker = `${JSON.stringify(key)}:`;
    const at = text.indexOf(marker);
    if (at < 0) continue;
    const start = text.indexOf('{', at + marker.length);
    if (start < 0 || text.slice(at + marker.length, start).trim() !== '') continue;
    const value = take === 'all' ? sliceValue(text, start, bracketEnd(text, start)) : someMembers(text, start, take);
    // a malformed object counts as absent
    if (value === undefined) continue;
    found[key] = value;
    any = true;
  }
  return any ? found : null;
}

/**
 * The string under the first unescaped `"key":` in a large JSON text, parsed alone; null when absent or not a string.
 * For one translation among TikTok's 180 kB of them, where parsing the object around it would cost the page.
 */
export function keyedString(text: string, key: string): string | null {
  const marker = `${JSON.stringify(key)}:`;
  const at = text.indexOf(marker);
  if (at < 0) return null;
  const start = skipSpace(text, at + marker.length);
  if (text.charCodeAt(start) !== 34) return null;
  const value = sliceValue(text, start, closingQuote(text, start));
  return typeof value === 'string' ? value : null;
}

/**
 * The members `names` of the object opened at `start`, as a full parse would give them (the first of a repeated
 * key), without parsing the others (they are only delimited, not checked); it stops once all are read. TikTok's
 * app-context puts `language` first and 20 kB of A/B-test ids after it. Undefined when the text is malformed before
 * they are all read.
 */
function someMembers(text: string, start: number, names: readonly string[]): Record<string, unknown> | undefined {
  const picked: Record<string, unknown> = {};
  let left = names.length;
  let at = skipSpace(text, start + 1);
  if (text.charCodeAt(at) === 125) return picked;
  while (left > 0) {
    if (text.charCodeAt(at) !== 34) return undefined;
    const keyLast = closingQuote(text, at);
    const key = sliceValue(text, at, keyLast);
    at = skipSpace(text, keyLast + 1);
    if (typeof key !== 'string' || text.charCodeAt(at) !== 58) return undefined;
    const valueStart = skipSpace(text, at + 1);
    const last = valueLast(text, valueStart);
    if (last < 0) return undefined;
    if (names.includes(key) && !Object.hasOwn(picked, key)) {
      const value = sliceValue(text, valueStart, last);
      if (value === undefined) return undefined;
      picked[key] = value;
      left--;
    }
    at = skipSpace(text, last + 1);
    const c = text.charCodeAt(at);
    if (c === 125) break;
    if (c !== 44) return undefined;
    at = skipSpace(text, at + 1);
  }
  return picked;
}

/** JSON.parse of text[from..last], undefined when malformed (or `last` is -1). */
function sliceValue(text: string, from: number, last: number): unknown {
  if (last < from) return undefined;
  try {
    return JSON.parse(text.slice(from, last + 1));
  } catch {
    return undefined;
  }
}

function skipSpace(text: string, from: number): number {
  let at = from;
  for (let c = text.charCodeAt(at); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++at));
  return at;
}

/** Index of the last character of the JSON value that starts at `start`; -1 when it does not end. */
function valueLast(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (c === 34) return closingQuote(text, start);
  if (c === 123 || c === 91) return bracketEnd(text, start);
  const end = /[\s,\]}]/g;
  end.lastIndex = start;
  const hit = end.exec(text);
  return hit ? hit.index - 1 : text.length - 1;
}

/**
 * Index of the "}" or "]" that closes the object or array opened at `start`, skipping strings; -1 when unbalanced.
 * It jumps from one structural character to the next with a regex and indexOf: a char-by-char loop runs cold on a
 * fresh page, and cost many times this on TikTok's app-context (bench: reading a profile).
 */
function bracketEnd(text: string, start: number): number {
  const structural = /[{}[\]"]/g;
  structural.lastIndex = start;
  let depth = 0;
  for (let m = structural.exec(text); m; m = structural.exec(text)) {
    const at = m.index;
    const c = text.charCodeAt(at);
    if (c === 34) {
      const close = closingQuote(text, at);
      if (close < 0) return -1;
      structural.lastIndex = close + 1;
    } else if (c === 123 || c === 91) depth++;
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
