/// <reference types="vite/client" />

/** docs/*.md parsed at build time (vite.config.ts, scripts/doc-tree.ts). */
declare module '*.md?tree' {
  // DocNode[] (popup/how/doc-node.ts); a relative import cannot be named in an ambient module.
  const tree: unknown[];
  export default tree;
}
