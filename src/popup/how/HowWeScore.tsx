import { useEffect, useState } from 'preact/hooks';
import { DocTree } from './DocTree.tsx';
import type { DocNode } from './doc-node.ts';

export type DocLang = 'en' | 'es';

// Each language's document is a chunk of its own, loaded when the tab opens: the popup's first screen carries none.
const DOCS: Record<DocLang, () => Promise<{ default: unknown }>> = {
  en: () => import('../../../docs/SCORING.md?tree'),
  es: () => import('../../../docs/SCORING.es.md?tree'),
};

/** "How we score": docs/SCORING.md (or its Spanish twin) itself, so the popup and the repository never disagree. */
export function HowWeScore({ lang }: { lang: DocLang }) {
  const [tree, setTree] = useState<{ lang: DocLang; nodes: DocNode[] } | null>(null);
  useEffect(() => {
    let current = true;
    void DOCS[lang]().then((doc) => {
      if (current) setTree({ lang, nodes: doc.default as DocNode[] });
    });
    return () => {
      current = false;
    };
  }, [lang]);
  return (
    <section data-testid="cl-how" class="cl-how" lang={lang}>
      {tree?.lang === lang && <DocTree tree={tree.nodes} />}
    </section>
  );
}
