// The shortlist's toolbar and column heads in every e2e browser: each filter menu shows its chosen value whole at
// the popup's width, in English and in Spanish; each head sits over the cell showing its value, nothing in a row
// runs out of its cell, and the row shows the date saved; a click on a head sorts by it, a second click reverses it.
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

/**
 * Each sort head against the first row: the head's column, its button's horizontal extent and the cell of the same
 * column (data-col) showing the value it sorts by; whether they overlap, and whether the head and cell columns have
 * the same edges. `mirror` lays the head row out right to left first: the positive control that the measure sees
 * heads not over their cells.
 */
function headsOverCells(popup: DriverPage, mirror: boolean) {
  return popup.evaluate((rtl) => {
    const heads = document.querySelector('.cl-heads') as HTMLElement;
    if (rtl) heads.style.direction = 'rtl';
    const row = document.querySelector('[data-testid="cl-shortlist-row"]') as HTMLElement;
    const out = Array.from(document.querySelectorAll('[data-testid="cl-sort-head"]'), (button) => {
      const th = button.closest('th') as HTMLElement;
      const col = th.getAttribute('data-col') ?? '';
      const cell = row.querySelector(`td[data-col="${col}"]`) as HTMLElement | null;
      const b = button.getBoundingClientRect();
      const h = th.getBoundingClientRect();
      const c = cell?.getBoundingClientRect();
      return {
        sort: button.getAttribute('data-sort'),
        col,
        shows: (cell?.textContent ?? '').trim().length > 0 && Boolean(c && c.width > 0),
        overlaps: Boolean(c && b.left < c.right && b.right > c.left),
        sameEdges: Boolean(c && Math.abs(h.left - c.left) < 0.5 && Math.abs(h.right - c.right) < 0.5),
        inHead: b.left >= h.left - 0.5 && b.right <= h.right + 0.5,
      };
    });
    heads.style.direction = '';
    return out;
  }, mirror);
}

/**
 * Everything drawn in the heads and the shown rows' cells that ends outside its cell, horizontally. What a box inside
 * the cell clips (an ellipsized line) is not drawn past that box: the clipping box is measured instead. `squeeze`
 * narrows the rows' columns first: the positive control that this measure sees a spill.
 */
const spilled = (popup: DriverPage, squeeze: string | null) =>
  popup.evaluate((template) => {
    const out: string[] = [];
    const rows = Array.from(document.querySelectorAll<HTMLElement>('.cl-srow'));
    for (const row of rows) row.style.gridTemplateColumns = template ?? '';
    for (const cell of Array.from(document.querySelectorAll('.cl-heads > th, .cl-srow > td'))) {
      const box = cell.getBoundingClientRect();
      for (const el of Array.from(cell.querySelectorAll('*'))) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || el.closest('.cl-visually-hidden')) continue;
        let clipped = false;
        for (let up = el.parentElement; up && up !== cell; up = up.parentElement) {
          if (getComputedStyle(up).overflowX !== 'visible') clipped = true;
        }
        if (clipped) continue;
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5) {
          out.push(`${cell.getAttribute('data-col')}: ${(el.textContent ?? '').trim().slice(0, 20)}`);
        }
      }
    }
    for (const row of rows) row.style.gridTemplateColumns = '';
    return out;
  }, squeeze);

const rowOrder = (popup: DriverPage) =>
  popup.evaluate(
    () =>
      Array.from(document.querySelectorAll('[data-testid="cl-shortlist-row"]'), (r) => r.getAttribute('data-profile')),
    0,
  );
const sortState = (popup: DriverPage) =>
  popup.evaluate(
    () =>
      // The head marked active: the rate column holds two sorts, its aria-sort says the order of either.
      Array.from(document.querySelectorAll('th[aria-sort]'), (th) => ({
        sort: th.querySelector('[data-active]')?.getAttribute('data-sort'),
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

  it('each head sits over the cell showing its value, nothing spills, and the row shows the date saved', async () => {
    const settings = (await sendFromExtension(driver(), { kind: 'ui:get-settings' })).data as Record<string, unknown>;
    const list = await sendFromExtension(driver(), { kind: 'ui:list-shortlist' });
    const savedAt = new Map(
      (list.data as { key: string; saved: { savedAt: string } }[]).map((r) => [r.key, r.saved.savedAt]),
    );
    expect(savedAt.size).toBe(saved.length);
    for (const uiLang of ['en', 'es'] as const) {
      await sendFromExtension(driver(), { kind: 'ui:set-settings', settings: { ...settings, uiLang } });
      const popup = await openShortlist(driver(), `shortlist-columns-${uiLang}`);
      const heads = await headsOverCells(popup, false);
      expect(heads.map((h) => h.sort).sort()).toEqual(
        ['followers', 'handle', 'rateFollowers', 'rateViews', 'savedAt', 'score'].sort(),
      );
      expect(heads.filter((h) => !(h.shows && h.overlaps && h.sameEdges && h.inHead))).toEqual([]);
      // The two rate sorts share the rate column.
      expect(heads.filter((h) => h.col === 'rate').map((h) => h.sort)).toEqual(['rateFollowers', 'rateViews']);
      // Positive control: the head row laid out right to left puts heads over other columns' cells.
      const mirrored = await headsOverCells(popup, true);
      expect(mirrored.filter((h) => !h.overlaps).length).toBeGreaterThan(2);
      expect(mirrored.filter((h) => !h.sameEdges).length).toBe(heads.length);
      expect(await spilled(popup, null)).toEqual([]);
      expect((await spilled(popup, '16px 20px minmax(0,1fr) 20px 20px 20px')).length).toBeGreaterThan(0);
      // The date saved, in the UI language, from the entry's own savedAt, in every row shown.
      const dates = await popup.evaluate(
        () =>
          Array.from(document.querySelectorAll('[data-testid="cl-shortlist-row"]'), (r) => {
            const time = r.querySelector('td[data-col="savedAt"] time');
            const at = new Date(time?.getAttribute('datetime') ?? '');
            return {
              key: r.getAttribute('data-profile') ?? '',
              datetime: time?.getAttribute('datetime'),
              text: time?.textContent,
              // Saved today: the day and month, without this year (earlier years carry theirs: unit test).
              expected: new Intl.DateTimeFormat(document.documentElement.lang, {
                day: 'numeric',
                month: 'short',
              }).format(at),
              day: String(at.getDate()),
              thisYear: at.getFullYear() === new Date().getFullYear(),
            };
          }),
        0,
      );
      expect(dates).toHaveLength(saved.length);
      for (const d of dates) {
        expect(d.datetime).toBe(savedAt.get(d.key));
        expect(d.text).toBe(d.expected);
        expect(d.thisYear).toBe(true);
        expect(d.text).toContain(d.day);
      }
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
    // The two rate sorts, each its own, in the one rate column: only TikTok's rate is by views here.
    await popup.click('[data-testid="cl-sort-head"][data-sort="rateViews"]');
    await popup.waitUntil(() => document.querySelector('th[data-col="rate"][aria-sort] [data-active]'), 0);
    expect(await sortState(popup)).toEqual([{ sort: 'rateViews', order: 'descending' }]);
    expect((await rowOrder(popup))[0]).toBe('tiktok:illojuan');
    await popup.click('[data-testid="cl-sort-head"][data-sort="rateFollowers"]');
    await popup.waitUntil(() => document.querySelector('[data-sort="rateFollowers"][data-active]'), 0);
    expect(await sortState(popup)).toEqual([{ sort: 'rateFollowers', order: 'descending' }]);
    await popup.close();
  });
});
