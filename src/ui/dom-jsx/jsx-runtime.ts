// A JSX runtime that builds DOM directly: components are plain functions, there is no diffing and no state. The
// overlay uses it because compiling and first running preact's renderer on a fresh page cost more than the whole
// card (CHANGELOG.md); files opt in with a jsxImportSource pragma naming this folder. Page text only
// ever becomes text nodes and attribute values, never markup.

type Child = Node | string | number | bigint | boolean | null | undefined | Child[];
type Props = Record<string, unknown> & { children?: Child };
type Component = (props: never) => Node;

export function Fragment(props: { children?: Child }): DocumentFragment {
  const out = document.createDocumentFragment();
  append(out, props.children);
  return out;
}

// Attribute names as HTML writes them (class, type, title, aria-*, data-*), but no inline handler (on…); any other
// prop, such as a markup prop, is ignored: no prop can put markup or script in.
const ATTRIBUTE = /^(?!on)[a-z][a-z0-9-]*$/;
const LISTENER = /^on[A-Z][a-zA-Z]*$/;

export function jsx(type: string | Component, props: Props): Node {
  if (typeof type === 'function') return (type as (p: Props) => Node)(props);
  const el = document.createElement(type);
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (LISTENER.test(name) && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    } else if (ATTRIBUTE.test(name) && name !== 'children') {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, props.children);
  return el;
}

export { jsx as jsxs, jsx as jsxDEV };

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || typeof child === 'boolean') return;
  if (Array.isArray(child)) for (const each of child) append(parent, each);
  else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
}

export declare namespace JSX {
  type Element = Node;
  interface IntrinsicElements {
    [tag: string]: Record<string, unknown>;
  }
  interface ElementChildrenAttribute {
    children: unknown;
  }
}
