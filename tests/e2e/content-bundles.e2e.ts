// The built content scripts of TikTok, Instagram, X and Facebook gather counts as text and leave parsing to the worker
// (sites/shown/read.ts): the count parser must not ride along into them (tree shaking keeps it out only while
// nothing they load uses it). YouTube still parses on the page (its DOM fallback), which shows the marker is real.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
// Only the count parser learns number formats from Intl (parse-count/language.ts); minifiers keep method names.
const PARSER_MARKER = 'formatToParts';
const PARSES_ON_PAGE: Record<string, boolean> = {
  tiktok: false,
  instagram: false,
  x: false,
  youtube: true,
  facebook: false,
};

describe.each(['chrome', 'firefox'])('%s build: which content scripts carry the count parser', (browser) => {
  const dist = join(ROOT, 'dist', browser);
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<{ js: string[] }>;
  };
  const scripts = manifest.content_scripts.flatMap((c) => c.js).filter((file) => !file.endsWith('-main.js'));

  it('lists one content script per site', () => {
    expect(scripts.map((file) => /entries\/(\w+)\.js$/.exec(file)?.[1]).sort()).toEqual(
      Object.keys(PARSES_ON_PAGE).sort(),
    );
  });

  for (const [site, parses] of Object.entries(PARSES_ON_PAGE)) {
    it(`${site}: ${parses ? 'parses counts on the page' : 'sends counts as text, no parser'}`, () => {
      const file = scripts.find((f) => f.endsWith(`/${site}.js`));
      if (!file) throw new Error(`no content script for ${site}`);
      expect(readFileSync(join(dist, file), 'utf8').includes(PARSER_MARKER)).toBe(parses);
    });
  }
});
