import { useEffect, useState } from 'preact/hooks';
import { isPlatform } from '../../core/platform.ts';
import type { StorageStatus } from '../../messages/view.ts';
import { KEY } from '../../storage/schema.ts';
import { t } from '../../ui/i18n.ts';
import { api } from '../api.ts';
import { download } from '../download.ts';

type Item = StorageStatus['setAside'][number];

/** What a set-aside value was: a profile (site · handle), the settings, a bucket of profiles, or the derived index. */
function whatItWas(item: Item): string {
  const profile = /^profile:([^:]+):(.+)$/.exec(item.key);
  if (profile) return `${isPlatform(profile[1]) ? t(`site_${profile[1]}`) : profile[1]} · ${profile[2]}`;
  if (item.key === 'settings') return t('setAsideSettings');
  if (item.key.startsWith(KEY.recordBucketPrefix)) return t('setAsideBucket');
  return t('setAsideIndex');
}

/**
 * Storage's health in the Settings tab: a warning when newer data freezes writes, settings read as defaults, and
 * every value set aside (storage/set-aside.ts), each with its reason, to restore, download or discard.
 */
export function SetAsidePanel() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const refresh = () => void api.storageStatus().then((r) => setStatus(r.ok ? r.data : null));
  useEffect(refresh, []);
  if (!status) return null;
  const act = async (reply: Promise<{ ok: boolean; error?: string }>, done: string | null) => {
    const r = await reply;
    setMessage(r.ok ? (done ? { ok: true, text: done } : null) : { ok: false, text: r.error ?? '' });
    refresh();
  };
  return (
    <section class="cl-set-aside" data-testid="cl-set-aside">
      {status.frozen && (
        <p class="cl-warn" role="alert" data-testid="cl-storage-frozen" title={status.frozen}>
          {t('storageFrozen')}
        </p>
      )}
      {status.settingsProblems.length > 0 && (
        <p class="cl-warn" data-testid="cl-settings-problems">
          {t('settingsProblems', status.settingsProblems.join('; '))}
        </p>
      )}
      <h2>{t('setAsideTitle')}</h2>
      {status.setAside.length === 0 ? (
        <p class="cl-muted" data-testid="cl-set-aside-empty">
          {t('setAsideEmpty')}
        </p>
      ) : (
        <>
          <p class="cl-muted">{t('setAsideIntro')}</p>
          <ul class="cl-set-aside-list">
            {status.setAside.map((item) => (
              <li key={item.id} data-testid="cl-set-aside-item">
                <strong>{whatItWas(item)}</strong> — {item.field ? t('setAsideField', item.field) : t('setAsideWhole')}
                <br />
                <span class="cl-muted">
                  {item.reason} · {item.at.slice(0, 10)}
                </span>
                <code class="cl-preview">{item.preview}</code>
                <span class="cl-actions">
                  {item.restorable && (
                    <button
                      type="button"
                      class="cl-plain"
                      data-testid="cl-set-aside-restore"
                      onClick={() => void act(api.restoreSetAside(item.id), t('setAsideRestored'))}
                    >
                      {t('setAsideRestore')}
                    </button>
                  )}
                  <button
                    type="button"
                    class="cl-plain"
                    data-testid="cl-set-aside-discard"
                    onClick={() => void act(api.discardSetAside([item.id]), null)}
                  >
                    {t('setAsideDiscard')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="cl-plain"
            data-testid="cl-set-aside-download"
            onClick={() =>
              void api
                .exportSetAside()
                .then((r) => (r.ok ? download(r.data) : setMessage({ ok: false, text: r.error })))
            }
          >
            {t('setAsideDownload')}
          </button>
        </>
      )}
      {message && (
        <p class={message.ok ? 'cl-muted' : 'cl-warn'} role="status" data-testid="cl-set-aside-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
