import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { keepEvidenceOnFailure, openSession, overlayOn, type Session } from './session.ts';

let session: Session;
const [tiktok, instagram, youtube] = SAMPLES;

beforeAll(async () => {
  session = await openSession();
  for (const sample of SAMPLES) session.server.add(sample.url, sampleHtml(sample));
  // The same saved documents under URLs that are not profiles: the content script must stay dormant there.
  if (tiktok) session.server.add('https://www.tiktok.com/explore', sampleHtml(tiktok));
  if (tiktok) session.server.add('https://www.tiktok.com/@illojuan/video/7571863205253778710', sampleHtml(tiktok));
  if (youtube) session.server.add('https://www.youtube.com/watch?v=c31G0fKqHs8', sampleHtml(youtube));
  if (instagram) session.server.add('https://www.instagram.com/p/CPQjO5RIIO9/', sampleHtml(instagram));
});
afterAll(async () => {
  await session?.browser.close();
});

describe('overlay on saved real profiles in Chromium', () => {
  for (const sample of SAMPLES) {
    it(`${sample.name}: the overlay appears for ${sample.profile}`, async () => {
      const page = await session.browser.context.newPage();
      keepEvidenceOnFailure(page, `overlay-${sample.profile}`);
      await page.goto(sample.url);
      const host = page.locator('[data-testid="creator-lens-overlay"]');
      await host.waitFor({ state: 'attached', timeout: 10_000 });
      expect(await host.getAttribute('data-profile')).toBe(sample.profile);
      // The shadow root is open, so tests (and users' tools) can reach the card.
      expect(await host.evaluate((el) => el.shadowRoot?.mode)).toBe('open');
      // The number shown is the page's true follower count (or inside the interval a rounded page allows).
      const followers = host.locator('[data-testid="cl-followers"][data-value]:not([data-value=""])');
      await followers.waitFor({ timeout: 10_000 });
      const value = Number(await followers.getAttribute('data-value'));
      expect(value).toBeGreaterThanOrEqual(sample.followers?.min ?? Number.NaN);
      expect(value).toBeLessThanOrEqual(sample.followers?.max ?? Number.NaN);
      for (const id of ['cl-tier', 'cl-engagement', 'cl-fit', 'cl-save']) {
        expect(await host.locator(`[data-testid="${id}"]`).count(), id).toBe(1);
      }
      await page.close();
    });
  }

  for (const url of [
    'https://www.tiktok.com/explore',
    'https://www.tiktok.com/@illojuan/video/7571863205253778710',
    'https://www.youtube.com/watch?v=c31G0fKqHs8',
    'https://www.instagram.com/p/CPQjO5RIIO9/',
  ]) {
    it(`stays dormant on ${url}`, async () => {
      const page = await session.browser.context.newPage();
      keepEvidenceOnFailure(page, `dormant-${new URL(url).pathname}`);
      await page.goto(url);
      // Long enough for the content script (document_idle) and one navigation check to have run.
      await page.waitForTimeout(1500);
      expect(await overlayOn(page)).toBeNull();
      await page.close();
    });
  }

  it('follows in-page navigation from one profile to another (pushState)', async () => {
    const page = await session.browser.context.newPage();
    keepEvidenceOnFailure(page, 'navigation-pushstate');
    await page.goto('https://www.tiktok.com/@illojuan');
    await page
      .locator('[data-testid="creator-lens-overlay"][data-profile="tiktok:illojuan"]')
      .waitFor({ state: 'attached' });
    await page.evaluate(() => history.pushState({}, '', '/@someone_else'));
    await page
      .locator('[data-testid="creator-lens-overlay"][data-profile="tiktok:someone_else"]')
      .waitFor({ state: 'attached', timeout: 5000 });
    expect(await page.locator('[data-testid="creator-lens-overlay"]').count()).toBe(1);
    // The DOM still shows @illojuan's header (the site's app is not running): those numbers must not be
    // attributed to @someone_else. Wait past one re-read, then the card must not show 783,427.
    await page.waitForTimeout(1500);
    const card = await page.evaluate(() => {
      const root = document.querySelector('[data-testid="creator-lens-overlay"]')?.shadowRoot;
      return {
        followers: root?.querySelector('[data-testid="cl-followers"]')?.getAttribute('data-value') ?? null,
        text: root?.textContent ?? '',
      };
    });
    expect(card.followers).not.toBe('783427');
    expect(card.text).not.toContain('783,427');
    // Leaving profiles altogether removes the overlay.
    await page.evaluate(() => history.pushState({}, '', '/explore'));
    await page.locator('[data-testid="creator-lens-overlay"]').waitFor({ state: 'detached', timeout: 5000 });
    await page.close();
  });

  it('the extension worker logged no errors', () => {
    expect(session.browser.workerErrors).toEqual([]);
  });
});
