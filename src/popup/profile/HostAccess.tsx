import { useEffect, useState } from 'preact/hooks';
import type { Platform } from '../../core/platform.ts';
import { t } from '../../ui/i18n.ts';
import { hasHostAccess, requestHostAccess } from '../host-access.ts';

/** Shown when the browser withholds our access to the current site: a plain reason and a one-click grant. */
export function HostAccess({ platform, onGranted }: { platform: Platform; onGranted(): void }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    void hasHostAccess(platform).then(setGranted);
  }, [platform]);
  if (granted !== false) return null;
  return (
    <div class="cl-access" data-testid="cl-host-access" role="alert">
      <p>{t('hostAccessWhy', t(`site_${platform}`))}</p>
      <button
        type="button"
        class="cl-save"
        data-testid="cl-grant-access"
        onClick={async () => {
          if (await requestHostAccess(platform)) {
            setGranted(true);
            onGranted();
          }
        }}
      >
        {t('hostAccessGrant', t(`site_${platform}`))}
      </button>
    </div>
  );
}
