import type { Insight } from '../core/insight.ts';
import type { ProfileRef } from '../core/platform.ts';
import type { ProfileRecord } from '../core/record.ts';

/** The JSON envelope's identity; a file with another `format` is not ours. */
export const JSON_FORMAT = 'creator-lens-shortlist';
/** Raise with a migration of the envelope; files with a higher version are refused, not guessed at. */
export const JSON_VERSION = 1;

/**
 * Import limits: beyond these a file is refused as a whole, before any row is read. MAX_IMPORT_BYTES is the one
 * size limit: the popup checks a file's size against it before reading it, the message bound equals it, and the
 * worker checks the text again.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;
/**
 * Control characters other than tab, LF and CR: a text file has a few, a binary one many. The bound also keeps the
 * import message under Chromium's 64 MiB: sent as JSON, each of these takes 6 bytes (\u0001), any other character
 * at most 2 per byte of the file, so 2 × 20 MiB + 4 × 1,000,000 < 64 MiB (text-checks.test.ts).
 */
export const MAX_IMPORT_CONTROLS = 1_000_000;

/** One shortlist row to export: the stored record and its insight, scored by the caller (null: not scored). */
export interface ExportRow {
  record: ProfileRecord;
  insight: Insight | null;
}

export type ExportLang = 'en' | 'es';

/** A row (CSV, spreadsheet numbering: header = 1) or record (JSON, from 1) that could not be imported, and why. */
export interface Rejection {
  row: number;
  reason: string;
}

/** One valid row of an import file, as a schema-valid record. */
export interface ImportedRecord {
  row: number;
  record: ProfileRecord;
  /** A CSV row carries only some fields: its snapshot may update counts, never replace a full snapshot. */
  partial: boolean;
  /** Whether the file said when the profile was last seen; undated rows never win "newer snapshot". */
  dated: boolean;
}

export type ImportParse =
  | {
      ok: true;
      format: 'json' | 'csv';
      records: ImportedRecord[];
      rejected: Rejection[];
      /** Things done to valid rows that the preview should mention (ignored columns, replaced URLs). */
      warnings: string[];
    }
  | { ok: false; error: string };

export type ChangeAction = 'added' | 'updated' | 'unchanged';

/** What importing does to one profile, for the preview. */
export interface ProfileChange {
  ref: ProfileRef;
  action: ChangeAction;
  /** Which parts changed: snapshot, history, notes, tags, lists, savedAt, firstSeen, lastSeen, saved. */
  fields: string[];
}

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
  changes: ProfileChange[];
  warnings: string[];
  /** Set when the file as a whole was refused; then nothing is written. */
  error?: string;
}

/** What the background writes on confirmation: only the records that change. */
export interface MergePlan {
  records: ProfileRecord[];
  report: ImportReport;
}
