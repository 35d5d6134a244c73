// The unit tests mirror src/ (issue 22): a test of src/<folder>/ sits in tests/unit/<folder>/, a test of another
// folder of the repo (scripts/, lint/) in tests/unit/<that folder>/, and checks of the whole repo in
// tests/unit/project/. What the tests share (fixtures, fakes, the vitest setup) lives in tests/support/.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const UNIT = join(ROOT, 'tests/unit');
const TEST = /\.test\.tsx?$/;

/** Every file and folder under `dir`, relative to it. */
function tree(dir: string): { files: string[]; folders: string[] } {
  const files: string[] = [];
  const folders: string[] = [];
  const visit = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) {
        folders.push(relative(dir, full));
        visit(full);
      } else files.push(relative(dir, full));
    }
  };
  visit(dir);
  return { files, folders };
}

describe('the unit test tree', () => {
  const { files, folders } = tree(UNIT);

  it('holds only tests, and none directly in tests/unit/ (helpers go to tests/support/)', () => {
    expect(files.filter((f) => TEST.test(f)).length).toBeGreaterThan(50);
    expect(files.filter((f) => !f.includes('/'))).toEqual([]);
    expect(files.filter((f) => !TEST.test(f))).toEqual([]);
  });

  it('has a folder only where src/ (or the repo, for scripts/ and lint/) has one', () => {
    const mirrors = (folder: string) =>
      existsSync(join(ROOT, 'src', folder)) ||
      (!/^(src|tests|node_modules)(\/|$)/.test(folder) && existsSync(join(ROOT, folder)));
    expect(folders.filter((f) => !mirrors(f) && f !== 'project')).toEqual([]);
    // The check above looks at real folders: the deepest ones mirror src/ too.
    expect(folders).toEqual(expect.arrayContaining(['core/scoring', 'storage/index', 'sites/youtube']));
  });

  it('tests/support/ holds no tests (vitest would not run them)', () => {
    const support = tree(join(ROOT, 'tests/support')).files;
    expect(support.length).toBeGreaterThan(0);
    expect(support.filter((f) => TEST.test(f))).toEqual([]);
  });
});
