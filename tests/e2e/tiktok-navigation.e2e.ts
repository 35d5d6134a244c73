// TikTok navigates in-app: the header keeps the previous profile's counts until it re-renders. A header that names
// no handle is no one's, so nothing it shows may be read as the new profile's (issue 20 item 8).
import { expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { describeEachBrowser } from './driver/browsers.ts';
import { keepEvidence } from './driver/evidence.ts';
import { useDriver } from './driver/use-driver.ts';

const tiktok = SAMPLES.find((s) => s.profile.startsWith('tiktok:')) as (typeof SAMPLES)[number];

describeEachBrowser('TikTok in-app navigation', ({ factory, label }) => {
  const driver = useDriver(factory, label, import.meta.filename, (d) => d.serve(tiktok.url, sampleHtml(tiktok)));

  it("a header that names no handle does not give the first profile's count to the second", async () => {
    const page = await driver().openProfile(tiktok.url);
    keepEvidence(page, 'tiktok-navigation');
    await page.waitForOverlay(tiktok.profile, { withFollowers: true });
    expect(Number((await page.readCard())?.attributes['cl-followers']?.['data-value'])).toBeGreaterThan(700_000);
    await page.evaluate(() => {
      document.querySelector('[data-e2e="user-title"]')?.remove();
      document.title = 'TikTok';
      history.pushState({}, '', '/@someoneelse');
    }, 0);
    await page.waitForOverlay('tiktok:someoneelse', { timeoutMs: 5000 });
    // Every read until the first-read deadline has run once the card says it could not read the followers.
    await page.waitUntilCard((root) => root.querySelector('[data-testid="cl-unreadable"]'), 0, 15_000);
    const card = await page.readCard();
    expect(card?.profile).toBe('tiktok:someoneelse');
    expect(card?.attributes['cl-followers']?.['data-value'] ?? null).toBeNull();
    expect(card?.text).not.toMatch(/783/);
    await page.close();
  });
});
