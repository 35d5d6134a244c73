import * as z from 'zod/mini';

/**
 * A stored column: an array whose every item passes `accepts`, checked in one loop. The popup runs this code once
 * per open, never warm, and cold zod's per-item schemas (slower still with a .check()) made the columns of a large
 * index most of the popup's first render, where one loop per column is a small part (CHANGELOG.md). Each rule below mirrors a field schema of schema.ts;
 * tests/unit/storage/index/storage-index.test.ts checks that the two accept exactly the same values.
 */
export function column<T>(accepts: (value: unknown) => value is T, expected: string) {
  return z
    .custom<T[]>((value) => Array.isArray(value), 'expected an array')
    .check(
      z.superRefine((values, ctx) => {
        for (let i = 0; i < values.length; i++) {
          if (accepts(values[i])) continue;
          ctx.addIssue({ code: 'custom', message: `expected ${expected}`, path: [i], input: values[i] });
          return;
        }
      }),
    );
}

type Rule<T> = (value: unknown) => value is T;

/** z.string().check(z.maxLength(max)) */
export const text =
  (max: number): Rule<string> =>
  (value): value is string =>
    typeof value === 'string' && value.length <= max;

/** z.string().check(z.regex(pattern)); the pattern must not be global (test() would keep state). */
export const matching =
  (pattern: RegExp): Rule<string> =>
  (value): value is string =>
    typeof value === 'string' && pattern.test(value);

/** z.enum(values) */
export function oneOf<const T extends string>(values: readonly T[]): Rule<T> {
  const allowed: ReadonlySet<unknown> = new Set(values);
  return (value): value is T => allowed.has(value);
}

/** z.number(): finite, as zod 4 requires. */
export const finite: Rule<number> = (value): value is number => typeof value === 'number' && Number.isFinite(value);

/** z.number().check(z.int(), z.minimum(min), z.maximum(max)) */
export const integer =
  (min: number, max: number): Rule<number> =>
  (value): value is number =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** z.nullable(rule) */
export const orNull =
  <T>(rule: Rule<T>): Rule<T | null> =>
  (value): value is T | null =>
    value === null || rule(value);
