// Both bundled message tables, for pages that honour the UI-language setting (popup; background for the overlay).
import { CATALOGUES } from '../core/catalogue.ts';
import type { MessageTable } from '../core/message-format.ts';

export const LOCALES: Readonly<Record<'en' | 'es', MessageTable>> = CATALOGUES;

/** The table for a setting: 'auto' follows the browser (null: use browser.i18n as is). */
export function tableFor(setting: 'auto' | 'en' | 'es'): { lang: 'en' | 'es'; table: MessageTable } | null {
  return setting === 'auto' ? null : { lang: setting, table: LOCALES[setting] };
}
