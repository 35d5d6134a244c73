// TikTok navigates in-app: the header keeps the previous profile's counts until it re-renders. A header that names
// no handle is no one's, so nothing it shows may be read as the new profile's (issue 20 item 8).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { attributeInCard, evaluateInCardCdp, waitInCard } from './driver/card-cdp.ts';
import { keepEvidenceOnFailure, openSession, type Session } from './session.ts';

const tiktok = SAMPLES.find((s) => s.profile.startsWith('tiktok:')) as (typeof SAMPLES)[number];
let session: Session;

beforeAll(async () => {
  session = await openSession();
  session.server.add(tiktok.url, sampleHtml(tiktok));
});
afterAll(async () => {
  await session?.browser.close();
});

describe('TikTok in-app navigation', () => {
  it("a header that names no handle does not give the first profile's count to the second", async () => {
    const page = await session.browser.context.newPage();
    keepEvidenceOnFailure(page, 'tiktok-navigation');
    await page.goto(tiktok.url);
    const first = '[data-testid="cl-followers"][data-value]';
    await waitInCard(page, first);
    expect(Number(await attributeInCard(page, first, 'data-value'))).toBeGreaterThan(700_000);
    await page.evaluate(() => {
      document.querySelector('[data-e2e="user-title"]')?.remove();
      document.title = 'TikTok';
      history.pushState({}, '', '/@someoneelse');
    });
    await page
      .locator('[data-testid="creator-lens-overlay"][data-profile="tiktok:someoneelse"]')
      .waitFor({ state: 'attached' });
    await page.waitForTimeout(1500);
    const card = await evaluateInCardCdp(
      page,
      (root) => ({
        profile: root.host.getAttribute('data-profile'),
        value: root.querySelector('[data-testid="cl-followers"]')?.getAttribute('data-value') ?? null,
        text: root.textContent ?? '',
      }),
      0,
    );
    expect(card?.profile).toBe('tiktok:someoneelse');
    expect(card?.value ?? null).toBeNull();
    expect(card?.text).not.toMatch(/783/);
    await page.close();
  });
});
