/** A document element as the build hands it over: [tag, attributes, ...children], or a run of text. */
export type DocNode = string | [tag: DocTag, attributes: Record<string, string> | null, ...children: DocNode[]];

/** The only tags a document may produce (doc-tree.ts at build time; DocTree.tsx checks again when drawing). */
export const DOC_TAGS = [
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'br',
  'hr',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
] as const;
export type DocTag = (typeof DOC_TAGS)[number];
