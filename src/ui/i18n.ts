import type { MessageKey } from '../core/catalogue.ts';
import { formatMessage, type MessageTable } from '../core/message-format.ts';
import { nativeApi } from '../platform/native-api.ts';

// Set when the user picked a UI language other than the browser's; null: follow the browser.
let chosen: { lang: string; table: MessageTable } | null = null;

/** Uses this message table (one of our _locales) instead of the browser's language. */
export function useMessages(lang: string, table: MessageTable | null): void {
  chosen = table ? { lang, table } : null;
}

/** UI text from _locales; the key itself when a message is missing, so a gap is visible, never blank. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const subs = substitutions.map(String);
  const text = chosen ? formatMessage(chosen.table[key], subs) : nativeApi().i18n.getMessage(key, subs);
  return text || key;
}

/** The language numbers and dates are formatted in: the chosen one, else the browser's. */
export function uiLanguage(): string {
  return chosen?.lang ?? (nativeApi().i18n.getUILanguage() || 'en');
}
