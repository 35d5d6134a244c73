import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Platform, ProfileRef } from '../core/platform.ts';
import type { AppSettings } from '../core/settings.ts';
import type { ProfileView } from '../messages/view.ts';
import { t, uiLanguage, useMessages } from '../ui/i18n.ts';
import { tableFor } from '../ui/locales.ts';
import { SUMMARY_CSS, THEME_CSS } from '../ui/styles.ts';
import { api } from './api.ts';
import { HowWeScore } from './how/HowWeScore.tsx';
import { HostAccess } from './profile/HostAccess.tsx';
import { ProfileTab } from './profile/ProfileTab.tsx';
import { SettingsTab } from './settings/SettingsTab.tsx';
import { ShortlistTab } from './shortlist/ShortlistTab.tsx';
import { POPUP_CSS } from './styles.ts';
import { reloadActiveTab, whichProfile } from './which-profile.ts';

type Tab = 'profile' | 'shortlist' | 'settings' | 'how';
type Loaded = { ref: ProfileRef | null; view: ProfileView | null; error?: string; site: Platform | null };

function applyLanguage(settings: AppSettings | null): void {
  const chosen = tableFor(settings?.uiLang ?? 'auto');
  useMessages(chosen?.lang ?? '', chosen?.table ?? null);
  document.documentElement.lang = uiLanguage();
}

function Popup({ initialTab }: { initialTab: Tab }) {
  const [, rerender] = useState(0);
  const [tab, setTab] = useState<Tab>(initialTab);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const lang = uiLanguage();
  // Exports and "How we score" exist in English and Spanish.
  const textLang = lang.toLowerCase().startsWith('es') ? 'es' : 'en';

  const open = async (ref: ProfileRef, site: Platform | null) => {
    const reply = await api.profile(ref);
    setLoaded(reply.ok ? { ref, view: reply.data, site } : { ref, view: null, error: reply.error, site });
  };
  useEffect(() => {
    void (async () => {
      const { ref, site } = await whichProfile(location.search);
      if (ref) await open(ref, site);
      else setLoaded({ ref: null, view: null, site });
      // The Shortlist tab reports its own count; otherwise read it once for the tab label.
      if (initialTab === 'shortlist') return;
      const head = await api.shortlistHead();
      if (head) setCount((known) => known ?? head.total);
      const list = await api.shortlist();
      if (list.ok) setCount(list.data.length);
    })();
  }, []);

  const tabs: Array<[Tab, string]> = [
    ['profile', t('tabThisProfile')],
    ['shortlist', count === null ? t('tabShortlist') : `${t('tabShortlist')} (${count})`],
    ['settings', t('tabSettings')],
    ['how', t('howWeScore')],
  ];
  return (
    <main class={matchMedia('(prefers-color-scheme: dark)').matches ? 'cl-dark' : 'cl-light'}>
      <h1 class="cl-visually-hidden">Creator Lens</h1>
      <div role="tablist" class="cl-tabs">
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            data-testid={`cl-tab-${id}`}
            class={id === 'how' ? 'cl-how-link' : undefined}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      {tab === 'profile' && (
        <section data-testid="cl-popup-profile" data-profile={loaded?.view?.key ?? ''}>
          {loaded === null && <p class="cl-muted">…</p>}
          {loaded?.site && <HostAccess platform={loaded.site} onGranted={() => void reloadActiveTab()} />}
          {loaded && !loaded.ref && <p>{t('popupNoProfile')}</p>}
          {loaded?.ref && !loaded.view && <p>{loaded.error ?? t('popupNotRead')}</p>}
          {loaded?.view && (
            <ProfileTab view={loaded.view} lang={lang} onChange={(view) => setLoaded({ ...loaded, view })} />
          )}
        </section>
      )}
      {tab === 'shortlist' && (
        <ShortlistTab
          lang={lang}
          exportLang={textLang}
          onCount={setCount}
          onOpenProfile={(ref) => {
            setTab('profile');
            void open(ref, null);
          }}
        />
      )}
      {tab === 'settings' && (
        <SettingsTab
          onSaved={(settings) => {
            applyLanguage(settings);
            rerender((n) => n + 1);
            if (loaded?.ref) void open(loaded.ref, loaded.site);
          }}
        />
      )}
      {tab === 'how' && <HowWeScore lang={textLang} />}
    </main>
  );
}

const style = document.createElement('style');
style.textContent = THEME_CSS + SUMMARY_CSS + POPUP_CSS;
document.head.append(style);
const tabParam = new URLSearchParams(location.search).get('tab');
const initialTab: Tab =
  tabParam === 'shortlist' || tabParam === 'settings' || tabParam === 'how' ? tabParam : 'profile';
void api.settings().then((reply) => {
  // Started before the popup renders: both the Shortlist tab and the tab label's count need it (api.ts shares it).
  // Not before the settings are in: the worker reads them from storage too, and its small read waited behind the
  // popup's index read, the largest value it reads (storage serves an extension's reads in turn).
  void api.shortlistHead();
  void api.shortlist();
  applyLanguage(reply.ok ? reply.data : null);
  render(<Popup initialTab={initialTab} />, document.getElementById('app') as HTMLElement);
});
