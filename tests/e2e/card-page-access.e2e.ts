// Issue 20, item 1: the page can neither act through the overlay card nor read from it what the user saved; the
// user's own unsave keeps the entry's notes, and Undo in the card and the popup puts them back. In every e2e browser.

import { expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { recordsIn } from '../../src/storage/record-buckets.ts';
import { describeEachBrowser } from './driver/browsers.ts';
import { keepEvidence } from './driver/evidence.ts';
import type { DriverPage, ExtensionDriver } from './driver/types.ts';
import { useDriver } from './driver/use-driver.ts';

const sample = SAMPLES[0] as (typeof SAMPLES)[number];
const [platform, handle] = sample.profile.split(':') as [string, string];
const NOTES = 'call after the campaign; rate 300 €';

interface Stored {
  saved?: { notes: string } | null;
  removed?: { entry: { notes: string } };
}

/** Everything a page script can learn about the card from the page's own world. */
const pageView = () =>
  (() => {
    const host = document.querySelector('[data-testid="creator-lens-overlay"]');
    return {
      found: host !== null,
      shadowRoot: host ? String(host.shadowRoot) : 'no host',
      outerHTML: host?.outerHTML ?? '',
      text: host?.textContent ?? '',
      // The page's own text may say "Saved": what counts is that saving adds no mention to the page's document.
      savedMentions: (document.documentElement.outerHTML.match(/Saved|Guardado|★/g) ?? []).length,
    };
  })();

/**
 * The page acts on the real Save button, as if it had found it some other way: the driver hands the page the element
 * (through the debugger: no page can), and the page's own script clicks it and dispatches click and key events.
 * Returns how many of its clicks the page itself saw go by, the sign that they were dispatched.
 */
const pageClicksSave = (page: DriverPage) =>
  page.inCard((root) => {
    let seen = 0;
    const count = () => {
      seen += 1;
    };
    document.addEventListener('click', count, true);
    const save = root.querySelector('[data-testid="cl-save"]') as HTMLButtonElement;
    save.click();
    save.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    for (const key of ['Enter', ' ']) {
      save.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      save.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
    }
    document.removeEventListener('click', count, true);
    return seen;
  }, 0);

async function stored(driver: ExtensionDriver): Promise<Stored | undefined> {
  return recordsIn(await driver.readExtensionStorage())[`profile:${sample.profile}`] as Stored | undefined;
}

const pressed = (page: DriverPage) =>
  page.inCard((root) => root.querySelector('[data-testid="cl-save"]')?.getAttribute('aria-pressed') ?? null, 0);

describeEachBrowser('the page cannot act through the card', ({ factory, label }) => {
  const driver = useDriver(factory, label, import.meta.filename, (d) => d.serve(sample.url, sampleHtml(sample)));

  it('a page finds the open root the test contract names, yet its clicks on Save change nothing', async () => {
    const page = await driver().openProfile(sample.url);
    keepEvidence(page, 'card-page-access');
    await page.waitForOverlay(sample.profile, { withFollowers: true });
    const before = await page.evaluate(pageView, 0);
    expect(before.found).toBe(true);
    // Open, as PRODUCT.md's test contract requires: a page can read the card (SECURITY.md says so), not act on it.
    expect(before.shadowRoot).toBe('[object ShadowRoot]');
    expect(before.text).toBe('');

    // The page clicks Save: it saw its own two clicks go by, and nothing was saved.
    expect(await pageClicksSave(page)).toBe(2);
    await page.sleep(1500);
    expect((await stored(driver()))?.saved ?? null).toBeNull();
    expect(await pressed(page)).toBe('false');

    // The user's own click saves (so the button works, and the wait above was long enough for it to act).
    await page.clickInOverlay('cl-save');
    await page.waitUntilCard((root) => root.querySelector('[data-testid="cl-save"][aria-pressed="true"]'), 0);
    expect((await stored(driver()))?.saved).toBeTruthy();

    // Saved: what the page sees of the card is byte for byte what it saw before.
    expect(await page.evaluate(pageView, 0)).toEqual(before);

    // The page clicks Save again, now to unsave: the entry and its notes stay.
    await setNotes(driver(), NOTES);
    expect(await pageClicksSave(page)).toBe(2);
    await page.sleep(1500);
    expect((await stored(driver()))?.saved?.notes).toBe(NOTES);
    expect(await pressed(page)).toBe('true');
    await page.close();
  });

  it("the user's unsave keeps the notes, and the card's Undo (a trusted click only) puts them back", async () => {
    const page = await driver().openProfile(sample.url);
    keepEvidence(page, 'card-undo');
    await page.waitForOverlay(sample.profile, { withFollowers: true });
    if ((await pressed(page)) !== 'true') {
      await page.clickInOverlay('cl-save');
      await page.waitUntilCard((root) => root.querySelector('[data-testid="cl-save"][aria-pressed="true"]'), 0);
    }
    await setNotes(driver(), NOTES);
    await page.clickInOverlay('cl-save');
    await page.waitUntilCard((root) => root.querySelector('[data-testid="cl-undo-unsave"]'), 0);
    const off = await stored(driver());
    expect(off?.saved ?? null).toBeNull();
    expect(off?.removed?.entry.notes).toBe(NOTES);
    expect((await page.evaluate(pageView, 0)).shadowRoot).toBe('[object ShadowRoot]');

    // The page clicks Undo: it saw its click, and nothing came back.
    const seen = await page.inCard((root) => {
      let clicks = 0;
      const count = () => {
        clicks += 1;
      };
      document.addEventListener('click', count, true);
      (root.querySelector('[data-testid="cl-undo-unsave"]') as HTMLButtonElement).click();
      document.removeEventListener('click', count, true);
      return clicks;
    }, 0);
    expect(seen).toBe(1);
    await page.sleep(1500);
    expect((await stored(driver()))?.saved ?? null).toBeNull();

    await page.clickInOverlay('cl-undo-unsave');
    await page.waitUntilCard((root) => root.querySelector('[data-testid="cl-save"][aria-pressed="true"]'), 0);
    expect((await stored(driver()))?.saved?.notes).toBe(NOTES);
    expect((await page.readCard())?.texts['cl-undo-unsave']).toBeUndefined();
    await page.close();
  });

  it("the popup's profile view: an unsave offers Undo, which brings the notes back", async () => {
    const page = await driver().openProfile(sample.url); // the profile must have been read once
    await page.waitForOverlay(sample.profile, { withFollowers: true });
    await page.close();
    const popup = await driver().openPopup(`?profile=${encodeURIComponent(sample.profile)}`);
    keepEvidence(popup, 'popup-undo');
    await popup.waitUntil(() => document.querySelector('[data-testid="cl-save"]'), 0);
    if (
      (await popup.evaluate(
        () => document.querySelector('[data-testid="cl-save"]')?.getAttribute('aria-pressed'),
        0,
      )) !== 'true'
    ) {
      await popup.click('[data-testid="cl-save"]');
      await popup.waitUntil(() => document.querySelector('[data-testid="cl-save"][aria-pressed="true"]'), 0);
    }
    await setNotes(driver(), NOTES);
    await popup.click('[data-testid="cl-save"]');
    await popup.waitUntil(() => document.querySelector('[data-testid="cl-undo-unsave"]'), 0);
    expect((await stored(driver()))?.saved ?? null).toBeNull();
    await popup.click('[data-testid="cl-undo-unsave"]');
    await popup.waitUntil(() => document.querySelector('[data-testid="cl-save"][aria-pressed="true"]'), 0);
    expect((await stored(driver()))?.saved?.notes).toBe(NOTES);
    expect(await popup.evaluate(() => document.querySelector('[data-testid="cl-undo-unsave"]'), 0)).toBeNull();
    await popup.close();
  });
});

/** Writes the entry's notes as the popup's editor does. */
async function setNotes(driver: ExtensionDriver, notes: string): Promise<void> {
  const reply = await driver.evaluateInExtension(
    (message) => {
      const api =
        (globalThis as { browser?: Runtime }).browser ?? (globalThis as unknown as { chrome: Runtime }).chrome;
      return api.runtime.sendMessage(message);
    },
    { kind: 'ui:update-entry', ref: { platform, handle }, notes },
  );
  expect(reply).toMatchObject({ ok: true });
}

interface Runtime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}
