// On a YouTube channel's first load, only the page's main world holds ytInitialData as an object. Our main-world
// observer (the one every site uses) projects it there when our isolated script asks, and hands it over like any
// API response, in both browsers. The saved OneMedia page is served without its ytInitialData script (its DOM
// alone shows no follower count), so a follower count on the card can only have come through the observer.
import { expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { describeEachBrowser } from './driver/browsers.ts';
import { keepEvidence } from './driver/evidence.ts';
import { useDriver } from './driver/use-driver.ts';

const youtube = SAMPLES.find((s) => s.profile.startsWith('youtube:')) as (typeof SAMPLES)[number];
const SCRIPT = /<script[^>]*>\s*var ytInitialData = ([\s\S]*?);\s*<\/script>/;
const html = sampleHtml(youtube);
const initialData: unknown = JSON.parse(SCRIPT.exec(html)?.[1] ?? 'null');
const withoutScript = html.replace(SCRIPT, '');

describeEachBrowser('YouTube first load through the main-world observer', ({ factory, label }) => {
  const driver = useDriver(factory, label, import.meta.filename, (d) => d.serve(youtube.url, withoutScript));

  it("reads the page's own ytInitialData object, projected in the main world", async () => {
    expect(initialData).not.toBeNull();
    const page = await driver().openProfile(youtube.url);
    keepEvidence(page, 'youtube-initial-data');
    await page.waitForOverlay(youtube.profile);
    // The page's own script would have assigned it while loading; here it arrives after our first read, with a
    // DOM change, as on a page that hydrates late. Until then the card has no follower count to show.
    const before = await page.readCard();
    expect(before?.attributes['cl-followers']?.['data-value']).toBeUndefined();
    await page.evaluate((data) => {
      (window as { ytInitialData?: unknown }).ytInitialData = data;
      document.body.append(document.createElement('div'));
    }, initialData);
    await page.waitForOverlay(youtube.profile, { withFollowers: true });
    const card = await page.readCard();
    const value = Number(card?.attributes['cl-followers']?.['data-value']);
    expect(value).toBeGreaterThanOrEqual(youtube.followers?.min ?? Number.NaN);
    expect(value).toBeLessThanOrEqual(youtube.followers?.max ?? Number.NaN);
    // Its DOM never shows the count, yet the data answered: past the first-read deadline (8 s) the card still stands.
    await new Promise((resolve) => setTimeout(resolve, 8500));
    const later = await page.readCard();
    expect(later?.attributes['cl-followers']?.['data-value']).toBe(card?.attributes['cl-followers']?.['data-value']);
    await page.close();
  });
});
