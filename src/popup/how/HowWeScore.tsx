import scoring from '../../../docs/SCORING.md?raw';
import { Markdown } from './markdown.tsx';

/** "How we score": docs/SCORING.md itself, so the popup and the repository never disagree. */
export function HowWeScore() {
  return (
    <section data-testid="cl-how" class="cl-how">
      <Markdown source={scoring} />
    </section>
  );
}
