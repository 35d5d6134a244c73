import type { Separators } from './separators.ts';

/** A number as written: its digits without separators and how many of them follow the decimal mark. */
export interface WrittenNumber {
  start: number;
  end: number;
  digits: string;
  decimals: number;
}

/** Separators that are never a decimal mark, whatever the language (de-CH ', ’, Arabic ٬). */
const ALWAYS_GROUP = new Set(["'", '\u2019', '\u066c']);
const ARABIC_DECIMAL = '\u066b';
const POINT_OR_COMMA = new Set(['.', ',']);

interface RawNumber {
  start: number;
  end: number;
  runs: string[];
  separators: string[];
}

/**
 * Every number in normalised text (ASCII digits). A space joins digit runs only where the language groups
 * with a space and exactly three digits follow ("1 424 850" in ru; "23 447" in en is two numbers).
 */
export function findNumbers(text: string, separators: Separators): RawNumber[] {
  const spaceGroups = separators.group === ' ';
  const found: RawNumber[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    const runs: string[] = [];
    const seps: string[] = [];
    for (;;) {
      const runStart = i;
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      runs.push(text.slice(runStart, i));
      const sep = text[i];
      if (sep === undefined || !isDigit(text.charCodeAt(i + 1))) break;
      const joins =
        sep === ' ' ? spaceGroups && runLength(text, i + 1) === 3 : POINT_OR_COMMA.has(sep) || isFixedSeparator(sep);
      if (!joins) break;
      seps.push(sep);
      i++;
    }
    found.push({ start, end: i, runs, separators: seps });
  }
  return found;
}

/**
 * Digits and decimals of one number, the separators read as the language says ("1.234" is 1234 in de,
 * 1.234 in en). Where that reading is impossible ("1,5" in en: a group needs three digits) the only other
 * reading is taken, but never when both readings are possible. Null when no reading is valid.
 */
export function readNumber(raw: RawNumber, separators: Separators): WrittenNumber | null {
  const byLanguage = raw.separators.map((sep) => roleByLanguage(sep, separators));
  const read = assemble(raw, byLanguage) ?? assemble(raw, inferredRoles(raw, byLanguage));
  return read && { start: raw.start, end: raw.end, ...read };
}

type Role = 'group' | 'decimal' | 'unknown';

function roleByLanguage(sep: string, separators: Separators): Role {
  if (sep === ARABIC_DECIMAL) return 'decimal';
  if (ALWAYS_GROUP.has(sep) || sep === ' ') return 'group';
  if (sep === separators.decimal) return 'decimal';
  if (sep === separators.group) return 'group';
  return 'unknown';
}

/**
 * Roles from the shape alone, for "." and "," only: a mark used twice groups; a mark used once, last, is the
 * decimal when another kind precedes it or when it is not followed by exactly three digits. "1.234" against
 * the language stays unread (null): it could be either.
 */
function inferredRoles(raw: RawNumber, byLanguage: Role[]): Role[] | null {
  const seps = raw.separators;
  if (!seps.some((sep) => POINT_OR_COMMA.has(sep))) return null;
  const last = seps.length - 1;
  const lastSep = seps[last] ?? '';
  const lastIsUnique = POINT_OR_COMMA.has(lastSep) && seps.indexOf(lastSep) === last;
  const otherKindBefore = seps.some((sep, i) => i < last && POINT_OR_COMMA.has(sep));
  const threeAfter = (raw.runs[last + 1] ?? '').length === 3;
  if (lastIsUnique && !otherKindBefore && threeAfter) return null;
  return seps.map((sep, i) => {
    if (!POINT_OR_COMMA.has(sep)) return byLanguage[i] ?? 'unknown';
    return i === last && lastIsUnique ? 'decimal' : 'group';
  });
}

function assemble(raw: RawNumber, roles: Role[] | null): { digits: string; decimals: number } | null {
  if (!roles || roles.includes('unknown')) return null;
  const decimalAt = roles.indexOf('decimal');
  if (decimalAt !== -1 && decimalAt !== roles.length - 1) return null;
  const integerRuns = decimalAt === -1 ? raw.runs : raw.runs.slice(0, decimalAt + 1);
  if (!validGrouping(integerRuns)) return null;
  const fraction = decimalAt === -1 ? '' : (raw.runs[decimalAt + 1] ?? '');
  return { digits: integerRuns.join('') + fraction, decimals: fraction.length };
}

/** Western groups (1–3, then 3s) or Indian groups (1–2, then 2s, then 3): "1,234,567", "12,34,567". */
function validGrouping(groups: string[]): boolean {
  if (groups.length === 1) return true;
  const [first = '', ...rest] = groups;
  const last = rest[rest.length - 1] ?? '';
  const middle = rest.slice(0, -1);
  if (last.length !== 3) return false;
  const western = first.length <= 3 && middle.every((g) => g.length === 3);
  const indian = first.length <= 2 && middle.length > 0 && middle.every((g) => g.length === 2);
  return western || indian;
}

function isFixedSeparator(sep: string): boolean {
  return ALWAYS_GROUP.has(sep) || sep === ARABIC_DECIMAL;
}

function runLength(text: string, from: number): number {
  let i = from;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i - from;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
