import { type ComponentChildren, h } from 'preact';
import { DOC_TAGS, type DocNode } from './doc-node.ts';

const TAGS = new Set<string>(DOC_TAGS);
const ATTRIBUTES = new Set(['start', 'scope']);

function draw(node: DocNode, key: number): ComponentChildren {
  if (typeof node === 'string') return node;
  const [tag, attributes, ...children] = node;
  // The tree is built from our own document, but only the tags and attributes a document needs are drawn.
  if (!TAGS.has(tag)) return null;
  const props: Record<string, string | number> = { key };
  for (const [name, value] of Object.entries(attributes ?? {})) if (ATTRIBUTES.has(name)) props[name] = value;
  return h(tag, props, ...children.map(draw));
}

/** A document parsed at build time (scripts/doc-tree.ts), drawn as preact elements: no HTML string anywhere. */
export function DocTree({ tree }: { tree: DocNode[] }) {
  return <div class="cl-doc">{tree.map(draw)}</div>;
}
