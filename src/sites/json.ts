// Tiny, total accessors for parsed page JSON: every step may be missing or of the wrong type, none throws.

export type JsonRecord = Record<string, unknown>;

export function asRecord(value: unknown): JsonRecord | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonRecord) : null;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function asNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Follows a path of keys / indexes; undefined as soon as a step is missing. */
export function at(value: unknown, ...path: Array<string | number>): unknown {
  let node = value;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(node)) return undefined;
      node = node[step];
    } else {
      const rec = asRecord(node);
      if (!rec || !Object.hasOwn(rec, step)) return undefined;
      node = rec[step];
    }
  }
  return node;
}

/** A non-negative safe integer from a number or a digits-only string ("783427"); null otherwise. */
export function asCountInteger(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d{1,16}$/.test(value.trim()) ? Number(value.trim()) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/** Handles compare case-insensitively on all five sites; a leading "@" is not part of the handle. */
export function sameHandle(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase();
}
