import { distinctLabels } from '../core/labels.ts';
import { HISTORY_LIMIT, type HistoryPoint } from '../core/record.ts';

const PARAGRAPH_BREAK = /\n[ \t]*\n/;
const paragraphsOf = (notes: string) =>
  notes
    .split(PARAGRAPH_BREAK)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/**
 * Both notes, the existing first, separated by a blank line; a paragraph already present is not added again,
 * so re-importing your own export, or an export that extended your note, does not repeat text.
 */
export function uniteNotes(existing: string, incoming: string): string {
  if (incoming.trim() === '' || existing === incoming) return existing;
  if (existing.trim() === '') return incoming;
  const have = new Set(paragraphsOf(existing));
  const added = paragraphsOf(incoming).filter((p) => !have.has(p));
  return added.length === 0 ? existing : `${existing.trimEnd()}\n\n${[...new Set(added)].join('\n\n')}`;
}

/** Tags or lists of both, deduplicated case-insensitively; the first spelling seen (existing first) wins. */
export function uniteLabels(existing: readonly string[], incoming: readonly string[]): string[] {
  return distinctLabels([...existing, ...incoming]);
}

const timeOf = (at: string) => {
  const time = Date.parse(at);
  return Number.isFinite(time) ? time : Number.NEGATIVE_INFINITY;
};

/** Both histories, one point per moment (the existing point wins), oldest first, the last HISTORY_LIMIT kept. */
export function uniteHistory(existing: readonly HistoryPoint[], incoming: readonly HistoryPoint[]): HistoryPoint[] {
  const byMoment = new Map<string, HistoryPoint>();
  for (const point of [...existing, ...incoming]) {
    const time = timeOf(point.at);
    const key = Number.isFinite(time) ? String(time) : point.at;
    if (!byMoment.has(key)) byMoment.set(key, point);
  }
  // Stable sort: points with unparseable dates keep their relative order, before the dated ones.
  const sorted = [...byMoment.values()].sort((a, b) => {
    const [x, y] = [timeOf(a.at), timeOf(b.at)];
    return x === y ? 0 : x - y;
  });
  return sorted.slice(-HISTORY_LIMIT);
}
