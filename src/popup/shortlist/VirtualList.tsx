import { type ComponentChildren, Fragment } from 'preact';
import { useState } from 'preact/hooks';

interface Props<T> {
  items: readonly T[];
  rowHeight: number;
  /** How many rows show before the table scrolls. */
  rows: number;
  /** The table's name, for assistive technology. */
  label: string;
  /** The head row (a `<tr>`), kept in view at the top of the scrolling box, `headHeight` pixels tall. */
  head: ComponentChildren;
  headHeight: number;
  /** One item's row: a `<tr>`, `rowHeight` pixels tall (the table sets it). */
  render(item: T, index: number): ComponentChildren;
  itemKey(item: T): string;
}

const OVERSCAN = 6;

/**
 * A table that renders only the rows in view (plus a few), so 5,000 entries scroll as smoothly as 10: the body's
 * padding stands for the rows not drawn. The head scrolls in the same box as the rows (sticky at its top), so both
 * have the same width whether or not a scroll bar takes some of it, and rows laid out by one grid template line up.
 */
export function VirtualList<T>({ items, rowHeight, rows, label, head, headHeight, render, itemKey }: Props<T>) {
  const [top, setTop] = useState(0);
  const height = Math.min(items.length, rows) * rowHeight;
  // The head's few pixels are inside the overscan: no need to subtract them.
  const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((top + height) / rowHeight) + OVERSCAN);
  return (
    <div
      class="cl-virtual"
      // A row reached with Tab scrolls into view below the sticky head, not under it.
      style={{ height: `${height + headHeight}px`, overflowY: 'auto', scrollPaddingTop: `${headHeight}px` }}
      onScroll={(e) => setTop((e.currentTarget as HTMLElement).scrollTop)}
    >
      <table class="cl-vtable" aria-label={label} aria-rowcount={items.length + 1}>
        <thead style={{ height: `${headHeight}px` }}>{head}</thead>
        <tbody
          style={{
            '--cl-row-h': `${rowHeight}px`,
            paddingTop: `${first * rowHeight}px`,
            paddingBottom: `${(items.length - last) * rowHeight}px`,
          }}
        >
          {items.slice(first, last).map((item, i) => (
            <Fragment key={itemKey(item)}>{render(item, first + i)}</Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
