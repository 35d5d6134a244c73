import * as z from 'zod/mini';
import { PLATFORMS, type Platform } from './platform.ts';
import { repairScoringSettings, ScoringSettingsSchema, upgradeScoringSettings } from './scoring/settings.ts';

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

/**
 * Stored settings as far as they are valid: each part that is not (the overlay switch of one site, the UI language,
 * a group of scoring settings) falls back to its default and is named in `problems`, the rest is kept. Never
 * writes: the stored value stays as it is until the user saves, and is set aside then (background/index.ts).
 */
export function readAppSettings(stored: unknown): { settings: AppSettings; problems: string[] } {
  if (stored === undefined) return { settings: DEFAULT_SETTINGS, problems: [] };
  const whole = parseAppSettings(stored);
  if (whole.success) return { settings: whole.data, problems: [] };
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const problems: string[] = [];
  if (value.version !== SETTINGS_VERSION) problems.push(`version: expected ${SETTINGS_VERSION}`);
  const overlay = { ...DEFAULT_SETTINGS.overlay };
  const storedOverlay = (typeof value.overlay === 'object' && value.overlay !== null ? value.overlay : {}) as Record<
    string,
    unknown
  >;
  for (const platform of PLATFORMS) {
    const on = storedOverlay[platform];
    if (typeof on === 'boolean') overlay[platform] = on;
    else if (on !== undefined || value.overlay !== undefined)
      problems.push(`overlay.${platform}: expected true or false`);
  }
  const uiLang = AppSettingsSchema.shape.uiLang.safeParse(value.uiLang);
  if (!uiLang.success) problems.push('uiLang: expected auto, en or es');
  const settings: AppSettings = { ...DEFAULT_SETTINGS, overlay, uiLang: uiLang.success ? uiLang.data : 'auto' };
  if (value.scoring !== undefined) {
    const scoring = repairScoringSettings(value.scoring);
    problems.push(...scoring.problems);
    settings.scoring = scoring.settings;
  }
  return { settings, problems };
}
