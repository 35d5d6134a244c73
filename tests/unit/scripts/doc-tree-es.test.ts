// "Cómo puntuamos" (docs/SCORING.es.md) is the Spanish twin of docs/SCORING.md: the popup draws it for a Spanish UI.
// It keeps the English document's shape (sections, tables, lists) and every one of its figures, written the Spanish
// way, so neither can drift from the other (scoring-doc.test.ts holds both to the code).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docTree } from '../../../scripts/doc-tree.ts';
import type { DocNode } from '../../../src/popup/how/doc-node.ts';

const read = (name: string) => readFileSync(resolve(import.meta.dirname, '../../../docs', name), 'utf8');
const en = read('SCORING.md');
const es = read('SCORING.es.md');

function* walk(nodes: DocNode[]): Generator<DocNode> {
  for (const node of nodes) {
    yield node;
    if (typeof node !== 'string') yield* walk(node.slice(2) as DocNode[]);
  }
}
const text = (node: DocNode): string =>
  typeof node === 'string' ? node : (node.slice(2) as DocNode[]).map(text).join('');
const tags = (tree: DocNode[]) => [...walk(tree)].flatMap((n) => (typeof n === 'string' ? [] : [n[0]]));
const count = (tree: DocNode[], tag: string) => tags(tree).filter((t) => t === tag).length;
const headings = (tree: DocNode[]) =>
  [...walk(tree)].filter((n) => typeof n !== 'string' && /^h\d$/.test(n[0])).map((n) => text(n));

/**
 * Every figure of a document outside quotes (quotes hold page text in its own language: "4,69 M", "1.2K"), as
 * numbers: English writes 1,000.5, Spanish 1.000,5.
 */
function figures(markdown: string, lang: 'en' | 'es'): number[] {
  const unquoted = markdown.replace(/"[^"]*"/g, '');
  const pattern =
    lang === 'en' ? /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g : /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;
  return (unquoted.match(pattern) ?? [])
    .map((f) => Number(lang === 'en' ? f.replace(/,/g, '') : f.replace(/\./g, '').replace(',', '.')))
    .sort((a, b) => a - b);
}

describe('docs/SCORING.es.md as the popup draws it', () => {
  const enTree = docTree(en);
  const esTree = docTree(es);

  it('renders, in Spanish: its headings are not the English ones', () => {
    expect(headings(esTree)[0]).toBe('Cómo puntuamos');
    expect(headings(esTree)).toContain('10. Cifras de la propia página');
    const shared = headings(esTree).filter((h) => headings(enTree).includes(h));
    expect(shared).toEqual([]);
  });

  it('has the English document’s shape: the same headings, tables, rows, cells, lists and items', () => {
    for (const tag of ['h2', 'h3', 'table', 'tr', 'th', 'td', 'ol', 'ul', 'li', 'em'])
      expect(count(esTree, tag), tag).toBe(count(enTree, tag));
    expect(count(esTree, 'h3')).toBeGreaterThanOrEqual(10);
    // Section by section: the same number of tables and list items under each heading.
    const perSection = (tree: DocNode[]) => {
      const out: string[] = [];
      for (const node of tree) {
        if (typeof node === 'string') continue;
        if (/^h\d$/.test(node[0])) out.push(node[0]);
        else out.push(`${node[0]}:${tags([node]).filter((t) => t === 'li' || t === 'tr').length}`);
      }
      return out;
    };
    expect(perSection(esTree)).toEqual(perSection(enTree));
  });

  it('holds every figure of the English document, and no other (outside quoted page text)', () => {
    const english = figures(en, 'en');
    expect(english.length).toBeGreaterThan(400);
    expect(figures(es, 'es')).toEqual(english);
  });

  it('shows no source paths, selectors or parser keys', () => {
    expect(text(['div' as never, null, ...esTree])).not.toMatch(
      /\bsrc\/|\.tsx?\b|json-ld|dom:|_sharedData|mainEntity|PRODUCT\.md/i,
    );
  });
});
