// The popup's "This profile" in decision order (issue 21 item 2) and the page's own figures (item 3), on a real page.
import { expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { describeEachBrowser } from './driver/browsers.ts';
import { keepEvidence } from './driver/evidence.ts';
import { useDriver } from './driver/use-driver.ts';
import { readProfileView, visitProfile } from './steps.ts';

const tiktok = SAMPLES.find((s) => s.profile === 'tiktok:illojuan') as (typeof SAMPLES)[number];

describeEachBrowser('the popup profile view', ({ factory, label }) => {
  const driver = useDriver(factory, label, import.meta.filename, (d) => {
    d.serve(tiktok.url, sampleHtml(tiktok));
  });

  it('TikTok @illojuan: decision → key figures → posts (dates, links) → where read, folded and in words', async () => {
    await visitProfile(driver(), tiktok);
    const popup = await driver().openPopup(`?profile=${tiktok.profile}`);
    keepEvidence(popup, 'profile-view-tiktok');
    await popup.waitUntil(() => document.querySelector('[data-testid="cl-key-figures"]'), 0);
    const view = await readProfileView(popup);
    expect(view.found).toEqual(['cl-fit', 'cl-key-figures', 'cl-posts', 'cl-where-read']);
    expect(view.ordered).toBe(true);
    // The decision block: the verdict and all four reasons, followers first (783,427 is above 100K).
    expect(view.verdict).toBe('outside-range');
    expect(view.reasons).toHaveLength(4);
    expect(view.reasons[0]).toMatch(/783,427 followers, above 100K/);
    // The grid's 18 videos, newest first as the page lists them; each date links to its video.
    expect(view.posts).toHaveLength(18);
    expect(view.posts[0]).toEqual({
      published: '2025-11-12T15:36:23.000Z',
      text: 'Nov 12, 2025',
      href: 'https://www.tiktok.com/@illojuan/video/7571863205253778710',
    });
    for (const post of view.posts) expect(post.href).toMatch(/^https:\/\/www\.tiktok\.com\/@illojuan\/video\/\d+$/);
    // Median views of the newest 12 (the grid shows 1.1M and 1.9M in the middle) and the price it implies at $3–$10.
    expect(view.figures.views).toMatch(/^1\.5M · 191% of followers · 12 posts$/);
    expect(view.figures.price).toMatch(/^estimate: \$4,500 – \$15,000/);
    // The 18 covers' captions are read (their alt text); none carries a disclosure tag.
    expect(view.figures.sponsored).toMatch(/^0 of 18 posts with captions \(0%\)$/);
    expect(view.figures.contact).toBe('https://twitch.tv/illojuan');
    // Folded away, and in words: no selector or JSON path.
    expect(view.whereOpen).toBe(false);
    expect(view.whereText).toMatch(/the page's own data/);
    expect(view.whereText).not.toMatch(/dom:|data-e2e|statsV2|json-ld/);
    await popup.close();
  });

  it('the card folds the reasons (all of them, one line each) and states precision in words', async () => {
    const page = await driver().openProfile(tiktok.url);
    keepEvidence(page, 'profile-view-card');
    await page.waitForOverlay(tiktok.profile, { withFollowers: true });
    const card = await page.inCard((root) => {
      const reasons = root.querySelector('[data-testid="cl-reasons"]') as HTMLDetailsElement | null;
      return {
        open: reasons?.open ?? null,
        summary: reasons?.querySelector('summary')?.textContent ?? null,
        lines: reasons?.querySelectorAll('li').length ?? 0,
        followers: root.querySelector('[data-testid="cl-followers"]')?.textContent ?? '',
      };
    }, 0);
    expect(card).toEqual({
      open: false,
      summary: 'Why (4 reasons)',
      lines: 4,
      followers: '783,427 followers · exact count',
    });
    await page.close();
  });
});
