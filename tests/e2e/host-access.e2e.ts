// A user can withhold a site's host access (Firefox: about:addons → Permissions; MV3 host permissions are
// revocable there). The popup must then say so and offer a one-click grant that works.
import { expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { matchPatterns, SITE_URLS } from '../../src/sites/registry.ts';
import { describeEachBrowser } from './driver/browsers.ts';
import { keepEvidence } from './driver/evidence.ts';
import { useDriver } from './driver/use-driver.ts';

const tiktok = SAMPLES.find((s) => s.profile.startsWith('tiktok:')) ?? SAMPLES[0];
const instagram = SAMPLES.find((s) => s.profile.startsWith('instagram:')) ?? SAMPLES[1];
const TIKTOK_ORIGINS = matchPatterns(SITE_URLS.tiktok);

type Permissions = {
  permissions: {
    remove(p: { origins: string[] }): Promise<boolean>;
    contains(p: { origins: string[] }): Promise<boolean>;
    request(p: { origins: string[] }): Promise<boolean>;
  };
};

describeEachBrowser('withheld host access', ({ factory, label }) => {
  const driver = useDriver(factory, label, import.meta.filename, (d) => {
    for (const s of [tiktok, instagram]) if (s) d.serve(s.url, sampleHtml(s));
  });

  it.runIf(factory.capabilities.withholdHostAccess)(
    'after the user removes TikTok access the popup offers the grant, and the grant restores the overlay',
    async () => {
      if (!tiktok || !instagram) throw new Error('samples for TikTok and Instagram are needed');
      const removed = await driver().evaluateInExtension(async (origins) => {
        const api = (globalThis as { browser?: Permissions }).browser;
        const ok = await api?.permissions.remove({ origins });
        return { ok, contains: await api?.permissions.contains({ origins }) };
      }, TIKTOK_ORIGINS);
      expect(removed).toEqual({ ok: true, contains: false });

      // Without access the content script is not injected: no overlay on a TikTok profile. A control tab of a site
      // that keeps its access, opened at the same moment, shows its card first: injection had its chance.
      const [page, control] = await Promise.all([
        driver().openProfile(tiktok.url),
        driver().openProfile(instagram.url),
      ]);
      keepEvidence(page, 'withheld-profile');
      keepEvidence(control, 'withheld-control');
      await control.waitForOverlay(instagram.profile, { withFollowers: true });
      await page.waitUntil(() => document.readyState === 'complete', 0);
      expect(await page.readCard()).toBeNull();
      await control.close();

      // Another site keeps its access: its popup shows no access notice.
      const other = await driver().openPopup(`?profile=${encodeURIComponent(instagram.profile)}`);
      keepEvidence(other, 'withheld-other-site');
      // Loaded (the "…" placeholder gone), then time for the access check, which resolves in a few ms.
      await other.waitUntil(() => {
        const text = document.querySelector('[data-testid="cl-popup-profile"]')?.textContent ?? '…';
        return text !== '' && text !== '…';
      }, 0);
      await other.sleep(500);
      expect(await other.evaluate(() => document.querySelector('[data-testid="cl-host-access"]'), 0)).toBeNull();
      await other.close();

      const popup = await driver().openPopup(`?profile=${encodeURIComponent(tiktok.profile)}`);
      keepEvidence(popup, 'withheld-popup');
      await popup.waitUntil(
        () => document.querySelector('[data-testid="cl-host-access"] [data-testid="cl-grant-access"]'),
        0,
      );

      // permissions.request outside a user gesture is refused: the grant has to come from the button.
      const scripted = await popup.evaluate(async (origins) => {
        try {
          return String(await (globalThis as { browser?: Permissions }).browser?.permissions.request({ origins }));
        } catch (error) {
          return `refused: ${String(error)}`;
        }
      }, TIKTOK_ORIGINS);
      expect(scripted).toMatch(/^refused: .*user input/i);

      await popup.click('[data-testid="cl-grant-access"]');
      await popup.waitUntil(() => !document.querySelector('[data-testid="cl-host-access"]'), 0);
      const granted = await driver().evaluateInExtension(
        (origins) => (globalThis as { browser?: Permissions }).browser?.permissions.contains({ origins }),
        TIKTOK_ORIGINS,
      );
      expect(granted).toBe(true);
      await popup.close();

      // The withheld tab, reloaded now that access is back, gets its card: the page is one the script matches, and
      // only the access kept it out (Firefox does not inject into tabs already open when access is granted).
      await page.evaluate(() => setTimeout(() => location.reload(), 0), 0);
      keepEvidence(page, 'granted-profile');
      await page.waitForOverlay(tiktok.profile, { withFollowers: true });
      await page.close();
    },
  );

  it.runIf(!factory.capabilities.withholdHostAccess)(
    'Chromium refuses to remove required host permissions, so withheld access is a Firefox-only scenario',
    async () => {
      const outcome = await driver().evaluateInExtension(async (origins) => {
        try {
          return String(await (globalThis as { chrome?: Permissions }).chrome?.permissions.remove({ origins }));
        } catch (error) {
          return `refused: ${String(error)}`;
        }
      }, TIKTOK_ORIGINS);
      expect(outcome).toMatch(/^refused: .*required permissions/i);
    },
  );
});
