// YouTube navigates in-app: the first document's ytInitialData goes stale and the fresh data only exists in
// the page's own `yt-navigate-finish` event. Our main-world observer (the one every site uses) hands it over; these
// tests dispatch that event the way YouTube does (with a hand-made browse response in the page's UI language, es-ES)
// and check the overlay; forged hand-overs use the observer's own message shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { attributeInCard, evaluateInCardCdp, waitInCard } from './driver/card-cdp.ts';
import { keepEvidenceOnFailure, openSession, type Session } from './session.ts';

const FOLLOWERS = '[data-testid="cl-followers"][data-value]';

const youtube = SAMPLES.find((s) => s.profile.startsWith('youtube:')) as (typeof SAMPLES)[number];
let session: Session;

/** A minimal browse response in the 2026 pageHeaderViewModel shape (see EXTRACTION.md §1.1). */
function browseResponse(handle: string, subscribers: string) {
  return {
    responseContext: {},
    metadata: { channelMetadataRenderer: { vanityChannelUrl: `http://www.youtube.com/@${handle}` } },
    header: {
      pageHeaderRenderer: {
        content: {
          pageHeaderViewModel: {
            metadata: {
              contentMetadataViewModel: {
                metadataRows: [
                  { metadataParts: [{ text: { content: `@${handle}` } }] },
                  { metadataParts: [{ text: { content: subscribers } }, { text: { content: '48 vídeos' } }] },
                ],
              },
            },
          },
        },
      },
    },
  };
}

beforeAll(async () => {
  session = await openSession();
  session.server.add(youtube.url, sampleHtml(youtube));
});
afterAll(async () => {
  await session?.browser.close();
});

describe('YouTube in-app navigation through the main-world observer', () => {
  it('reads the fresh browse response after navigating to another channel', async () => {
    const page = await session.browser.context.newPage();
    keepEvidenceOnFailure(page, 'youtube-bridge');
    await page.goto(youtube.url);
    await waitInCard(page, FOLLOWERS);
    await page.evaluate(
      (response) => {
        history.pushState({}, '', '/@SyntheticChan/videos');
        document.dispatchEvent(new CustomEvent('yt-navigate-finish', { detail: { response: { response } } }));
      },
      browseResponse('SyntheticChan', '12,3\u00a0K de suscriptores'),
    );
    await page
      .locator('[data-testid="creator-lens-overlay"][data-profile="youtube:syntheticchan"]')
      .waitFor({ state: 'attached', timeout: 5000 });
    await waitInCard(page, FOLLOWERS, 5000);
    const value = Number(await attributeInCard(page, FOLLOWERS, 'data-value'));
    // "12,3 K" (es-ES, like the page) truncated by YouTube: 12,300 ≤ true < 12,400 (the value shown is the interval's base).
    expect(value).toBeGreaterThanOrEqual(12_300);
    expect(value).toBeLessThan(12_400);
    await page.close();
  });

  it('ignores a forwarded response about a different channel than the URL (stale or forged)', async () => {
    const page = await session.browser.context.newPage();
    keepEvidenceOnFailure(page, 'youtube-bridge-mismatch');
    await page.goto(youtube.url);
    await waitInCard(page, FOLLOWERS);
    await page.evaluate(
      (response) => {
        history.pushState({}, '', '/@AnotherChan');
        document.dispatchEvent(new CustomEvent('yt-navigate-finish', { detail: { response: { response } } }));
      },
      browseResponse('NotThisOne', '99.9M subscribers'),
    );
    await page
      .locator('[data-testid="creator-lens-overlay"][data-profile="youtube:anotherchan"]')
      .waitFor({ state: 'attached' });
    await page.waitForTimeout(1500);
    const text = (await evaluateInCardCdp(page, (root) => root.textContent ?? '', 0)) ?? '';
    expect(text).not.toMatch(/99[.,]9|4[.,]69|4,690,000/);
    await page.close();
  });

  it('a forged browse response that names no channel is not read as the channel shown (issue 20 item 7)', async () => {
    const page = await session.browser.context.newPage();
    keepEvidenceOnFailure(page, 'youtube-bridge-anonymous');
    await page.goto(youtube.url);
    await waitInCard(page, FOLLOWERS);
    const before = await attributeInCard(page, FOLLOWERS, 'data-value');
    const anonymous = browseResponse('Nobody', '99,9\u00a0M de suscriptores');
    // No metadata and no handle row: nothing says whose 99.9M this is.
    anonymous.metadata = undefined as never;
    anonymous.header.pageHeaderRenderer.content.pageHeaderViewModel.metadata.contentMetadataViewModel.metadataRows.shift();
    await page.evaluate((response) => {
      window.postMessage({ source: 'creator-lens/page-data', site: 'youtube', json: JSON.stringify(response) }, '*');
    }, anonymous);
    await page.waitForTimeout(1500);
    expect(await attributeInCard(page, FOLLOWERS, 'data-value')).toBe(before);
    expect(Number(before)).toBeLessThan(99_000_000);
    await page.close();
  });

  it('forged hand-overs of the wrong shape, size or origin change nothing and break nothing', async () => {
    const page = await session.browser.context.newPage();
    keepEvidenceOnFailure(page, 'youtube-bridge-forged');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(youtube.url);
    await waitInCard(page, FOLLOWERS);
    const before = await attributeInCard(page, FOLLOWERS, 'data-value');
    await page.evaluate(
      (response) => {
        const source = 'creator-lens/page-data';
        const json = JSON.stringify(response);
        window.postMessage({ source, site: 'youtube', json: response }, '*'); // not a string
        window.postMessage({ source, site: 'tiktok', json }, '*'); // another site's
        window.postMessage({ source, site: 'youtube', json: '{"header": ' }, '*'); // broken JSON
        window.postMessage({ source, site: 'youtube', json: `"${'x'.repeat(21_000_000)}"` }, '*'); // oversized
        window.postMessage(null, '*');
        window.postMessage('creator-lens/page-data', '*');
        // Well formed but about another channel than the URL shows: the identity check refuses it.
        window.postMessage({ source, site: 'youtube', json }, '*');
      },
      browseResponse('SomeoneElse', '99,9\u00a0M de suscriptores'),
    );
    await page.waitForTimeout(1500);
    expect(await attributeInCard(page, FOLLOWERS, 'data-value')).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
