import { KEY } from './schema.ts';

/**
 * The records a damaged bucket text still holds whole. A bucket is JSON.stringify of { "profile:…": record, … };
 * a cut or a changed byte breaks JSON.parse for all of it, yet costs only the members it falls in. Inside a JSON
 * string a quote is always escaped, so an unescaped `"profile:` after `{` or `,` can only start a member: each one
 * is read on its own, and a member that does not parse is skipped, not the rest.
 */
export function salvageBucket(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const marker = `"${KEY.profilePrefix}`;
  let covered = 0;
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
    if (at < covered || !startsMember(text, at)) continue;
    const member = readMember(text, at);
    if (!member) continue;
    out[member.key] = member.value;
    covered = member.end;
  }
  return out;
}

/** `{` or `,` before `at`, white space aside. */
function startsMember(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  return text[i] === '{' || text[i] === ',';
}

function readMember(text: string, at: number): { key: string; value: object; end: number } | null {
  const keyEnd = stringEnd(text, at);
  if (keyEnd < 0) return null;
  let i = keyEnd;
  while (isSpace(text[i])) i++;
  if (text[i] !== ':') return null;
  i++;
  while (isSpace(text[i])) i++;
  if (text[i] !== '{') return null; // a record is an object
  const end = objectEnd(text, i);
  if (end < 0) return null;
  try {
    const key: unknown = JSON.parse(text.slice(at, keyEnd));
    const value: unknown = JSON.parse(text.slice(i, end));
    if (typeof key !== 'string' || typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    return { key, value, end };
  } catch {
    return null;
  }
}

/** The index just past the string that opens at `at` (a quote), or -1 when the text ends inside it. */
function stringEnd(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return -1;
}

/** The index just past the object that opens at `at`, counting brackets outside strings; -1 if it never closes. */
function objectEnd(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i = stringEnd(text, i) - 1;
      if (i < 0) return -1;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\r' || c === '\t';
