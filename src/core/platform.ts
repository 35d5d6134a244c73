// No zod in this file: the content scripts import it, and zod stays out of their size budget (schemas.ts has it).

import { lazyPattern } from './lazy-pattern.ts';

export const PLATFORMS = ['instagram', 'tiktok', 'youtube', 'x', 'facebook'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Which profile a snapshot, message or shortlist entry is about. Handles are compared case-insensitively. */
export interface ProfileRef {
  platform: Platform;
  handle: string;
}

export const handlePattern = lazyPattern(() => /^[\p{L}\p{N}\p{M}_.-]{1,100}$/u);

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);
}

/** The stable key of a profile: "platform:handle", handle lower-cased (all five sites treat handles case-insensitively). */
export function profileKey(ref: ProfileRef): string {
  return `${ref.platform}:${ref.handle.toLowerCase()}`;
}

/** Parses "platform:handle" (the popup's ?profile= value and the overlay's data-profile). */
export function parseProfileKey(text: string): ProfileRef | null {
  const colon = text.indexOf(':');
  const platform = text.slice(0, colon);
  const handle = text.slice(colon + 1);
  return colon > 0 && isPlatform(platform) && handlePattern().test(handle) ? { platform, handle } : null;
}
