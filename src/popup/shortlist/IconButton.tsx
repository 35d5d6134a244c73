import type { ComponentChildren } from 'preact';

interface Props {
  /** What it does, whole, for assistive technology ("Open @ana in a tab"). */
  label: string;
  /** The short tip on hover. */
  title: string;
  onClick(): void;
  /** The glyph, which says nothing to a screen reader. */
  children: ComponentChildren;
}

/** A one-glyph button of the shortlist (open, edit, sort direction): named in words, the glyph only shown. */
export function IconButton({ label, title, onClick, children }: Props) {
  return (
    <button type="button" class="cl-icon-btn" aria-label={label} title={title} onClick={onClick}>
      {children}
    </button>
  );
}
