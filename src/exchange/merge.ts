import { profileKey } from '../core/platform.ts';
import { type ProfileRecord, ProfileRecordSchema } from '../core/record.ts';
import { sameData } from './canonical.ts';
import { characterCount } from './csv-cells.ts';
import type { ImportedRecord, ImportParse, ImportReport, MergePlan, ProfileChange, Rejection } from './format.ts';
import { describeIssues } from './issues.ts';
import { mergeRecord, newRecord } from './merge-record.ts';

const NOTES_LIMIT = 10_000;
const LABELS_LIMIT = 50;

const emptyReport = (): ImportReport => ({
  added: 0,
  updated: 0,
  unchanged: 0,
  rejected: [],
  changes: [],
  warnings: [],
});

type Checked = { ok: true; record: ProfileRecord } | { ok: false; problem: string };

/** The merged record as the schema returns it, or why it cannot be written, in words a marketer can act on. */
function checkMerged(record: ProfileRecord): Checked {
  const problem = limitProblem(record);
  if (problem) return { ok: false, problem };
  const parsed = ProfileRecordSchema.safeParse(record);
  return parsed.success ? { ok: true, record: parsed.data } : { ok: false, problem: describeIssues(parsed.error) };
}

function limitProblem(record: ProfileRecord): string | null {
  const saved = record.saved;
  const notes = saved ? characterCount(saved.notes) : 0;
  if (notes > NOTES_LIMIT) {
    return `together with the notes already saved, the notes would be ${notes} characters; the limit is ${NOTES_LIMIT}`;
  }
  if (saved && saved.tags.length > LABELS_LIMIT)
    return `together there would be ${saved.tags.length} tags; the limit is ${LABELS_LIMIT}`;
  if (saved && saved.lists.length > LABELS_LIMIT)
    return `together there would be ${saved.lists.length} lists; the limit is ${LABELS_LIMIT}`;
  const parsed = ProfileRecordSchema.safeParse(record);
  return parsed.success ? null : describeIssues(parsed.error);
}

const PARTS = ['ref', 'snapshot', 'history', 'firstSeen', 'lastSeen'] as const;
const SAVED_PARTS = ['savedAt', 'notes', 'tags', 'lists'] as const;

/** Which parts of a record an import changed, for the preview. */
function changedFields(before: ProfileRecord, after: ProfileRecord): string[] {
  const fields: string[] = PARTS.filter((part) => !sameData(before[part], after[part]));
  if (!before.saved || !after.saved) {
    if (before.saved !== after.saved) fields.push('saved');
    return fields;
  }
  const [a, b] = [before.saved, after.saved];
  return [...fields, ...SAVED_PARTS.filter((part) => !sameData(a[part], b[part]))];
}

/**
 * What importing a parsed file into the stored profiles would do: the records to write (only those that
 * change) and a report for the preview. Pure; a refused file gives no records. Profiles are matched by
 * platform + case-insensitive handle; a profile named twice in the file is merged twice, in file order.
 */
export function mergeImport(existing: readonly ProfileRecord[], incoming: ImportParse): MergePlan {
  const report = emptyReport();
  if (!incoming.ok) return { records: [], report: { ...report, error: incoming.error } };
  const label = incoming.format === 'json' ? 'record' : 'row';
  const before = new Map(existing.map((record) => [profileKey(record.ref), record]));
  const working = new Map(before);
  const touched = new Set<string>(); // in file order
  const rejected: Rejection[] = [...incoming.rejected];

  const apply = (item: ImportedRecord) => {
    const key = profileKey(item.record.ref);
    const base = working.get(key);
    const merged = base ? mergeRecord(base, item) : newRecord(item.record);
    // Re-importing what we already hold is the common case: no need to validate an unchanged record again.
    if (base && sameData(merged, base)) {
      touched.add(key);
      return;
    }
    const checked = checkMerged(merged);
    if (!checked.ok) {
      rejected.push({ row: item.row, reason: `${label} ${item.row}: ${checked.problem}` });
      return;
    }
    working.set(key, checked.record);
    touched.add(key);
  };
  for (const item of incoming.records) apply(item);

  const records: ProfileRecord[] = [];
  const changes: ProfileChange[] = [];
  for (const key of touched) {
    const after = working.get(key);
    if (!after) continue;
    const original = before.get(key);
    if (!original) {
      records.push(after);
      changes.push({ ref: after.ref, action: 'added', fields: [] });
      continue;
    }
    const fields = changedFields(original, after);
    if (fields.length > 0) records.push(after);
    changes.push({ ref: after.ref, action: fields.length > 0 ? 'updated' : 'unchanged', fields });
  }
  const count = (action: ProfileChange['action']) => changes.filter((change) => change.action === action).length;
  return {
    records,
    report: {
      added: count('added'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      rejected: rejected.sort((a, b) => a.row - b.row),
      changes,
      warnings: incoming.warnings,
    },
  };
}
