// No zod in this file: readers in the content scripts use it (the schema is in schemas.ts).

/** A number read from a page with its precision: exact when min == max (PRODUCT.md contract). */
export interface Count {
  value: number;
  min: number;
  max: number;
}

export function exactCount(value: number): Count {
  return { value, min: value, max: value };
}

export function isExact(count: Count): boolean {
  return count.min === count.max;
}
