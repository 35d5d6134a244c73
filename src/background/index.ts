// The service worker: validates, scores, stores. It keeps no state in module variables (MV3 stops it at will);
// everything it knows lives in browser.storage.local.
import { useMagnitudeWords } from '../core/parse-count/any-language.ts';
import { MAGNITUDE_WORDS } from '../core/parse-count/magnitude-words.data.ts';
import { type ProfileRef, profileKey } from '../core/platform.ts';
import { type AppSettings, parseAppSettings, readAppSettings } from '../core/settings.ts';
import type { Reply } from '../messages/protocol.ts';
import type { BackgroundToContent } from '../messages/to-content.ts';
import { browser, type Runtime } from '../platform/browser.ts';
import { matchPatterns, profileAt, SITE_URLS } from '../sites/registry.ts';
import { KEY } from '../storage/schema.ts';
import { ProfileStore } from '../storage/store.ts';
import type { RouterDeps } from './call.ts';
import { rescoreAfterUpdate } from './rescore.ts';
import { route } from './router.ts';
import { scoreRecord, summaryOf } from './score.ts';
import { classifySender } from './sender.ts';
import { setAsideInvalidSettings } from './settings-store.ts';

// Another language's magnitude word on a page is read or refused, never ignored (parse-count/any-language.ts).
useMagnitudeWords(MAGNITUDE_WORDS);

const store = new ProfileStore(browser.storage.local, async (record) =>
  summaryOf(record, scoreRecord(record, await getSettings(), browser.i18n.getUILanguage())),
);
// Derived, not state: resolves once this worker instance has migrated storage (and re-scored it after an update
// that changed the scoring rules).
const migrated = store
  .migrate()
  .then(() => (store.frozen ? false : rescoreAfterUpdate(browser.storage.local, store)))
  .catch((error: unknown) => console.error('Creator Lens: migration failed', error));

/**
 * The stored settings, each invalid part read as its default (core/settings.ts); reading never writes. Kept from
 * one read to the next: every save scores its record with them, and with a large store each storage read adds to
 * every save (bench: the save row). This worker is their only writer (setSettings below drops the copy).
 * No storage.onChanged listener: with one, Chromium copies the old and new value of every key a save writes into
 * this worker (a record bucket and an index shard, old and new, for every save), which slowed the save row
 * (CHANGELOG.md). Derived, not state.
 */
let settingsRead: Promise<ReturnType<typeof readAppSettings>> | null = null;
function storedSettings(): Promise<ReturnType<typeof readAppSettings>> {
  const read =
    settingsRead ?? browser.storage.local.get(KEY.settings).then((items) => readAppSettings(items[KEY.settings]));
  settingsRead = read;
  void read.catch(() => {
    if (settingsRead === read) settingsRead = null;
  });
  return read;
}
const getSettings = async (): Promise<AppSettings> => (await storedSettings()).settings;

const deps: RouterDeps = {
  store,
  browserLang: () => browser.i18n.getUILanguage(),
  getSettings,
  settingsProblems: async () => (await storedSettings()).problems,
  async setSettings(value): Promise<Reply<unknown>> {
    const parsed = parseAppSettings(value);
    if (!parsed.success) return { ok: false, error: `rejected: invalid settings (${parsed.error.issues[0]?.message})` };
    if (store.frozen) return { ok: false, error: `not saved: ${store.frozen}` };
    await setAsideInvalidSettings(browser.storage.local);
    await browser.storage.local.set({ [KEY.settings]: parsed.data });
    // The copy kept above goes now, before the re-scoring below reads the settings.
    settingsRead = null;
    await store.resummarizeAll();
    await notifyAllTabs();
    return { ok: true, data: parsed.data };
  },
  notify: notifyTabsShowing,
};

async function notifyTabsShowing(ref: ProfileRef): Promise<void> {
  const tabs = await browser.tabs.query({ url: matchPatterns(SITE_URLS[ref.platform]) });
  const message: BackgroundToContent = { kind: 'background:profile-updated', key: profileKey(ref) };
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && tab.url && profileAt(tab.url)?.platform === ref.platform)
      .map((tab) => browser.tabs.sendMessage(tab.id as number, message).catch(() => undefined)),
  );
}

async function notifyAllTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: Object.values(SITE_URLS).flatMap(matchPatterns) });
  await Promise.all(
    tabs.flatMap((tab) => {
      const ref = tab.url ? profileAt(tab.url) : null;
      if (!ref || tab.id === undefined) return [];
      const message: BackgroundToContent = { kind: 'background:profile-updated', key: profileKey(ref) };
      return [browser.tabs.sendMessage(tab.id, message).catch(() => undefined)];
    }),
  );
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const origin = classifySender(sender, browser.runtime.id, browser.runtime.getURL(''));
  return migrated.then(() => route(message, origin, deps));
});

// Keyboard shortcut: save (or unsave) the profile in the active tab.
browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'save-profile') return;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const ref = tab?.url ? profileAt(tab.url) : null;
  if (!ref) return;
  await migrated;
  const record = await store.get(ref);
  if (record) await route({ kind: 'ui:set-saved', ref, saved: !record.saved }, { from: 'ui' }, deps);
});
