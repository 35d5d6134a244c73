/*
 * Tags and lists share one cell, joined with "; ". A label may itself contain ";" (the store allows it), so
 * ";" and "\" inside a label are escaped with a backslash: lossless, and plain labels stay plain.
 * Labels are trimmed on import (spreadsheet users type "a;b" or "a ; b"), so surrounding spaces are not kept.
 */
export const LIST_SEPARATOR = '; ';

export function joinListCell(labels: readonly string[]): string {
  return labels.map((label) => label.replace(/[\\;]/g, (c) => `\\${c}`)).join(LIST_SEPARATOR);
}

export function splitListCell(cell: string): string[] {
  const labels: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '\\' && i + 1 < cell.length) {
      current += cell[i + 1];
      i++;
    } else if (c === ';') {
      labels.push(current);
      current = '';
    } else current += c;
  }
  labels.push(current);
  return labels.map((label) => label.trim()).filter((label) => label !== '');
}
