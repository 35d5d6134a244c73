// YouTube navigates in-app: the first document's ytInitialData goes stale and the fresh data only exists in
// the page's own `yt-navigate-finish` event. Our main-world observer (the one every site uses) hands it over; these
// tests dispatch that event the way YouTube does (with a hand-made browse response in the page's UI language, es-ES)
// and check the overlay; forged hand-overs use the observer's own message shape.
import { expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { describeEachBrowser } from './driver/browsers.ts';
import { keepEvidence } from './driver/evidence.ts';
import type { DriverPage } from './driver/types.ts';
import { useDriver } from './driver/use-driver.ts';

const youtube = SAMPLES.find((s) => s.profile.startsWith('youtube:')) as (typeof SAMPLES)[number];

/** The follower value the card shows, or null. */
const followers = async (page: DriverPage) =>
  (await page.readCard())?.attributes['cl-followers']?.['data-value'] ?? null;

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

describeEachBrowser('YouTube in-app navigation through the main-world observer', ({ factory, label }) => {
  const driver = useDriver(factory, label, import.meta.filename, (d) => d.serve(youtube.url, sampleHtml(youtube)));

  it('reads the fresh browse response after navigating to another channel', async () => {
    const page = await driver().openProfile(youtube.url);
    keepEvidence(page, 'youtube-bridge');
    await page.waitForOverlay(youtube.profile, { withFollowers: true });
    await page.evaluate(
      (response) => {
        history.pushState({}, '', '/@SyntheticChan/videos');
        document.dispatchEvent(new CustomEvent('yt-navigate-finish', { detail: { response: { response } } }));
      },
      browseResponse('SyntheticChan', '12,3\u00a0K de suscriptores'),
    );
    await page.waitForOverlay('youtube:syntheticchan', { withFollowers: true, timeoutMs: 5000 });
    const value = Number(await followers(page));
    // "12,3 K" (es-ES, like the page) truncated by YouTube: 12,300 ≤ true < 12,400 (the value shown is the interval's base).
    expect(value).toBeGreaterThanOrEqual(12_300);
    expect(value).toBeLessThan(12_400);
    await page.close();
  });

  it('ignores a forwarded response about a different channel than the URL (stale or forged)', async () => {
    const page = await driver().openProfile(youtube.url);
    keepEvidence(page, 'youtube-bridge-mismatch');
    await page.waitForOverlay(youtube.profile, { withFollowers: true });
    await page.evaluate(
      (response) => {
        history.pushState({}, '', '/@AnotherChan');
        document.dispatchEvent(new CustomEvent('yt-navigate-finish', { detail: { response: { response } } }));
      },
      browseResponse('NotThisOne', '99.9M subscribers'),
    );
    await page.waitForOverlay('youtube:anotherchan');
    // Every read until the first-read deadline has run once the card says it could not read the followers.
    await page.waitUntilCard((root) => root.querySelector('[data-testid="cl-unreadable"]'), 0, 15_000);
    const text = (await page.readCard())?.text ?? '';
    expect(text).not.toMatch(/99[.,]9|4[.,]69|4,690,000/);
    await page.close();
  });

  it('a forged browse response that names no channel is not read as the channel shown (issue 20 item 7)', async () => {
    const page = await driver().openProfile(youtube.url);
    keepEvidence(page, 'youtube-bridge-anonymous');
    await page.waitForOverlay(youtube.profile, { withFollowers: true });
    const before = await followers(page);
    const anonymous = browseResponse('Nobody', '99,9\u00a0M de suscriptores');
    // No metadata and no handle row: nothing says whose 99.9M this is.
    anonymous.metadata = undefined as never;
    anonymous.header.pageHeaderRenderer.content.pageHeaderViewModel.metadata.contentMetadataViewModel.metadataRows.shift();
    await page.evaluate((response) => {
      window.postMessage({ source: 'creator-lens/page-data', site: 'youtube', json: JSON.stringify(response) }, '*');
    }, anonymous);
    await page.sleep(1500);
    expect(await followers(page)).toBe(before);
    expect(Number(before)).toBeLessThan(99_000_000);
    await page.close();
  });

  it('forged hand-overs of the wrong shape, size or origin change nothing and break nothing', async () => {
    const page = await driver().openProfile(youtube.url);
    keepEvidence(page, 'youtube-bridge-forged');
    await page.waitForOverlay(youtube.profile, { withFollowers: true });
    const before = await followers(page);
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
    await page.sleep(1500);
    expect(await followers(page)).toBe(before);
    // An error thrown on purpose, last, shows the page's errors are being caught: it must be the only one.
    await page.evaluate(() => setTimeout(() => Promise.reject(new Error('e2e: the last error'))), 0);
    for (let i = 0; i < 50 && page.pageErrors().length === 0; i++) await page.sleep(100);
    expect(page.pageErrors()).toEqual([expect.stringContaining('e2e: the last error')]);
    await page.close();
  });
});
