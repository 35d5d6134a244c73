// The shortlist's toolbar and column heads in every e2e browser: each filter menu shows its chosen value whole at
// the popup's width, in English and in Spanish; a click on a column head sorts by it, a second click reverses it.
import { expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { describeEachBrowser } from './driver/browsers.ts';
import type { DriverPage, ExtensionDriver } from './driver/types.ts';
import { useDriver } from './driver/use-driver.ts';
import { openShortlistTab, saveFromOverlay, sendFromExtension } from './steps.ts';

const saved = SAMPLES.filter((s) => ['tiktok:illojuan', 'instagram:pluto__travel', 'x:javilop'].includes(s.profile));

/**
 * Every option of every toolbar menu, chosen in turn: the menu's width against the width the same menu needs to
 * show that option whole (a copy holding only it, free to size itself), and whether the menu ends inside the bar.
 * `cap` narrows the menus first: the positive control that this measure sees a cut value.
 */
function cutValues(popup: DriverPage, cap: string | null) {
  return popup.evaluate((maxWidth) => {
    const bar = document.querySelector('.cl-toolbar') as HTMLElement;
    const cut: string[] = [];
    let measured = 0;
    for (const select of Array.from(bar.querySelectorAll('select'))) {
      if (maxWidth) select.style.maxWidth = maxWidth;
      const chosen = select.value;
      for (const option of Array.from(select.options)) {
        select.value = option.value;
        const copy = select.cloneNode(false) as HTMLSelectElement;
        copy.append(option.cloneNode(true));
        copy.style.cssText = 'position:absolute;visibility:hidden;max-width:none;width:auto;flex:none';
        bar.append(copy);
        const needs = copy.getBoundingClientRect().width;
        copy.remove();
        const box = select.getBoundingClientRect();
        measured += 1;
        if (box.width + 0.5 < needs || box.right > bar.getBoundingClientRect().right + 0.5) {
          cut.push(
            `${select.getAttribute('aria-label')}: ${option.text} (${Math.round(box.width)} < ${Math.round(needs)})`,
          );
        }
      }
      select.value = chosen;
      select.style.maxWidth = '';
    }
    return { cut, measured };
  }, cap);
}

const rowOrder = (popup: DriverPage) =>
  popup.evaluate(
    () =>
      Array.from(document.querySelectorAll('[data-testid="cl-shortlist-row"]'), (r) => r.getAttribute('data-profile')),
    0,
  );
const sortState = (popup: DriverPage) =>
  popup.evaluate(
    () =>
      Array.from(document.querySelectorAll('th[aria-sort]'), (th) => ({
        sort: th.querySelector('[data-sort]')?.getAttribute('data-sort'),
        order: th.getAttribute('aria-sort'),
      })),
    0,
  );

/** The popup's Shortlist tab, once it lists every profile saved here. */
async function openShortlist(driver: ExtensionDriver, evidence: string): Promise<DriverPage> {
  const popup = await openShortlistTab(driver, evidence);
  await popup.waitUntil(
    (n) => document.querySelectorAll('[data-testid="cl-shortlist-row"]').length === n,
    saved.length,
  );
  return popup;
}

describeEachBrowser('the shortlist toolbar and column heads', ({ factory, label }) => {
  // Only the profiles saved here are served: the list holds them and nothing else.
  const driver = useDriver(factory, label, import.meta.filename, (d) => {
    for (const x of saved) d.serve(x.url, sampleHtml(x));
  });

  it('each filter menu shows its chosen value whole, in English and in Spanish', async () => {
    for (const sample of saved) await saveFromOverlay(driver(), sample);
    const refs = saved.map((s) => ({ platform: s.profile.split(':')[0], handle: s.profile.split(':')[1] }));
    // A list and a tag in use, so their menus are there too, with long names as marketers type them.
    expect((await sendFromExtension(driver(), { kind: 'ui:edit-lists', refs, add: 'Campaña de primavera' })).ok).toBe(
      true,
    );
    const tagged = await sendFromExtension(driver(), { kind: 'ui:update-entry', ref: refs[0], tags: ['viajes'] });
    expect(tagged.ok).toBe(true);
    const settings = (await sendFromExtension(driver(), { kind: 'ui:get-settings' })).data as Record<string, unknown>;
    for (const uiLang of ['en', 'es'] as const) {
      const set = await sendFromExtension(driver(), { kind: 'ui:set-settings', settings: { ...settings, uiLang } });
      expect(set.ok).toBe(true);
      const popup = await openShortlist(driver(), `shortlist-menus-${uiLang}`);
      expect(await popup.evaluate(() => document.documentElement.lang, 0)).toBe(uiLang);
      const menus = await popup.evaluate(() => document.querySelectorAll('.cl-toolbar select').length, 0);
      expect(menus).toBe(6); // platform, tier, verdict, list, tag, sort
      const whole = await cutValues(popup, null);
      expect(whole.measured).toBeGreaterThan(20);
      expect(whole.cut).toEqual([]);
      expect((await cutValues(popup, '40px')).cut.length).toBeGreaterThan(0);
      // The column heads fit the popup's width too (their table would otherwise run past the list's right edge).
      const overrun = await popup.evaluate(() => {
        const heads = document.querySelector('.cl-heads')?.getBoundingClientRect();
        const list = document.querySelector('.cl-virtual')?.getBoundingClientRect();
        return heads && list ? heads.right - list.right : null;
      }, 0);
      expect(overrun).not.toBeNull();
      expect(overrun).toBeLessThanOrEqual(0.5);
      await popup.close();
    }
    await sendFromExtension(driver(), { kind: 'ui:set-settings', settings: { ...settings, uiLang: 'auto' } });
  });

  it('a click on a column head sorts by it, a second click reverses it, and aria-sort says which', async () => {
    const popup = await openShortlist(driver(), 'shortlist-heads');
    expect(await sortState(popup)).toEqual([{ sort: 'savedAt', order: 'descending' }]);
    await popup.click('[data-testid="cl-sort-head"][data-sort="followers"]');
    await popup.waitUntil(() => document.querySelector('th[aria-sort] [data-sort="followers"]'), 0);
    expect(await sortState(popup)).toEqual([{ sort: 'followers', order: 'descending' }]);
    // By the followers each page shows: TikTok 783,427, X 86,423, Instagram 2,362.
    const most = [...saved].sort((a, b) => (b.followers?.min ?? 0) - (a.followers?.min ?? 0)).map((s) => s.profile);
    expect(await rowOrder(popup)).toEqual(most);
    expect(
      await popup.evaluate(() => (document.querySelector('[data-testid="cl-sort"]') as HTMLSelectElement).value, 0),
    ).toBe('followers');
    await popup.click('[data-testid="cl-sort-head"][data-sort="followers"]');
    await popup.waitUntil(() => document.querySelector('th[aria-sort="ascending"] [data-sort="followers"]'), 0);
    expect(await rowOrder(popup)).toEqual([...most].reverse());
    await popup.click('[data-testid="cl-sort-head"][data-sort="handle"]');
    await popup.waitUntil(() => document.querySelector('th[aria-sort="ascending"] [data-sort="handle"]'), 0);
    expect(await rowOrder(popup)).toEqual(['tiktok:illojuan', 'x:javilop', 'instagram:pluto__travel']);
    await popup.close();
  });
});
