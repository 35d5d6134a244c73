// Markdown → a small element tree, at build time (marked parses; the popup only draws the tree with preact, so no
// HTML string ever reaches the DOM and marked is not shipped). Only the tags below survive; raw HTML becomes text.
import { marked, type Token, type Tokens } from 'marked';
import type { DocNode } from '../src/popup/how/doc-node.ts';

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'] as const;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
// marked hands some text over entity-encoded; the tree carries plain text (preact escapes it when drawing).
const plain = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);

function inline(tokens: Token[] | undefined): DocNode[] {
  return (tokens ?? []).flatMap((token): DocNode[] => {
    switch (token.type) {
      case 'strong':
        return [['strong', null, ...inline(token.tokens)]];
      case 'em':
        return [['em', null, ...inline(token.tokens)]];
      case 'del':
        return [['del', null, ...inline(token.tokens)]];
      case 'codespan':
        return [['code', null, plain(token.text)]];
      case 'br':
        return [['br', null]];
      case 'link':
        // Links keep their words, not their address: the popup links only to the sites' profiles.
        return inline(token.tokens);
      case 'text':
        return token.tokens ? inline(token.tokens) : [plain(token.text)];
      default:
        return [plain(token.raw)];
    }
  });
}

function blocks(tokens: Token[]): DocNode[] {
  return tokens.flatMap((token): DocNode[] => {
    switch (token.type) {
      case 'heading':
        return [[HEADINGS[Math.min(token.depth, HEADINGS.length) - 1] ?? 'h6', null, ...inline(token.tokens)]];
      case 'paragraph':
        return [['p', null, ...inline(token.tokens)]];
      case 'text':
        // A tight list item's text: inline, without a paragraph around it.
        return inline(token.tokens ?? [token]);
      case 'list': {
        const list = token as Tokens.List;
        const start =
          list.ordered && typeof list.start === 'number' && list.start !== 1 ? { start: String(list.start) } : null;
        return [
          [
            list.ordered ? 'ol' : 'ul',
            start,
            ...list.items.map((item): DocNode => ['li', null, ...blocks(item.tokens)]),
          ],
        ];
      }
      case 'table': {
        const table = token as Tokens.Table;
        return [
          [
            'table',
            null,
            [
              'thead',
              null,
              ['tr', null, ...table.header.map((c): DocNode => ['th', { scope: 'col' }, ...inline(c.tokens)])],
            ],
            [
              'tbody',
              null,
              ...table.rows.map(
                (row): DocNode => ['tr', null, ...row.map((c): DocNode => ['td', null, ...inline(c.tokens)])],
              ),
            ],
          ],
        ];
      }
      case 'blockquote':
        return [['blockquote', null, ...blocks(token.tokens ?? [])]];
      case 'code':
        return [['pre', null, ['code', null, token.text]]];
      case 'hr':
        return [['hr', null]];
      case 'space':
        return [];
      default:
        // Raw HTML and anything else: shown as the text it is, never as markup.
        return token.raw.trim() ? [['p', null, token.raw.trim()]] : [];
    }
  });
}

/** docs/*.md → the tree the popup draws; headings start at h2 (the popup's tabs are the page's first level). */
export function docTree(markdown: string): DocNode[] {
  return blocks(marked.lexer(markdown, { gfm: true }));
}
