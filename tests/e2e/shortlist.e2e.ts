// Saving from the overlay, the popup, message validation, persistence — in every e2e browser
// (persistence across a restart only where the profile folder survives it: Chromium).
import { expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { decodeHead } from '../../src/storage/index/shortlist-head.ts';
import { describeEachBrowser } from './driver/browsers.ts';
import { keepEvidence } from './driver/evidence.ts';
import { useDriver } from './driver/use-driver.ts';
import { openShortlistTab, storedItems } from './steps.ts';

const sample = SAMPLES[0] as (typeof SAMPLES)[number];
const SHORTLIST_TAB = { role: 'tab', name: /shortlist|lista/i };
const PROFILE_TAB = { role: 'tab', name: /this profile|este perfil/i };

type Reply = { ok: boolean; error?: string; data?: unknown };

describeEachBrowser('saving from the overlay, the popup, persistence', ({ factory, label }) => {
  const driver = useDriver(factory, label, import.meta.filename, (d) => {
    for (const x of SAMPLES) d.serve(x.url, sampleHtml(x));
  });

  /** Opens the popup's Shortlist tab and checks it lists the sample profile, and only it. */
  const shortlistWithOnlyTheSample = async (evidence: string) => {
    const popup = await openShortlistTab(driver(), evidence);
    await popup.waitUntil(
      (key) => document.querySelector(`[data-testid="cl-shortlist-row"][data-profile="${key}"]`),
      sample.profile,
    );
    expect(await popup.evaluate(() => document.querySelectorAll('[data-testid="cl-shortlist-row"]').length, 0)).toBe(1);
    return popup;
  };

  it('the popup opened with ?profile= shows the profile read on its page', async () => {
    const page = await driver().openProfile(sample.url);
    await page.waitForOverlay(sample.profile, { withFollowers: true });
    const popup = await driver().openPopup(`?profile=${encodeURIComponent(sample.profile)}`);
    keepEvidence(popup, 'popup-profile');
    await popup.waitUntil(() => document.querySelector('[data-testid="cl-followers"][data-value]'), 0);
    const shown = await popup.evaluate(
      () => ({
        followers: document.querySelector('[data-testid="cl-followers"]')?.getAttribute('data-value'),
        profile: document.querySelector('[data-testid="cl-popup-profile"]')?.getAttribute('data-profile'),
        tier: document.querySelector('[data-testid="cl-tier"]')?.textContent ?? '',
        fit: document.querySelector('[data-testid="cl-fit"]')?.textContent ?? '',
      }),
      0,
    );
    expect(Number(shown.followers)).toBe(sample.followers?.min);
    expect(shown.profile).toBe(sample.profile);
    // The insight, not only the count: a tier and a fit verdict.
    expect(shown.tier).not.toBe('');
    expect(shown.fit).not.toBe('');
    await popup.close();
    await page.close();
  });

  it('Save on the overlay puts the profile in the shortlist, and the button shows it', async () => {
    const page = await driver().openProfile(sample.url);
    keepEvidence(page, 'overlay-save');
    await page.waitForOverlay(sample.profile, { withFollowers: true });
    expect((await page.readCard())?.attributes['cl-save']?.['aria-pressed']).toBe('false');
    await page.clickInOverlay('cl-save');
    await page.waitUntilCard(
      (root) => root.querySelector('[data-testid="cl-save"]')?.getAttribute('aria-pressed') === 'true',
      0,
    );
    const popup = await shortlistWithOnlyTheSample('shortlist-tab');
    // What the extension keeps: the profile's record carries a shortlist entry.
    const storage = await storedItems(driver());
    expect((storage[`profile:${sample.profile}`] as { saved?: unknown })?.saved).toBeTruthy();
    // …and the first screen written with the index names it, so the next popup can draw it before the index is read.
    const head = decodeHead(storage['shortlist-head']);
    expect(head?.total).toBe(1);
    expect(head?.entries.map((e) => e.ref.handle)).toEqual([sample.profile.split(':')[1]]);
    await popup.close();
    await page.close();
  });

  it('a profile removed in the popup never flashes back in from the first screen read when the popup opened', async () => {
    const popup = await driver().openPopup(`?profile=${encodeURIComponent(sample.profile)}`);
    keepEvidence(popup, 'remove-then-list');
    await popup.click(SHORTLIST_TAB);
    await popup.waitUntil(
      (key) => document.querySelector(`[data-testid="cl-shortlist-row"][data-profile="${key}"]`),
      sample.profile,
    );
    const pressed = (value: string) => () =>
      popup.waitUntil((want) => document.querySelector(`[data-testid="cl-save"][aria-pressed="${want}"]`), value);
    await popup.click(PROFILE_TAB);
    await pressed('true')();
    await popup.click('[data-testid="cl-save"]');
    await pressed('false')();
    // From here on, any moment the removed profile's row exists is recorded.
    await popup.evaluate((key) => {
      const seen = { row: false };
      (globalThis as { __seen?: typeof seen }).__seen = seen;
      const check = () => {
        if (document.querySelector(`[data-testid="cl-shortlist-row"][data-profile="${key}"]`)) seen.row = true;
      };
      new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
    }, sample.profile);
    await popup.click(SHORTLIST_TAB);
    await popup.waitUntil(() => document.querySelector('[data-testid="cl-shortlist-empty"]'), 0);
    expect(await popup.evaluate(() => (globalThis as { __seen?: { row: boolean } }).__seen?.row, 0)).toBe(false);
    // Saved again, so the tests after this one find the shortlist as they expect.
    await popup.click(PROFILE_TAB);
    await popup.click('[data-testid="cl-save"]');
    await pressed('true')();
    await popup.close();
  });

  it('a damaged first-screen key costs nothing: the popup lists the shortlist from the index', async () => {
    await driver().evaluateInExtension(async () => {
      const api =
        (globalThis as { browser?: StorageApi; chrome?: StorageApi }).browser ??
        (globalThis as { chrome?: StorageApi }).chrome;
      await api?.storage.local.set({ 'shortlist-head': '{"total":"many","rows":"garbage"}' });
    }, 0);
    const popup = await shortlistWithOnlyTheSample('damaged-head');
    await popup.close();
  });

  it('malformed and unknown messages are rejected with a reason, and change nothing', async () => {
    const replies = await driver().evaluateInExtension(async () => {
      const api =
        (globalThis as { browser?: Runtime; chrome?: Runtime }).browser ?? (globalThis as { chrome?: Runtime }).chrome;
      if (!api) throw new Error('no extension API on this page');
      const sent = [
        { kind: 'ui:set-saved', ref: { platform: 'myspace', handle: 'x' }, saved: true },
        { kind: 'content:profile-read', snapshot: {} },
        'hello',
        { kind: 'ui:set-saved', ref: { platform: 'tiktok', handle: 'never_seen' }, saved: true },
      ];
      const out: Reply[] = [];
      for (const m of sent) out.push(await api.runtime.sendMessage(m));
      return { out, list: await api.runtime.sendMessage({ kind: 'ui:list-shortlist' }) };
    }, 0);
    for (const reply of replies.out) {
      expect(reply.ok).toBe(false);
      expect(typeof reply.error).toBe('string');
    }
    expect(replies.list.ok).toBe(true);
    expect((replies.list.data as Array<{ key: string }>).map((v) => v.key)).toEqual([sample.profile]);
  });

  it.runIf(factory.capabilities.restartKeepsProfile)(
    'the shortlist survives a browser restart with the same profile folder (Chromium only: Firefox profiles here are fresh per launch)',
    async () => {
      await driver().restart();
      const popup = await driver().openPopup();
      keepEvidence(popup, 'restart-shortlist');
      await popup.click(SHORTLIST_TAB);
      await popup.waitUntil(
        (key) => document.querySelector(`[data-testid="cl-shortlist-row"][data-profile="${key}"]`),
        sample.profile,
      );
      await popup.close();
    },
  );
});

type Runtime = { runtime: { sendMessage(message: unknown): Promise<Reply> } };
type StorageApi = { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
