// Issue 21: the card never covers the profile's own follow (or subscribe) button, on the bundled real pages at
// 1280 × 800 and 1920 × 1080. The button is the first visible one in document order that the site marks as its
// follow control, or a button whose whole text is the site's word for it (the sidebar's follow buttons come later).
import { expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { describeEachBrowser } from './driver/browsers.ts';
import { keepEvidence } from './driver/evidence.ts';
import type { Viewport } from './driver/types.ts';
import { useDriver } from './driver/use-driver.ts';

const VIEWPORTS: Viewport[] = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describeEachBrowser('where the card sits', ({ factory, label }) => {
  const driver = useDriver(factory, label, import.meta.filename, (d) => {
    for (const sample of SAMPLES) d.serve(sample.url, sampleHtml(sample));
  });

  it('never over the profile’s own follow button, at 1280 × 800 and 1920 × 1080', async () => {
    const checked: string[] = [];
    for (const viewport of VIEWPORTS) {
      for (const sample of SAMPLES) {
        const page = await driver().openProfile(sample.url, viewport);
        keepEvidence(page, `placement-${sample.profile}-${viewport.width}`);
        await page.waitForOverlay(sample.profile, { withFollowers: true });
        // A string, so the page gets no helper our TypeScript runner adds to named inner functions.
        const follow = (await page.evaluate(
          (words: string[]) =>
            new Function(
              'words',
              `const marked = '[data-e2e="follow-button"],[data-testid$="-follow"],[data-testid$="-unfollow"],#subscribe-button button';
              const all = Array.from(document.querySelectorAll(marked + ',button,[role="button"]'));
              const hit = all.find((el) => {
                if (el.closest('[data-testid="creator-lens-overlay"]')) return false;
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) return false;
                return el.matches(marked) || words.includes((el.textContent || '').trim());
              });
              if (!hit) return null;
              const r = hit.getBoundingClientRect();
              return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };`,
            )(words),
          ['Follow', 'Seguir', 'Subscribe', 'Suscribirse', 'Follow back'],
        )) as Box | null;
        const card = await page.inCard((root) => {
          const r = (root.querySelector('.cl-card, .cl-pill') as Element).getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        }, 0);
        await page.close();
        if (!follow || !card) continue;
        checked.push(`${sample.profile}@${viewport.width}`);
        expect(
          overlaps(card, follow),
          `${sample.profile} at ${viewport.width}: card ${JSON.stringify(card)}, follow ${JSON.stringify(follow)}`,
        ).toBe(false);
      }
    }
    // A positive sign the check ran: the saved pages that render a follow button (TikTok, X) were measured at both sizes.
    expect(checked.filter((c) => c.startsWith('tiktok:')).length).toBe(2);
    expect(checked.filter((c) => c.startsWith('x:')).length).toBeGreaterThanOrEqual(2);
  });
});
