// "How we score" is docs/SCORING.md parsed by a Markdown library at build time into an element tree (no HTML
// string): lists are lists, *n* is emphasis, raw HTML stays text, and readers see no source paths.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docTree } from '../../../scripts/doc-tree.ts';
import { DOC_TAGS, type DocNode } from '../../../src/popup/how/doc-node.ts';

const doc = readFileSync(resolve(import.meta.dirname, '../../../docs/SCORING.md'), 'utf8');

function* walk(nodes: DocNode[]): Generator<DocNode> {
  for (const node of nodes) {
    yield node;
    if (typeof node !== 'string') yield* walk(node.slice(2) as DocNode[]);
  }
}
const elements = (nodes: DocNode[], tag: string) =>
  [...walk(nodes)].filter((n): n is Exclude<DocNode, string> => typeof n !== 'string' && n[0] === tag);
const text = (node: DocNode): string =>
  typeof node === 'string' ? node : (node.slice(2) as DocNode[]).map(text).join('');

describe('docs/SCORING.md as the popup draws it', () => {
  const tree = docTree(doc);

  it('numbered steps are ordered lists, with their items (and nested lists inside them)', () => {
    const ordered = elements(tree, 'ol');
    expect(ordered.length).toBeGreaterThanOrEqual(3);
    // §2 "Which posts count": five numbered steps, the first holding the bulleted list of what is left out.
    const posts = ordered.find((ol) => text(ol).includes('Left out, always, and counted'));
    expect(posts && elements([posts], 'li').filter((li) => posts.includes(li))).toHaveLength(5);
    expect(posts && elements([posts], 'ul')).toHaveLength(1);
  });

  it('*n* is emphasis, and no Markdown markers are left in the text', () => {
    expect(elements(tree, 'em').map(text)).toEqual(expect.arrayContaining(['n', 'k']));
    const all = [...walk(tree)].filter((n): n is string => typeof n === 'string').join('\n');
    expect(all).not.toMatch(/\*\*|\*[a-z]\*|\|---/);
    // A numbered or bulleted line left inside a paragraph is a list that was not parsed as one.
    for (const p of [...elements(tree, 'p'), ...elements(tree, 'li')])
      expect(text(p)).not.toMatch(/\n\s*(\d+\.|[-*])\s/);
  });

  it('tables keep their header row', () => {
    const tier = elements(tree, 'table').find((t) => text(t).includes('Emerging'));
    expect(tier && elements([tier], 'th').map(text)).toEqual(['tier', 'followers']);
  });

  it('shows no source paths, selectors or parser keys', () => {
    const all = text(['div' as never, null, ...tree]);
    expect(all).not.toMatch(/\bsrc\/|\.tsx?\b|json-ld|dom:|_sharedData|mainEntity|PRODUCT\.md/i);
  });

  it('only allowed tags, and raw HTML or links come through as words', () => {
    const hostile = docTree(
      '# T\n\n<script>alert(1)</script>\n\nA <img src=x onerror=alert(1)> and [a link](javascript:alert(1)).\n',
    );
    const tags = [...walk(hostile)].flatMap((n) => (typeof n === 'string' ? [] : [n[0]]));
    expect(tags.every((tag) => (DOC_TAGS as readonly string[]).includes(tag))).toBe(true);
    expect(text(['div' as never, null, ...hostile])).toContain('<script>alert(1)</script>');
    expect(JSON.stringify(hostile)).not.toMatch(/"href"|"src"|"onerror"/);
  });
});
