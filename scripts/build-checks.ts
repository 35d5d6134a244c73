// What a build must hold before anything runs it: each site's content script gathers counts as text and leaves
// parsing to the worker (sites/shown/read.ts), so the count parser must not ride along into a content script or a
// main-world observer (tree shaking keeps it out only while nothing they load uses it). The worker's bundle carries
// it, which shows the marker is real. `npm run build` fails on a problem; tests/unit/scripts/build-checks.test.ts tests this.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLATFORMS } from '../src/core/platform.ts';

// Only the count parser learns number formats from Intl (parse-count/language.ts); minifiers keep method names.
export const PARSER_MARKER = 'formatToParts';

/** What is wrong with the content bundles of the unpacked extension in `dist`; empty when nothing is. */
export function contentBundleProblems(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js: string[] }>;
  };
  const all = (manifest.content_scripts ?? []).flatMap((c) => c.js);
  const problems: string[] = [];
  const sites = all.filter((file) => !file.endsWith('-main.js')).map((file) => /entries\/(\w+)\.js$/.exec(file)?.[1]);
  if (sites.sort().join() !== [...PLATFORMS].sort().join()) {
    problems.push(`content scripts are not one per site: ${sites.join(', ')}`);
  }
  for (const file of all) {
    if (readFileSync(join(dist, file), 'utf8').includes(PARSER_MARKER)) {
      problems.push(`${file} carries the count parser (${PARSER_MARKER}): the page must send counts as text`);
    }
  }
  const assets = join(dist, 'assets');
  const bundles = existsSync(assets) ? readdirSync(assets).filter((f) => f.endsWith('.js')) : [];
  if (!bundles.some((f) => readFileSync(join(assets, f), 'utf8').includes(PARSER_MARKER))) {
    problems.push(`no bundle in assets/ carries ${PARSER_MARKER}: the marker no longer finds the count parser`);
  }
  return problems;
}
