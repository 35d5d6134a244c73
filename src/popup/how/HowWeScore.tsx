import scoring from '../../../docs/SCORING.md?tree';
import { DocTree } from './DocTree.tsx';
import type { DocNode } from './doc-node.ts';

/** "How we score": docs/SCORING.md itself, so the popup and the repository never disagree. */
export function HowWeScore() {
  return (
    <section data-testid="cl-how" class="cl-how">
      <DocTree tree={scoring as DocNode[]} />
    </section>
  );
}
