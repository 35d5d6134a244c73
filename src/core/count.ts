import * as z from 'zod/mini';

/** A number read from a page with its precision: exact when min == max (PRODUCT.md contract). */
export const CountSchema = z
  .object({ value: z.number(), min: z.number(), max: z.number() })
  .check(
    z.refine((c) => c.min <= c.value && c.value <= c.max && c.min >= 0, {
      message: 'a Count needs 0 ≤ min ≤ value ≤ max',
    }),
  );
export type Count = z.infer<typeof CountSchema>;

export function exactCount(value: number): Count {
  return { value, min: value, max: value };
}

export function isExact(count: Count): boolean {
  return count.min === count.max;
}
