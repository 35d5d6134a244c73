import type * as z from 'zod/mini';

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A stored JSON text parsed and checked against `schema`; the reason names the first bad field. Never throws. */
export function parseText<T>(stored: unknown, schema: z.ZodMiniType<T>): Decoded<T> {
  if (typeof stored !== 'string') return { ok: false, reason: stored === undefined ? 'missing' : 'not JSON text' };
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : 'invalid' };
}
