import spanish from '../../../docs/SCORING.es.md?tree';
import english from '../../../docs/SCORING.md?tree';
import { DocTree } from './DocTree.tsx';
import type { DocNode } from './doc-node.ts';

export type DocLang = 'en' | 'es';

// Both are bundled: our source loads no code at run time (no dynamic import), and each is about 10 kB gzipped.
const DOCS: Record<DocLang, DocNode[]> = { en: english as DocNode[], es: spanish as DocNode[] };

/** "How we score": docs/SCORING.md (or its Spanish twin) itself, so the popup and the repository never disagree. */
export function HowWeScore({ lang }: { lang: DocLang }) {
  return (
    <section data-testid="cl-how" class="cl-how" lang={lang}>
      <DocTree tree={DOCS[lang]} />
    </section>
  );
}
