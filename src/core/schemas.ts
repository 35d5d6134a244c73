import * as z from 'zod/mini';
import type { Count } from './count.ts';
import { handlePattern, PLATFORMS } from './platform.ts';

export const PlatformSchema = z.enum(PLATFORMS);

export const ProfileRefSchema = z.object({
  platform: PlatformSchema,
  handle: z.string().check(z.regex(handlePattern())),
});

export const CountSchema = z.object({ value: z.number(), min: z.number(), max: z.number() }).check(
  z.refine((c: Count) => c.min <= c.value && c.value <= c.max && c.min >= 0, {
    message: 'a Count needs 0 ≤ min ≤ value ≤ max',
  }),
);
