import { COUNT_FIELDS } from '../core/snapshot.ts';
import { HISTORY_LIMIT, type ProfileRecord, ProfileRecordSchema } from './schema.ts';

/** One field a repair took out of a stored record: where it was, what it held, and why it could not stay. */
export interface FieldSetAside {
  path: string;
  value: unknown;
  reason: string;
}

type Path = readonly PropertyKey[];
type Fix = (record: Json) => void;
type Json = Record<string, unknown>;

/** Optional snapshot fields: a bad one is simply dropped. */
const OPTIONAL_SNAPSHOT = new Set(['displayName', 'verified', 'private', 'missing', 'readAt']);
const COUNTS: ReadonlySet<PropertyKey> = new Set(COUNT_FIELDS);
/** Arrays a bad item is dropped from, and which end an over-long one keeps (history keeps its latest visits). */
const LISTS: ReadonlyArray<{ at: Path; keepLast: boolean }> = [
  { at: ['history'], keepLast: true },
  { at: ['snapshot', 'recentPosts'], keepLast: false },
  { at: ['saved', 'tags'], keepLast: false },
  { at: ['saved', 'lists'], keepLast: false },
];
const NOTES_LIMIT = 10_000;
const EPOCH = '1970-01-01T00:00:00.000Z';

/**
 * A stored record with its bad fields taken out, each set aside with its reason, so one bad field (a count of
 * "abc", 51 history points, a 201-character post id) no longer costs the whole record its notes, tags and lists
 * (issue 20). null when what is wrong is what the record is (its ref, its snapshot's site or handle): then the
 * whole value is set aside as before.
 */
export function repairRecord(stored: unknown): { record: ProfileRecord; setAside: FieldSetAside[] } | null {
  if (!isObject(stored)) return null;
  const record = structuredClone(stored) as Json;
  const setAside: FieldSetAside[] = [];
  // Each pass fixes every issue zod reports; a fix can only uncover issues deeper in what it kept.
  for (let pass = 0; pass < 8; pass++) {
    const parsed = ProfileRecordSchema.safeParse(record);
    if (parsed.success) return { record: parsed.data, setAside };
    const fixes = new Map<string, { path: Path; fix: Fix; reason: string }>();
    for (const issue of parsed.error.issues) {
      const found = fixFor(issue.path, issue.code);
      if (!found) return null;
      const where = found.path.map(String).join('.');
      if (!fixes.has(where))
        fixes.set(where, { ...found, reason: `${issue.path.map(String).join('.')}: ${issue.message}` });
    }
    // Later items first, so dropping one never shifts another still to be dropped.
    const ordered = [...fixes.values()].sort((a, b) => compareDeepFirst(b.path, a.path));
    for (const { path, fix, reason } of ordered) {
      setAside.push({ path: path.map(String).join('.'), value: structuredClone(valueAt(record, path)), reason });
      fix(record);
    }
  }
  return null;
}

/** The part of the record an issue at `path` condemns, and how to take it out; null when nothing can be. */
function fixFor(path: Path, code: string): { path: Path; fix: Fix } | null {
  const [top, field, item] = path;
  if (top === 'summary') return { path: ['summary'], fix: (r) => delete r.summary };
  // The entry an unsave kept aside (optional): set aside itself when it cannot be read.
  if (top === 'removed') return { path: ['removed'], fix: (r) => delete r.removed };
  for (const list of LISTS) {
    if (!startsWith(path, list.at)) continue;
    const index = path[list.at.length];
    if (typeof index === 'number') return { path: [...list.at, index], fix: (r) => removeAt(r, list.at, index) };
    if (path.length === list.at.length && code === 'too_big') {
      return { path: list.at, fix: (r) => trim(r, list.at, list.keepLast) };
    }
    if (path.length === list.at.length) return { path: list.at, fix: (r) => setAt(r, list.at, []) };
  }
  if (top === 'snapshot' && typeof field === 'string') {
    if (COUNTS.has(field)) return { path: ['snapshot', field], fix: (r) => setAt(r, ['snapshot', field], null) };
    if (OPTIONAL_SNAPSHOT.has(field) && !(field === 'missing' && item !== undefined)) {
      return { path: ['snapshot', field], fix: (r) => deleteAt(r, ['snapshot', field]) };
    }
    if ((field === 'sources' || field === 'missing') && typeof item === 'string') {
      return { path: ['snapshot', field, item], fix: (r) => deleteAt(r, ['snapshot', field, item]) };
    }
    if (field === 'sources')
      return { path: ['snapshot', 'sources'], fix: (r) => setAt(r, ['snapshot', 'sources'], {}) };
    if (field === 'lang' || field === 'url')
      return { path: ['snapshot', field], fix: (r) => setAt(r, ['snapshot', field], '') };
    return null;
  }
  if (top === 'saved' && field === 'notes') return { path: ['saved', 'notes'], fix: cutNotes };
  if (top === 'saved' && field === 'savedAt') {
    return { path: ['saved', 'savedAt'], fix: (r) => setAt(r, ['saved', 'savedAt'], someDate(r)) };
  }
  if (top === 'saved' && path.length === 1) return { path: ['saved'], fix: (r) => (r.saved = null) };
  if ((top === 'firstSeen' || top === 'lastSeen') && path.length === 1) {
    return { path: [top], fix: (r) => (r[top] = someDate({ ...r, [top]: undefined })) };
  }
  return null;
}

/** Notes over the limit keep their first 10,000 characters (the whole text is set aside); non-text notes go. */
function cutNotes(record: Json): void {
  const notes = valueAt(record, ['saved', 'notes']);
  setAt(record, ['saved', 'notes'], typeof notes === 'string' ? notes.slice(0, NOTES_LIMIT) : '');
}

/** A date the record already holds, for a date field that is broken. */
function someDate(record: Json): string {
  const candidates = [record.lastSeen, record.firstSeen, valueAt(record, ['snapshot', 'readAt'])];
  const found = candidates.find((value) => typeof value === 'string' && value.length <= 40 && value !== '');
  return typeof found === 'string' ? found : EPOCH;
}

function trim(record: Json, at: Path, keepLast: boolean): void {
  const list = valueAt(record, at);
  if (!Array.isArray(list)) return;
  const limit = at[0] === 'history' ? HISTORY_LIMIT : at[0] === 'snapshot' ? 200 : 50;
  setAt(record, at, keepLast ? list.slice(-limit) : list.slice(0, limit));
}

function removeAt(record: Json, at: Path, index: number): void {
  const list = valueAt(record, at);
  if (Array.isArray(list)) list.splice(index, 1);
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function valueAt(record: Json, path: Path): unknown {
  let node: unknown = record;
  for (const key of path) node = isObject(node) || Array.isArray(node) ? (node as Json)[key as string] : undefined;
  return node;
}

function setAt(record: Json, path: Path, value: unknown): void {
  const parent = valueAt(record, path.slice(0, -1));
  if (isObject(parent)) parent[path.at(-1) as string] = value;
}

function deleteAt(record: Json, path: Path): void {
  const parent = valueAt(record, path.slice(0, -1));
  if (isObject(parent)) delete parent[path.at(-1) as string];
}

const startsWith = (path: Path, prefix: Path) => prefix.every((key, i) => path[i] === key);

/** Orders paths so that, within one array, a higher index sorts after a lower one. */
function compareDeepFirst(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
