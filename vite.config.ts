import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { CONTENT_ENTRIES, manifestFor, type TargetBrowser } from './src/manifest.config.ts';

// One config, two targets: TARGET=chrome|firefox (scripts/build.ts runs both).
const target = (process.env.TARGET ?? 'chrome') as TargetBrowser;

export default defineConfig({
  plugins: [
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
