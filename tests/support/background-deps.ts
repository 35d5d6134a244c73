// A real router setup for background tests: the real ProfileStore over an in-memory storage.local, the real
// scorer with default settings, and a notify spy. Only the browser APIs are replaced.

import type { RouterDeps } from '../../src/background/call.ts';
import type { SenderInfo } from '../../src/background/sender.ts';
import type { ProfileRef } from '../../src/core/platform.ts';
import { type AppSettings, AppSettingsSchema, DEFAULT_SETTINGS, readAppSettings } from '../../src/core/settings.ts';
import type { ProfileSnapshot } from '../../src/core/snapshot.ts';
import { KEY } from '../../src/storage/schema.ts';
import { ProfileStore } from '../../src/storage/store.ts';
import { MemoryArea } from './memory-area.ts';

export const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;

export interface Harness {
  area: MemoryArea;
  store: ProfileStore;
  deps: RouterDeps;
  notified: ProfileRef[];
  /** A deep copy of everything stored, to compare before/after. */
  dump(): Record<string, unknown>;
}

export function harness(): Harness {
  const area = new MemoryArea();
  const store = new ProfileStore(area);
  const notified: ProfileRef[] = [];
  const getSettings = async (): Promise<AppSettings> => {
    const parsed = AppSettingsSchema.safeParse((await area.get(KEY.settings))[KEY.settings]);
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  };
  const deps: RouterDeps = {
    store,
    browserLang: () => 'en',
    getSettings,
    settingsProblems: async () => readAppSettings((await area.get(KEY.settings))[KEY.settings]).problems,
    async setSettings(value) {
      const parsed = AppSettingsSchema.safeParse(value);
      if (!parsed.success) return { ok: false, error: 'rejected: invalid settings' };
      await area.set({ [KEY.settings]: parsed.data });
      return { ok: true, data: parsed.data };
    },
    async notify(ref) {
      notified.push(ref);
    },
  };
  return { area, store, deps, notified, dump: () => structuredClone(Object.fromEntries(area.items)) };
}

export function tiktokSnapshot(handle: string, followers: number): ProfileSnapshot {
  return {
    platform: 'tiktok',
    handle,
    url: `https://www.tiktok.com/@${handle}`,
    lang: 'en',
    followers: { value: followers, min: followers, max: followers },
    following: { value: 10, min: 10, max: 10 },
    posts: { value: 20, min: 20, max: 20 },
    totalLikes: null,
    recentPosts: [{ id: '1', likes: { value: 5, min: 5, max: 5 }, comments: null, views: null }],
    sources: { followers: 'statsV2' },
    missing: { totalLikes: 'not shown' },
  };
}

/** What runtime.onMessage gives for a message from our content script in tab 7 at `url`. */
export const contentSender = (url: string): SenderInfo => ({ id: OWN_ID, url, tab: { id: 7, url } });
/** What runtime.onMessage gives for a message from our popup. */
export const popupSender: SenderInfo = { id: OWN_ID, url: `${OWN_ORIGIN}src/popup/index.html` };
