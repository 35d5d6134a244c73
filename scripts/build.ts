// Builds dist/chrome and dist/firefox: the same sources, one vite run per target browser.
import { build } from 'vite';

const targets = (process.argv[2] ? [process.argv[2]] : ['chrome', 'firefox']) as Array<'chrome' | 'firefox'>;
for (const target of targets) {
  process.env.TARGET = target;
  await build({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    logLevel: 'warn',
    mode: 'production',
  });
  console.log(`built dist/${target}`);
}
