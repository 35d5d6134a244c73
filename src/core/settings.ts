import * as z from 'zod/mini';
import { PLATFORMS, type Platform } from './platform.ts';
import { ScoringSettingsSchema, upgradeScoringSettings } from './scoring/settings.ts';

export const SETTINGS_VERSION = 1;

/** User settings, validated on every read and write; scoring settings are checked by the scorer's own schema. */
export const AppSettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  overlay: z.record(z.enum(PLATFORMS), z.boolean()),
  uiLang: z.enum(['auto', 'en', 'es']),
  scoring: z.optional(ScoringSettingsSchema),
});
export type AppSettings = z.infer<typeof AppSettingsSchema>;

export const DEFAULT_SETTINGS: AppSettings = {
  version: SETTINGS_VERSION,
  overlay: Object.fromEntries(PLATFORMS.map((p) => [p, true])) as Record<Platform, boolean>,
  uiLang: 'auto',
};

/** Stored settings read with their scoring part brought up to date (settings saved by an older version). */
export function parseAppSettings(stored: unknown): ReturnType<typeof AppSettingsSchema.safeParse> {
  if (typeof stored !== 'object' || stored === null || !('scoring' in stored))
    return AppSettingsSchema.safeParse(stored);
  const scoring = upgradeScoringSettings((stored as { scoring: unknown }).scoring);
  return AppSettingsSchema.safeParse({ ...stored, scoring });
}
