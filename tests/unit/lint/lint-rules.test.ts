// What biome.json keeps: the layers (README, How it works: per-folder noRestrictedImports, noImportCycles) and the
// source's security properties (SECURITY.md: lint/no-html-sinks.grit, noGlobalEval, noRestrictedGlobals). This runs
// the real config on tiny wrong files in a temp dir, so a rule that stops firing fails here.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIOME = join(ROOT, 'node_modules/.bin/biome');
const dir = mkdtempSync(join(tmpdir(), 'creator-lens-layers-'));
cpSync(join(ROOT, 'biome.json'), join(dir, 'biome.json'));
cpSync(join(ROOT, 'lint'), join(dir, 'lint'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Biome's diagnostics (rule and file) for `files`, written under the temp dir. */
function lint(files: Record<string, string>): string[] {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  let out: string;
  try {
    out = execFileSync(BIOME, ['lint', '--reporter=github', ...Object.keys(files)], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  return [...out.matchAll(/^::error title=(lint\/\S+|plugin),file=([^,]+)/gm)].map(
    ([, rule, file]) => `${rule} ${relative(dir, resolve(dir, file ?? ''))}`,
  );
}

describe('biome keeps the layers', () => {
  it('core importing from storage fails', () => {
    expect(
      lint({
        'src/storage/keys.ts': "export const KEY = 'k';\n",
        'src/core/wrong.ts': "import { KEY } from '../storage/keys.ts';\n\nexport const key = KEY;\n",
      }),
    ).toEqual(['lint/style/noRestrictedImports src/core/wrong.ts']);
  });

  it('content importing from background, popup or storage fails; from core it passes', () => {
    const files = {
      'src/background/router.ts': 'export const route = 1;\n',
      'src/popup/api.ts': 'export const api = 2;\n',
      'src/core/count.ts': 'export const count = 3;\n',
      'src/content/wrong.ts': [
        "import { route } from '../background/router.ts';",
        "import { count } from '../core/count.ts';",
        "import { api } from '../popup/api.ts';",
        "import { KEY } from '../storage/keys.ts';",
        '',
        'export const all = [route, count, api, KEY];',
        '',
      ].join('\n'),
    };
    expect(lint(files)).toEqual(Array(3).fill('lint/style/noRestrictedImports src/content/wrong.ts'));
  });

  it('an import cycle fails, type-only imports too', () => {
    const diagnostics = lint({
      'src/storage/a.ts': "import type { B } from './b.ts';\n\nexport type A = { b?: B };\n",
      'src/storage/b.ts': "import type { A } from './a.ts';\n\nexport type B = { a?: A };\n",
    });
    expect(diagnostics.sort()).toEqual([
      'lint/suspicious/noImportCycles src/storage/a.ts',
      'lint/suspicious/noImportCycles src/storage/b.ts',
    ]);
  });
});

describe('biome keeps the security properties of the source', () => {
  it('HTML and beacon sinks, eval, Function and the network globals fail', () => {
    const bad = [
      'export function bad(el: Element, text: string) {',
      '  el.innerHTML = text;',
      "  el.insertAdjacentHTML('beforeend', text);",
      '  document.write(text);',
      "  navigator.sendBeacon('https://example.com', text);",
      '  eval(text);',
      '  new Function(text);',
      "  fetch('https://example.com');",
      '  new XMLHttpRequest();',
      "  new WebSocket('wss://example.com');",
      '}',
      '',
    ].join('\n');
    const found = lint({ 'src/ui/bad.ts': bad }).map((d) => d.split(' ')[0]);
    expect(found.filter((rule) => rule === 'plugin')).toHaveLength(4);
    expect(found.filter((rule) => rule === 'lint/security/noGlobalEval')).toHaveLength(1);
    expect(found.filter((rule) => rule === 'lint/style/noRestrictedGlobals')).toHaveLength(4);
  });
});
