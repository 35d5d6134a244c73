// The built content scripts of every site gather counts as text and leave parsing to the worker
// (sites/shown/read.ts): the count parser must not ride along into them, nor into the main-world observers (tree
// shaking keeps it out only while nothing they load uses it). The worker's bundle carries it, which shows the marker
// is real.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../src/core/platform.ts';

const ROOT = resolve(import.meta.dirname, '../..');
// Only the count parser learns number formats from Intl (parse-count/language.ts); minifiers keep method names.
const PARSER_MARKER = 'formatToParts';

describe.each(['chrome', 'firefox'])('%s build: no content script carries the count parser', (browser) => {
  const dist = join(ROOT, 'dist', browser);
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<{ js: string[] }>;
  };
  const all = manifest.content_scripts.flatMap((c) => c.js);
  const scripts = all.filter((file) => !file.endsWith('-main.js'));

  it('lists one content script per site', () => {
    expect(scripts.map((file) => /entries\/(\w+)\.js$/.exec(file)?.[1]).sort()).toEqual([...PLATFORMS].sort());
  });

  it.each(all)('%s sends counts as text, no parser', (file) => {
    expect(readFileSync(join(dist, file), 'utf8').includes(PARSER_MARKER)).toBe(false);
  });

  it("the worker's bundle carries it (the marker is real)", () => {
    const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    expect(assets.some((f) => readFileSync(join(dist, 'assets', f), 'utf8').includes(PARSER_MARKER))).toBe(true);
  });
});
