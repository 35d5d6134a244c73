// The build's own check on its content bundles (scripts/build-checks.ts, run by npm run build), on small fake
// builds: it passes a clean one and names each way a build can go wrong.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentBundleProblems, PARSER_MARKER } from '../../../scripts/build-checks.ts';
import { PLATFORMS } from '../../../src/core/platform.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fake unpacked build: `files` path → content, the manifest listing the content scripts given. */
function fakeBuild(scripts: string[], files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'cl-build-'));
  made.push(dist);
  const all = { 'manifest.json': JSON.stringify({ content_scripts: scripts.map((js) => ({ js: [js] })) }), ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

const siteScripts = PLATFORMS.map((p) => `src/content/entries/${p}.js`);
const clean = () => ({
  ...Object.fromEntries(siteScripts.map((s) => [s, 'send({ text })'])),
  'src/content/entries/tiktok-main.js': 'observe()',
  'assets/scoring.js': `new Intl.NumberFormat(l).${PARSER_MARKER}(1)`,
});

describe('the content bundles check', () => {
  it('passes a build whose content scripts send text and whose worker parses', () => {
    expect(contentBundleProblems(fakeBuild([...siteScripts, 'src/content/entries/tiktok-main.js'], clean()))).toEqual(
      [],
    );
  });

  it('names a content script or an observer that carries the parser', () => {
    const files = { ...clean(), 'src/content/entries/x.js': `a.${PARSER_MARKER}(1)` };
    files['src/content/entries/tiktok-main.js'] = `b.${PARSER_MARKER}(2)`;
    const problems = contentBundleProblems(fakeBuild([...siteScripts, 'src/content/entries/tiktok-main.js'], files));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/entries\/x\.js carries the count parser/);
    expect(problems[1]).toMatch(/tiktok-main\.js carries the count parser/);
  });

  it('says when the marker finds no parser anywhere, and when a site has no content script', () => {
    const files: Record<string, string> = clean();
    delete files['assets/scoring.js'];
    const problems = contentBundleProblems(fakeBuild(siteScripts.slice(1), files));
    expect(problems.join('\n')).toMatch(/not one per site/);
    expect(problems.join('\n')).toMatch(/no bundle in assets\/ carries formatToParts/);
  });

  const real = join(import.meta.dirname, '../../../dist/chrome');
  it.runIf(existsSync(join(real, 'manifest.json')))('passes the real build (npm run build runs it too)', () => {
    expect(contentBundleProblems(real)).toEqual([]);
  });
});
