import { profileKey } from '../core/platform.ts';
import { type ProfileRecord, ProfileRecordSchema } from '../core/record.ts';
import { profileAt, SITE_URLS } from '../sites/registry.ts';
import {
  type ImportedRecord,
  type ImportParse,
  JSON_FORMAT,
  JSON_VERSION,
  MAX_IMPORT_ROWS,
  type Rejection,
} from './format.ts';
import { describeIssues, errorMessage, quoted } from './issues.ts';

/**
 * The shortlist as a JSON file: a versioned envelope with every saved record at full fidelity (history,
 * recent posts, sources). One record per line keeps a 5,000-profile file diffable without doubling its size.
 */
export function shortlistToJson(
  records: readonly ProfileRecord[],
  exportedAt = new Date(),
  /** The page's own figures of a record (insight.figures), written beside it for reading; import ignores them. */
  figuresOf?: (record: ProfileRecord) => unknown,
): string {
  const lines = records
    .filter((record) => record.saved !== null)
    .map((record) => JSON.stringify(figuresOf ? { ...record, figures: figuresOf(record) ?? null } : record));
  const head = JSON.stringify({ format: JSON_FORMAT, version: JSON_VERSION, exportedAt: exportedAt.toISOString() });
  return `${head.slice(0, -1)},"records":[${lines.length > 0 ? `\n${lines.join(',\n')}\n` : ''}]}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Keeps the stored page URL only if it is an https profile URL of the same site; else the canonical one.
 * Same site, not same handle: a YouTube channel read as @OneMedia. is stored under its /channel/UC… URL (2026-02).
 */
function safeSnapshotUrl(record: ProfileRecord): string {
  const { platform, handle } = record.ref;
  const shown = profileAt(record.snapshot.url);
  return shown?.platform === platform ? record.snapshot.url : SITE_URLS[platform].profileUrl(handle);
}

function envelopeProblem(data: unknown): string | null {
  if (!isObject(data))
    return `not a Creator Lens shortlist: the JSON is ${Array.isArray(data) ? 'a list' : 'not an object'}`;
  if (data.format !== JSON_FORMAT) {
    const format = typeof data.format === 'string' ? quoted(data.format) : 'missing';
    return `not a Creator Lens shortlist: "format" is ${format}, expected '${JSON_FORMAT}'`;
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return `"version" must be a whole number from 1; it is ${JSON.stringify(version) ?? 'missing'}`;
  }
  if (version > JSON_VERSION) {
    return `the file was made by a newer Creator Lens (format version ${version}; this one reads ${JSON_VERSION}): update the extension`;
  }
  if (!Array.isArray(data.records)) return '"records" must be a list of profiles';
  if (data.records.length > MAX_IMPORT_ROWS) {
    return `the file has ${data.records.length} profiles; the limit is ${MAX_IMPORT_ROWS}`;
  }
  if (data.records.length === 0) return 'the file has no profiles';
  return null;
}

/** A JSON export's text (BOM already stripped) → validated records, one reason per invalid record. */
export function parseJsonImport(text: string): ImportParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `the file is not valid JSON (${errorMessage(error)})` };
  }
  const problem = envelopeProblem(data);
  if (problem || !isObject(data) || !Array.isArray(data.records)) return { ok: false, error: problem ?? 'invalid' };
  const records: ImportedRecord[] = [];
  const rejected: Rejection[] = [];
  const warnings: string[] = [];
  data.records.forEach((value: unknown, index) => {
    const row = index + 1;
    const parsed = ProfileRecordSchema.safeParse(value);
    if (!parsed.success) {
      rejected.push({ row, reason: `record ${row}: ${describeIssues(parsed.error)}` });
      return;
    }
    const record = parsed.data;
    const { ref, snapshot } = record;
    if (snapshot.platform !== ref.platform || snapshot.handle.toLowerCase() !== ref.handle.toLowerCase()) {
      const inner = `${snapshot.platform}:${snapshot.handle}`;
      rejected.push({ row, reason: `record ${row}: it is about ${profileKey(ref)} but its snapshot is of ${inner}` });
      return;
    }
    const url = safeSnapshotUrl(record);
    if (url !== snapshot.url) warnings.push(`record ${row}: its page URL was replaced by ${url}`);
    records.push({
      row,
      record: url === snapshot.url ? record : { ...record, snapshot: { ...snapshot, url } },
      partial: false,
      dated: true,
    });
  });
  return { ok: true, format: 'json', records, rejected, warnings };
}
