// Builds dist/chrome and dist/firefox: the same sources, one vite run per target browser; then checks each build.
import { build } from 'vite';
import { contentBundleProblems } from './build-checks.ts';

const targets = (process.argv[2] ? [process.argv[2]] : ['chrome', 'firefox']) as Array<'chrome' | 'firefox'>;
for (const target of targets) {
  process.env.TARGET = target;
  await build({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    logLevel: 'warn',
    mode: 'production',
  });
  const problems = contentBundleProblems(new URL(`../dist/${target}`, import.meta.url).pathname);
  if (problems.length > 0) {
    console.error(`dist/${target} fails its checks:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`built dist/${target}`);
}
