// Small DOM helpers shared by the site readers. They work on a live page and on linkedom documents in Node.

/** The first element matching any selector, tried in order (selectors with alternatives are arrays). */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const el = root.querySelector(selector);
      if (el) return el;
    } catch {
      // A selector the DOM implementation does not support is just a miss.
    }
  }
  return null;
}

export function allMatches(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    try {
      const els = Array.from(root.querySelectorAll(selector));
      if (els.length > 0) return els;
    } catch {
      // unsupported selector: try the next alternative
    }
  }
  return [];
}

/** `<meta property|name=…>` content, entity-decoded by the parser. */
export function metaContent(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return el?.getAttribute('content') ?? null;
}

/**
 * The first `length` characters of a script's text, without copying the rest: a page's inline scripts hold
 * megabytes, and `textContent` copies each whole one into a new string.
 */
export function scriptHead(el: Element, length: number): string {
  const first = el.firstChild;
  if (first?.nodeType === 3 && (first as Text).length >= length) return (first as Text).substringData(0, length);
  return (el.textContent ?? '').slice(0, length);
}

/** The UI language the page declares (`<html lang>`), else "en". */
export function documentLang(doc: Document): string {
  return doc.documentElement?.getAttribute('lang')?.trim() || 'en';
}

/** Walks parsed JSON depth-first for the first object under `key` (positions change between releases). */
export function findKey(json: unknown, key: string, maxDepth = 40): unknown {
  const stack: Array<[unknown, number]> = [[json, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object' || depth > maxDepth) continue;
    if (!Array.isArray(node) && Object.hasOwn(node, key)) return (node as Record<string, unknown>)[key];
    const children = Array.isArray(node) ? node : Object.values(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
  }
  return undefined;
}
