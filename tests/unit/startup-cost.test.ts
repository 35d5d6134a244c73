// Content scripts start on every page of five sites: what they create at start-up is paid on every page load.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyPattern } from '../../src/core/lazy-pattern.ts';

const ROOT = join(import.meta.dirname, '../..');
// What the content scripts bundle (src/content/entries import these trees; the popup and worker are not in them).
const CONTENT_TREES = ['src/content', 'src/sites', 'src/core/parse-count', 'src/ui'];
const CONTENT_FILES = [
  'src/core/platform.ts',
  'src/core/count.ts',
  'src/core/snapshot.ts',
  'src/messages/to-content.ts',
];

// A module-level declaration initialised with a \p{…} literal, RegExp or map to RegExps (not wrapped in a function).
const EAGER_UNICODE_PATTERN = /^(?:export )?const \w+ =\s*(?:\/|new RegExp\(|\w+\.map\()[^;]*?\\\\?p\{/gm;

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('content-script start-up', () => {
  it('creates no Unicode-property pattern at module level (each costs time on every page; use lazyPattern)', () => {
    const offenders: string[] = [];
    for (const file of [...CONTENT_TREES.flatMap(files), ...CONTENT_FILES]) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const m of text.matchAll(EAGER_UNICODE_PATTERN)) offenders.push(`${file}: ${m[0].slice(0, 60)}`);
    }
    expect(offenders).toEqual([]);
  });

  it('lazyPattern builds its pattern once, on first use', () => {
    let built = 0;
    const pattern = lazyPattern(() => {
      built++;
      return /\p{L}/u;
    });
    expect(built).toBe(0);
    expect(pattern().test('ж')).toBe(true);
    expect(pattern()).toBe(pattern());
    expect(built).toBe(1);
  });

  it('the rule above catches the forms it replaced, and passes the lazy one', () => {
    const caught = (text: string) => [...text.matchAll(EAGER_UNICODE_PATTERN)].length;
    expect(caught('const LETTER = /\\p{L}/u;')).toBe(1);
    expect(caught('export const HANDLE_PATTERN = /^[\\p{L}\\p{N}]{1,100}$/u;')).toBe(1);
    expect(caught('const SPACED_SCRIPT =\n  /[\\p{Script=Latin}]/u;')).toBe(1);
    expect(caught("const PATTERNS = SCRIPTS.map((name) => [name, new RegExp(`\\\\p{Script=NAME}`, 'u')]);")).toBe(1);
    expect(caught('const LETTER = lazyPattern(() => /\\p{L}/u);')).toBe(0);
  });
});
