import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { docTree } from './scripts/doc-tree.ts';
import { CONTENT_ENTRIES, manifestFor, type TargetBrowser } from './src/manifest.config.ts';

// One config, two targets: TARGET=chrome|firefox (scripts/build.ts runs both).
const target = (process.env.TARGET ?? 'chrome') as TargetBrowser;

// `import tree from 'x.md?tree'`: the document parsed at build time into the element tree DocTree.tsx draws.
function markdownTree(): Plugin {
  const SUFFIX = '.md?tree';
  return {
    name: 'creator-lens-markdown-tree',
    enforce: 'pre',
    resolveId(id, importer) {
      if (!id.endsWith(SUFFIX) || !importer) return null;
      return resolve(dirname(importer), id);
    },
    load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      const file = id.slice(0, -'?tree'.length);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(docTree(readFileSync(file, 'utf8')))};`;
    },
  };
}

export default defineConfig({
  plugins: [
    markdownTree(),
    preact(),
    crx({
      manifest: manifestFor(target),
      browser: target,
      liveReload: false,
      contentScripts: { standaloneFiles: CONTENT_ENTRIES },
    }),
  ],
  build: {
    outDir: resolve(import.meta.dirname, 'dist', target),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    modulePreload: false,
  },
});
