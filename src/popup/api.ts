import type { ImportReport } from '../core/exchange/format.ts';
import type { ProfileRef } from '../core/platform.ts';
import type { AppSettings } from '../core/settings.ts';
import type { Reply, UiToBackground } from '../messages/protocol.ts';
import { shortlistRows } from '../messages/rows.ts';
import type { ProfileView, ShortlistRow } from '../messages/view.ts';
import { browser } from '../platform/browser.ts';
import { decodeIndex } from '../storage/profile-index.ts';
import { KEY, type ShortlistEntry } from '../storage/schema.ts';

/** The popup's only channel to data: messages to the background (the single writer). */
export async function ask<T>(message: UiToBackground): Promise<Reply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
    return reply ?? { ok: false, error: 'no reply from the background' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The shortlist rows, read straight from the stored index (validated here too): the background stays the only
 * writer, and listing 5,000 entries skips a second serialisation through messaging. A missing or damaged index
 * goes through the background, which rebuilds it and sets the damage aside.
 */
async function readShortlist(): Promise<Reply<ShortlistRow[]>> {
  try {
    const stored = decodeIndex((await browser.storage.local.get(KEY.index))[KEY.index]);
    if (stored.ok) return { ok: true, data: shortlistRows(stored.index) };
  } catch {
    // fall through to the background
  }
  return ask<ShortlistRow[]>({ kind: 'ui:list-shortlist' });
}

export type Removed = Array<{ ref: ProfileRef; saved: ShortlistEntry }>;

export const api = {
  profile: (ref: ProfileRef) => ask<ProfileView | null>({ kind: 'ui:get-profile', ref }),
  setSaved: (ref: ProfileRef, saved: boolean) => ask<ProfileView>({ kind: 'ui:set-saved', ref, saved }),
  updateEntry: (ref: ProfileRef, change: { notes?: string; tags?: string[]; lists?: string[] }) =>
    ask<ProfileView>({ kind: 'ui:update-entry', ref, ...change }),
  shortlist: readShortlist,
  unsaveMany: (refs: ProfileRef[]) => ask<Removed>({ kind: 'ui:unsave-many', refs }),
  restore: (entries: Removed) => ask<number>({ kind: 'ui:restore-saved', entries }),
  editLists: (refs: ProfileRef[], edit: { add?: string; remove?: string; set?: string[] }) =>
    ask<number>({ kind: 'ui:edit-lists', refs, ...edit }),
  compare: (refs: ProfileRef[]) => ask<ProfileView[]>({ kind: 'ui:compare', refs }),
  exportShortlist: (format: 'csv' | 'json', lang: 'en' | 'es') =>
    ask<{ text: string; fileName: string; mime: string }>({ kind: 'ui:export', format, lang }),
  importFile: (text: string, fileName: string, apply: boolean) =>
    ask<{ applied: boolean; report: ImportReport }>({ kind: 'ui:import', text, fileName, apply }),
  settings: () => ask<AppSettings>({ kind: 'ui:get-settings' }),
  setSettings: (settings: AppSettings) => ask<AppSettings>({ kind: 'ui:set-settings', settings }),
};
