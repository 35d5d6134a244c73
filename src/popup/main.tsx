import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Platform, ProfileRef } from '../core/platform.ts';
import type { ProfileView } from '../messages/view.ts';
import { t, uiLanguage } from '../ui/i18n.ts';
import { ProfileSummary } from '../ui/ProfileSummary.tsx';
import { SUMMARY_CSS, THEME_CSS } from '../ui/styles.ts';
import { getProfile, listShortlist, setSaved } from './api.ts';
import { HostAccess } from './HostAccess.tsx';
import { ProfileDetails } from './ProfileDetails.tsx';
import { POPUP_CSS } from './styles.ts';
import { reloadActiveTab, whichProfile } from './which-profile.ts';

type Tab = 'profile' | 'shortlist';
type Loaded = { ref: ProfileRef | null; view: ProfileView | null; error?: string; site: Platform | null };

function Popup() {
  const lang = uiLanguage();
  const [tab, setTab] = useState<Tab>('profile');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [shortlist, setShortlist] = useState<ProfileView[]>([]);

  useEffect(() => {
    void (async () => {
      const { ref, site } = await whichProfile(location.search);
      if (!ref) return setLoaded({ ref: null, view: null, site });
      const reply = await getProfile(ref);
      setLoaded(reply.ok ? { ref, view: reply.data, site } : { ref, view: null, error: reply.error, site });
    })();
  }, []);
  useEffect(() => {
    if (tab === 'shortlist') void listShortlist().then((r) => r.ok && setShortlist(r.data));
  }, [tab]);

  const toggle = async (saved: boolean) => {
    if (!loaded?.ref) return;
    const reply = await setSaved(loaded.ref, saved);
    if (reply.ok) setLoaded({ ...loaded, view: reply.data });
  };

  return (
    <main class={matchMedia('(prefers-color-scheme: dark)').matches ? 'cl-dark' : 'cl-light'}>
      <div role="tablist" class="cl-tabs">
        <button type="button" role="tab" aria-selected={tab === 'profile'} onClick={() => setTab('profile')}>
          {t('tabThisProfile')}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'shortlist'} onClick={() => setTab('shortlist')}>
          {t('tabShortlist')}
        </button>
      </div>
      {tab === 'profile' && (
        <section data-testid="cl-popup-profile" data-profile={loaded?.view?.key ?? ''}>
          {loaded === null && <p class="cl-muted">…</p>}
          {loaded?.site && <HostAccess platform={loaded.site} onGranted={() => void reloadActiveTab()} />}
          {loaded && !loaded.ref && <p>{t('popupNoProfile')}</p>}
          {loaded?.ref && !loaded.view && <p>{loaded.error ?? t('popupNotRead')}</p>}
          {loaded?.view && (
            <>
              <ProfileSummary view={loaded.view} lang={lang} onToggleSave={toggle} reasons={10} />
              <ProfileDetails view={loaded.view} lang={lang} />
            </>
          )}
        </section>
      )}
      {tab === 'shortlist' && (
        <ul class="cl-shortlist">
          {shortlist.map((v) => (
            <li key={v.key} data-testid="cl-shortlist-row" data-profile={v.key}>
              <strong>{v.ref.platform}</strong> @{v.snapshot.handle} · {v.insight?.tier.label ?? ''}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

const style = document.createElement('style');
style.textContent = THEME_CSS + SUMMARY_CSS + POPUP_CSS;
document.head.append(style);
render(<Popup />, document.getElementById('app') as HTMLElement);
