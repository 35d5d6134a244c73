import { browser } from '../platform/browser.ts';

/** UI text from _locales; the key itself when a message is missing, so a gap is visible, never blank. */
export function t(key: string, ...substitutions: Array<string | number>): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}
