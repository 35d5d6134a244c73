import { parseAppSettings } from '../core/settings.ts';
import type { KeyValueArea } from '../storage/area.ts';
import { KEY } from '../storage/schema.ts';
import { issueText, quarantine } from '../storage/set-aside.ts';

/**
 * Before new settings replace the stored ones: stored settings that are invalid are set aside with the reason, so
 * saving never destroys what an older or newer version (or damage) left there.
 */
export async function setAsideInvalidSettings(area: KeyValueArea): Promise<void> {
  const stored = (await area.get(KEY.settings))[KEY.settings];
  if (stored === undefined) return;
  const parsed = parseAppSettings(stored);
  if (!parsed.success) await quarantine(area, KEY.settings, stored, issueText(parsed.error));
}
