// The overlay on the bundled real profiles, in every e2e browser (see driver/browsers.ts).
import { expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { describeEachBrowser } from './driver/browsers.ts';
import { keepEvidence } from './driver/evidence.ts';
import { useDriver } from './driver/use-driver.ts';
import { saveFromOverlay, storedItems, untilOverlaySaved } from './steps.ts';

const [tiktok, instagram, youtube] = SAMPLES;

// The same saved documents under URLs that are not profiles: the content script must stay dormant there.
const NOT_PROFILES = [
  { url: 'https://www.tiktok.com/explore', sample: tiktok },
  { url: 'https://www.tiktok.com/@illojuan/video/7571863205253778710', sample: tiktok },
  { url: 'https://www.youtube.com/watch?v=c31G0fKqHs8', sample: youtube },
  { url: 'https://www.instagram.com/p/CPQjO5RIIO9/', sample: instagram },
];

const FACEBOOK_NO_FOLLOWERS = 'https://m.facebook.com/Nintendo/posts/';

describeEachBrowser('overlay on saved real profiles', ({ factory, label }) => {
  const driver = useDriver(factory, label, import.meta.filename, (d) => {
    d.serve(FACEBOOK_NO_FOLLOWERS, sampleHtml({ file: 'facebook/fb-mobile-posts_Nintendo_2021-06-08.html' }));
    for (const sample of SAMPLES) d.serve(sample.url, sampleHtml(sample));
    for (const { url, sample } of NOT_PROFILES) if (sample) d.serve(url, sampleHtml(sample));
  });

  for (const sample of SAMPLES) {
    it(`${sample.name}: the overlay appears for ${sample.profile}`, async () => {
      const page = await driver().openProfile(sample.url);
      keepEvidence(page, `overlay-${sample.profile}`);
      await page.waitForOverlay(sample.profile, { withFollowers: true });
      const card = await page.readCard();
      expect(card?.profile).toBe(sample.profile);
      // The shadow root is open, as PRODUCT.md's test contract names it (only trusted events act on the card).
      expect(card?.shadowMode).toBe('open');
      // The number shown is the page's true follower count (or inside the interval a rounded page allows).
      const value = Number(card?.attributes['cl-followers']?.['data-value']);
      expect(value).toBeGreaterThanOrEqual(sample.followers?.min ?? Number.NaN);
      expect(value).toBeLessThanOrEqual(sample.followers?.max ?? Number.NaN);
      for (const id of ['cl-tier', 'cl-engagement', 'cl-fit', 'cl-save']) {
        expect(card?.texts[id], id).toBeTruthy();
      }
      await page.close();
    });
  }

  it('the card leads with the verdict and lists every reason; no score beside "not enough data" (X logged out)', async () => {
    const x = SAMPLES.find((s) => s.profile === 'x:javilop') as (typeof SAMPLES)[number];
    const page = await driver().openProfile(x.url);
    keepEvidence(page, 'overlay-verdict-reasons');
    await page.waitForOverlay(x.profile, { withFollowers: true });
    const fit = await page.inCard((root) => {
      const block = root.querySelector('[data-testid="cl-fit"]');
      return {
        verdict: block?.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null,
        score: block?.querySelector('[data-testid="cl-score"]')?.textContent ?? null,
        reasons: Array.from(block?.querySelectorAll('li') ?? [], (li) => li.textContent ?? ''),
        engagement: root.querySelector('[data-testid="cl-engagement"]')?.getAttribute('data-rate') ?? null,
        first: root.querySelector('.cl-summary > :nth-child(2)')?.getAttribute('data-testid') ?? null,
      };
    }, 0);
    if (!fit) throw new Error('no card');
    expect(fit.verdict).toBe('insufficient-data');
    expect(fit.score).toBeNull();
    // Followers, engagement, authenticity, activity: all four, not the top two.
    expect(fit.reasons).toHaveLength(4);
    expect(fit.reasons[0]).toMatch(/86,423 followers, inside 1K–100K/);
    expect(fit.reasons[1]).toMatch(/selection of posts, not the latest ones/);
    // No rate from X's highlighted posts, and the verdict comes first, right under whose card it is.
    expect(fit.engagement).toBe('');
    expect(fit.first).toBe('cl-fit');
    await page.close();
  });

  it('a page without a follower count says so, with what is missing, instead of a blank card', async () => {
    // The 2021 m.facebook.com posts page shows page likes and post counts but no follower number.
    const page = await driver().openProfile(FACEBOOK_NO_FOLLOWERS);
    keepEvidence(page, 'overlay-unreadable');
    await page.waitUntilCard((root) => root.querySelector('[data-testid="cl-unreadable"]'), 0, 15_000);
    const card = await page.readCard();
    expect(card?.profile).toBe('facebook:nintendo');
    expect(card?.text).toMatch(/could not read followers/i);
    expect(card?.text).toMatch(/followers/);
    await page.close();
  });

  it('an X profile saves to the shortlist like the others', async () => {
    const x = SAMPLES.find((s) => s.profile.startsWith('x:')) as (typeof SAMPLES)[number];
    await saveFromOverlay(driver(), x);
    const stored = (await storedItems(driver()))[`profile:${x.profile}`] as { saved?: unknown } | undefined;
    expect(stored?.saved).toBeTruthy();
  });

  it('collapses to a pill and back, keeps focus on Save across its redraw, and hides', async () => {
    const page = await driver().openProfile(instagram?.url ?? '');
    keepEvidence(page, 'overlay-controls');
    await page.waitForOverlay(instagram?.profile, { withFollowers: true });
    const inCard = (selector: string) => page.inCard((root, sel) => root.querySelector(sel) !== null, selector);
    const focused = () => page.inCard((root) => root.activeElement?.getAttribute('data-testid') ?? null, 0);
    await page.clickInOverlay('cl-collapse');
    expect(await inCard('[data-testid="cl-expand"]')).toBe(true);
    expect(await inCard('[data-testid="cl-tier"]')).toBe(false);
    expect(await focused()).toBe('cl-expand');
    await page.clickInOverlay('cl-expand');
    expect(await inCard('[data-testid="cl-tier"]')).toBe(true);
    await page.clickInOverlay('cl-save');
    await untilOverlaySaved(page);
    // The answer redrew the card: the new Save button has the focus the clicked one had.
    expect(await focused()).toBe('cl-save');
    await page.clickInOverlay('cl-hide');
    expect(await page.readCard()).toBeNull();
    await page.close();
  });

  it('stays dormant on pages that are not profiles, loaded and watching', async () => {
    const pages = await Promise.all(NOT_PROFILES.map(({ url }) => driver().openProfile(url)));
    for (const [i, page] of pages.entries()) keepEvidence(page, `dormant-${i}`);
    for (const [i, page] of pages.entries()) {
      const { url, sample } = NOT_PROFILES[i] as (typeof NOT_PROFILES)[number];
      // Injected (Chromium sees the script's world, which may come just after load; Firefox's protocol cannot
      // tell), and showing nothing.
      let injected = await page.contentScriptInjected();
      for (let tries = 0; injected === false && tries < 50; tries++)
        injected = await page.sleep(100).then(() => page.contentScriptInjected());
      expect(injected, url).toBe(page.browser === 'chromium' ? true : null);
      expect(await page.readCard(), url).toBeNull();
      // The same script, still in the page, follows in-app navigation to a profile: it was loaded and watching.
      const path = new URL(url).pathname + new URL(url).search;
      await page.evaluate((to) => history.pushState({}, '', to), new URL(sample?.url ?? '').pathname);
      await page.waitForOverlay(sample?.profile, { timeoutMs: 5000 });
      // Back on the page that is not a profile, it stands down again.
      await page.evaluate((to) => history.pushState({}, '', to), path);
      await page.waitUntil(() => !document.querySelector('[data-testid="creator-lens-overlay"]'), 0, 5000);
    }
    for (const page of pages) await page.close();
  });

  it('follows in-page navigation from one profile to another (pushState)', async () => {
    const page = await driver().openProfile('https://www.tiktok.com/@illojuan');
    keepEvidence(page, 'navigation-pushstate');
    await page.waitForOverlay('tiktok:illojuan', { withFollowers: true });
    await page.evaluate((path) => history.pushState({}, '', path), '/@someone_else');
    await page.waitForOverlay('tiktok:someone_else', { timeoutMs: 5000 });
    expect(await page.evaluate(() => document.querySelectorAll('[data-testid="creator-lens-overlay"]').length, 0)).toBe(
      1,
    );
    // The DOM still shows @illojuan's header (the site's app is not running): those numbers must not be
    // attributed to @someone_else. Every read until the first-read deadline has run once the card says it could not
    // read the followers; by then it must not show 783,427.
    await page.waitUntilCard((root) => root.querySelector('[data-testid="cl-unreadable"]'), 0, 15_000);
    const card = await page.readCard();
    expect(card?.profile).toBe('tiktok:someone_else');
    expect(card?.attributes['cl-followers']?.['data-value']).not.toBe('783427');
    expect(card?.text).not.toContain('783,427');
    // Leaving profiles altogether removes the overlay.
    await page.evaluate((path) => history.pushState({}, '', path), '/explore');
    await page.waitUntil(() => !document.querySelector('[data-testid="creator-lens-overlay"]'), 0, 5000);
    await page.close();
  });

  it.runIf(factory.capabilities.backgroundErrors)(
    'the extension background logged no errors (Chromium only: its worker console)',
    () => {
      expect(driver().backgroundErrors()).toEqual([]);
    },
  );
});
