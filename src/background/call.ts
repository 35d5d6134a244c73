import type { ProfileRef } from '../core/platform.ts';
import type { AppSettings } from '../core/settings.ts';
import type { Reply } from '../messages/protocol.ts';
import type { ProfileStore } from '../storage/store.ts';

export interface RouterDeps {
  store: ProfileStore;
  /** The browser's UI language; texts and numbers follow it unless settings choose one. */
  browserLang(): string;
  getSettings(): Promise<AppSettings>;
  setSettings(value: unknown): Promise<Reply<unknown>>;
  /** The stored settings' parts that are invalid and read as their defaults. */
  settingsProblems(): Promise<string[]>;
  /** Tells every tab showing this profile that its view changed. */
  notify(ref: ProfileRef): Promise<void>;
}

export const fail = (error: string): Reply<never> => ({ ok: false, error });

/** One message's dependencies: settings are read from storage at most once per message. */
export interface Call extends RouterDeps {
  settings(): Promise<AppSettings>;
}
