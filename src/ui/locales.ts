// Both bundled message tables, for pages that honour the UI-language setting (popup; background for the overlay).
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import es from '../../public/_locales/es/messages.json' with { type: 'json' };
import type { MessageTable } from './messages.ts';

export const LOCALES: Record<'en' | 'es', MessageTable> = { en, es };

/** The table for a setting: 'auto' follows the browser (null: use browser.i18n as is). */
export function tableFor(setting: 'auto' | 'en' | 'es'): { lang: 'en' | 'es'; table: MessageTable } | null {
  return setting === 'auto' ? null : { lang: setting, table: LOCALES[setting] };
}
