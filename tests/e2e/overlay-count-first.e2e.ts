// The page's own exact follower count reaches the card in the task that put it into the DOM — before the page
// spends its frame on style and layout — and the scored card, with the contract's test ids, follows with the same
// number. Served as a site's app shell that fills in later, as TikTok does when it navigates in-app.
import { expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { describeEachBrowser } from './driver/browsers.ts';
import { keepEvidence } from './driver/evidence.ts';
import { useDriver } from './driver/use-driver.ts';

const tiktok = SAMPLES.find((s) => s.profile.startsWith('tiktok:')) as (typeof SAMPLES)[number];
const SHELL =
  '<!doctype html><html lang="en"><head><title>loading</title></head><body><div id="app"></div></body></html>';

describeEachBrowser('the count first, then the score', ({ factory, label }) => {
  const driver = useDriver(factory, label, import.meta.filename, (d) => d.serve(tiktok.url, SHELL));

  it('draws the exact count in the same task as the page, then the scored card with it', async () => {
    const page = await driver().openProfile(tiktok.url);
    keepEvidence(page, 'count-first');
    await page.waitForOverlay(tiktok.profile);
    await page.sleep(600); // the shell's own read (nothing there) is over
    const seen = await page.inCard(async (shadow, html) => {
      const states: string[] = [];
      const observer = new MutationObserver(() => {
        const scoring = shadow.querySelector('[data-testid="cl-scoring"]');
        const followers = shadow.querySelector('[data-testid="cl-followers"]');
        const state = scoring
          ? `scoring ${scoring.getAttribute('data-value')}`
          : followers
            ? `scored ${followers.getAttribute('data-value')}`
            : 'reading';
        if (states.at(-1) !== state) states.push(state);
      });
      observer.observe(shadow, { subtree: true, childList: true, attributes: true });
      const saved = new DOMParser().parseFromString(html, 'text/html');
      document.title = saved.title;
      document.head.append(...Array.from(saved.head.childNodes, (n) => document.importNode(n, true)));
      document.body.append(...Array.from(saved.body.childNodes, (n) => document.importNode(n, true)));
      // Our observer's microtask runs before this one: still the task that added the nodes, before any frame.
      await Promise.resolve();
      const early = shadow.querySelector('[data-testid="cl-scoring"]');
      const sameTask = {
        value: early?.getAttribute('data-value') ?? null,
        text: (early?.textContent ?? '').replace(/\s+/g, ' '),
        tier: Boolean(shadow.querySelector('[data-testid="cl-tier"]')),
      };
      const started = performance.now();
      while (!shadow.querySelector('[data-testid="cl-followers"][data-value]') && performance.now() - started < 8000) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      observer.disconnect();
      return { sameTask, states };
    }, sampleHtml(tiktok));
    expect(seen).not.toBeNull();
    expect(seen?.sameTask.value).toBe('783427');
    expect(seen?.sameTask.text).toContain('783,427 followers');
    expect(seen?.sameTask.tier).toBe(false);
    // The card went from the count to the score, each with the page's true number, and nothing else in between.
    expect(seen?.states).toEqual(['scoring 783427', 'scored 783427']);
    const card = await page.readCard();
    for (const id of ['cl-tier', 'cl-engagement', 'cl-fit', 'cl-save']) expect(card?.texts[id], id).toBeTruthy();
    await page.close();
  });
});
