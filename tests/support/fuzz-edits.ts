// Reversible edits of a parsed page for the reader fuzz test: every edit REMOVES information (a node, an
// attribute, a JSON field) or replaces digit-free text with a neutral word. Edits are undone in reverse
// order, so one parse of a 1 MB page serves hundreds of runs.

/** One applied edit; `undo` restores the document exactly. */
export interface AppliedEdit {
  describe: string;
  undo(): void;
}

/** A JSON-carrying script: its text is `prefix + JSON + suffix` (pure JSON, or `var x = {…};`). */
interface JsonScript {
  el: Element;
  prefix: string;
  suffix: string;
  json: unknown;
  paths: Path[];
}

type Path = Array<string | number>;

export type EditTarget =
  | { kind: 'remove-node'; node: Element }
  | { kind: 'remove-attribute'; node: Element; name: string }
  | { kind: 'neutral-text'; node: Text }
  | { kind: 'remove-json'; script: number; path: Path };

const WORD = 'lorem';
/** Keys that plausibly carry counts or identity: edits there are the interesting ones. */
const HOT_KEY =
  /count|follow|subscri|stat|interaction|like|video|post|tweet|media|edge_|heart|user|unique|screen_name|handle|alternate|vanity|canonical|channel|header|name|legacy|result|simpleText|runs|content|accessib/i;
const MAX_PATHS_PER_SCRIPT = 20_000;

/** Everything in one page that an edit can target, split into all targets and "hot" ones near the numbers. */
export interface EditSpace {
  scripts: JsonScript[];
  all: EditTarget[];
  hot: EditTarget[];
}

export function editSpace(doc: Document): EditSpace {
  const all: EditTarget[] = [];
  const hot: EditTarget[] = [];
  const scripts: JsonScript[] = [];
  const root = doc.documentElement;
  if (!root) return { scripts, all, hot };
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el === doc.head || el === doc.body) continue;
    const removal: EditTarget = { kind: 'remove-node', node: el };
    all.push(removal);
    const attrs = Array.from(el.attributes).map((a) => a.name);
    for (const name of attrs) all.push({ kind: 'remove-attribute', node: el, name });
    const text = el.textContent ?? '';
    const marked = attrs.some((a) => /^(data-e2e|data-testid|aria-label|title|content|href|id|property|name)$/.test(a));
    if (el.tagName !== 'SCRIPT' && (marked || (/\d/.test(text) && text.length < 120))) {
      hot.push(removal);
      for (const name of attrs) hot.push({ kind: 'remove-attribute', node: el, name });
    }
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 3 && el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE') {
        const data = (child as Text).data;
        if (data.trim() !== '' && !/\d/.test(data)) {
          const edit: EditTarget = { kind: 'neutral-text', node: child as Text };
          all.push(edit);
          if (/\d/.test(el.parentElement?.textContent?.slice(0, 200) ?? '')) hot.push(edit);
        }
      }
    }
    if (el.tagName === 'SCRIPT') {
      const script = jsonScript(el);
      if (script) {
        const index = scripts.push(script) - 1;
        hot.push(removal);
        for (const path of script.paths) {
          const target: EditTarget = { kind: 'remove-json', script: index, path };
          all.push(target);
          if (path.some((step) => typeof step === 'string' && HOT_KEY.test(step))) hot.push(target);
        }
      }
    }
  }
  return { scripts, all, hot };
}

function jsonScript(el: Element): JsonScript | null {
  const text = el.textContent ?? '';
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return null;
  try {
    const json: unknown = JSON.parse(text.slice(start, end + 1));
    return { el, prefix: text.slice(0, start), suffix: text.slice(end + 1), json, paths: pathsOf(json) };
  } catch {
    return null;
  }
}

/** Every key / index path in `json`, breadth-first, capped (huge blobs: the shallow structure comes first). */
function pathsOf(json: unknown): Path[] {
  const out: Path[] = [];
  const queue: Array<{ value: unknown; path: Path }> = [{ value: json, path: [] }];
  while (queue.length > 0 && out.length < MAX_PATHS_PER_SCRIPT) {
    const item = queue.shift();
    if (!item || item.value === null || typeof item.value !== 'object') continue;
    const entries: Array<[string | number, unknown]> = Array.isArray(item.value)
      ? item.value.map((v, i) => [i, v])
      : Object.entries(item.value);
    for (const [key, value] of entries) {
      const path = [...item.path, key];
      out.push(path);
      queue.push({ value, path });
    }
  }
  return out;
}

/** Applies one edit; the returned undo puts the document back exactly as it was. */
export function applyEdit(space: EditSpace, target: EditTarget): AppliedEdit {
  switch (target.kind) {
    case 'remove-node': {
      const { node } = target;
      const parent = node.parentNode;
      const next = node.nextSibling;
      if (!parent) return { describe: `remove detached <${node.tagName}>`, undo: () => undefined };
      parent.removeChild(node);
      return { describe: `remove ${describeNode(node)}`, undo: () => parent.insertBefore(node, next) };
    }
    case 'remove-attribute': {
      const { node, name } = target;
      const old = node.getAttribute(name);
      if (old === null) return { describe: `attribute ${name} already gone`, undo: () => undefined };
      node.removeAttribute(name);
      return { describe: `remove @${name} of ${describeNode(node)}`, undo: () => node.setAttribute(name, old) };
    }
    case 'neutral-text': {
      const { node } = target;
      const old = node.data;
      node.data = WORD;
      return {
        describe: `text ${JSON.stringify(old.slice(0, 40))} → ${WORD} in <${node.parentElement?.tagName}>`,
        undo: () => {
          node.data = old;
        },
      };
    }
    case 'remove-json': {
      const script = space.scripts[target.script];
      if (!script) return { describe: 'no such script', undo: () => undefined };
      const old = script.el.textContent ?? '';
      const copy = structuredClone(script.json);
      if (!deleteAt(copy, target.path)) return { describe: 'path already gone', undo: () => undefined };
      script.el.textContent = script.prefix + JSON.stringify(copy) + script.suffix;
      // The next JSON edit on the same script starts from this one, so several edits compound.
      const previous = script.json;
      script.json = copy;
      return {
        describe: `delete JSON ${target.path.join('.')} in ${describeNode(script.el)}`,
        undo: () => {
          script.el.textContent = old;
          script.json = previous;
        },
      };
    }
  }
}

function deleteAt(json: unknown, path: Path): boolean {
  let node = json;
  for (const step of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string | number, unknown>)[step];
  }
  const last = path.at(-1);
  if (last === undefined || node === null || typeof node !== 'object') return false;
  if (Array.isArray(node) && typeof last === 'number') {
    if (last >= node.length) return false;
    node.splice(last, 1);
    return true;
  }
  if (!Object.hasOwn(node, last)) return false;
  delete (node as Record<string | number, unknown>)[last];
  return true;
}

function describeNode(el: Element): string {
  const id = el.getAttribute('id');
  const mark = el.getAttribute('data-e2e') ?? el.getAttribute('data-testid') ?? el.getAttribute('property');
  return `<${el.tagName.toLowerCase()}${id ? `#${id}` : ''}${mark ? `[${mark}]` : ''}>`;
}
