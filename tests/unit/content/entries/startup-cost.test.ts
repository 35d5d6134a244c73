// Content scripts start on every page of five sites: what they create at start-up is paid on every page load.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyPattern } from '../../../../src/core/lazy-pattern.ts';

const ROOT = join(import.meta.dirname, '../../../..');
const ENTRIES = 'src/content/entries';
// A static import or re-export of one of our modules (type-only imports bundle nothing, so they are not followed).
const STATIC_IMPORT = /^(?:import|export)(?! type )[^'";]*?from\s*'(\.{1,2}\/[^']+)'|^import\s*'(\.{1,2}\/[^']+)'/gm;

/** What the content scripts bundle: every module their entries reach by static imports, derived, never listed. */
function contentModules(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !/\.tsx?$/.test(file)) return;
    seen.add(file);
    for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(STATIC_IMPORT)) {
      visit(join(dirname(file), m[1] ?? m[2] ?? ''));
    }
  };
  for (const name of readdirSync(join(ROOT, ENTRIES))) visit(join(ENTRIES, name));
  return [...seen].sort();
}

// A module-level declaration initialised with a \p{…} literal, RegExp or map to RegExps (not wrapped in a function).
const EAGER_UNICODE_PATTERN = /^(?:export )?const \w+ =\s*(?:\/|new RegExp\(|\w+\.map\()[^;]*?\\\\?p\{/gm;

describe('content-script start-up', () => {
  it('creates no Unicode-property pattern at module level (each costs time on every page; use lazyPattern)', () => {
    const offenders: string[] = [];
    for (const file of contentModules()) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const m of text.matchAll(EAGER_UNICODE_PATTERN)) offenders.push(`${file}: ${m[0].slice(0, 60)}`);
    }
    expect(offenders).toEqual([]);
  });

  it('the derived module list holds every entry and what the content scripts share', () => {
    const modules = contentModules();
    for (const file of ['src/content/entries/tiktok.ts', 'src/content/run.ts', 'src/sites/tiktok/read.ts']) {
      expect(modules, file).toContain(file);
    }
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
