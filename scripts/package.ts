// `npm run package`: zips dist/chrome and dist/firefox for store upload (builds first).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import pkg from '../package.json' with { type: 'json' };

const ROOT = join(import.meta.dirname, '..');
execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build.ts')], { stdio: 'inherit' });

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

for (const target of ['chrome', 'firefox']) {
  const dist = join(ROOT, 'dist', target);
  const entries = Object.fromEntries(filesUnder(dist).map((f) => [relative(dist, f), readFileSync(f)]));
  const out = join(ROOT, `creator-lens-${pkg.version}-${target}.zip`);
  writeFileSync(out, zipSync(entries, { level: 9 }));
  console.log(`${relative(ROOT, out)}  ${Object.keys(entries).length} files, ${statSync(out).size} bytes`);
}
