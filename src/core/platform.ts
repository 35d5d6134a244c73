import * as z from 'zod/mini';

export const PLATFORMS = ['instagram', 'tiktok', 'youtube', 'x', 'facebook'] as const;
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

/** Which profile a snapshot, message or shortlist entry is about. Handles are compared case-insensitively. */
export interface ProfileRef {
  platform: Platform;
  handle: string;
}

/** The stable key of a profile: "platform:handle", handle lower-cased (all five sites treat handles case-insensitively). */
export function profileKey(ref: ProfileRef): string {
  return `${ref.platform}:${ref.handle.toLowerCase()}`;
}

const HANDLE = /^[\p{L}\p{N}_.-]{1,100}$/u;

/** Parses "platform:handle" (the popup's ?profile= value and the overlay's data-profile). */
export function parseProfileKey(text: string): ProfileRef | null {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const platform = PlatformSchema.safeParse(text.slice(0, colon));
  const handle = text.slice(colon + 1);
  if (!platform.success || !HANDLE.test(handle)) return null;
  return { platform: platform.data, handle };
}

export const ProfileRefSchema = z.object({
  platform: PlatformSchema,
  handle: z.string().check(z.regex(HANDLE)),
});
