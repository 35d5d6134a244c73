// The README's folder table names only paths that exist, and every folder of src/ appears in it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('| folder | what lives there |'), readme.indexOf('### Adding a site'));
const named = [...table.matchAll(/`([^`]+)`/g)]
  .map((m) => m[1] as string)
  .filter((p) => /^(src|tests|scripts|public|docs)\//.test(p));

describe('the README folder table', () => {
  it('names real paths (placeholders like <site> stand for each site)', () => {
    expect(named.length).toBeGreaterThan(10);
    for (const path of named) {
      const concrete = path.replace('<platform>', 'tiktok').replace('<site>', 'tiktok').replace(/\/$/, '');
      expect(existsSync(resolve(ROOT, concrete)), path).toBe(true);
    }
  });
  it('mentions every folder under src/', () => {
    for (const dir of readdirSync(resolve(ROOT, 'src'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      expect(table, dir.name).toContain(`src/${dir.name}`);
    }
  });
});
