// The keyboard shortcut (manifest `commands`). Headless Chromium has no window accelerators, so a key press
// cannot reach the browser; we check the binding Chromium registered, then fire the very event Chromium fires
// on Alt+Shift+S (commands.onCommand) and watch our real listener save the active tab's profile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { bucketKey, bucketOf, recordsIn } from '../../src/storage/record-buckets.ts';
import { selected } from './driver/browsers.ts';
import { attributeInCard, waitInCard } from './driver/card-cdp.ts';
import { keepEvidenceOnFailure, openSession, type Session } from './session.ts';

const sample = SAMPLES[0] as (typeof SAMPLES)[number];
let session: Session;

describe.skipIf(!selected('chromium'))('keyboard shortcut (Chromium)', () => {
  beforeAll(async () => {
    session = await openSession();
    session.server.add(sample.url, sampleHtml(sample));
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  const press = () =>
    session.browser.worker.evaluate(async () => {
      const chrome = (globalThis as { chrome?: ChromeApi }).chrome as ChromeApi;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      chrome.commands.onCommand.dispatch('save-profile', tab);
    });
  const savedButton = (page: import('playwright-core').Page) =>
    attributeInCard(page, '[data-testid="cl-save"]', 'aria-pressed');
  const stored = async () =>
    (
      recordsIn(
        await session.browser.worker.evaluate(() =>
          ((globalThis as { chrome?: ChromeApi }).chrome as ChromeApi).storage.local.get(null),
        ),
      ) as Record<string, { saved?: { notes: string } | null; removed?: { entry: { notes: string } } }>
    )[`profile:${sample.profile}`];

  it('Alt+Shift+S is bound, and the command saves (then unsaves) the profile in the active tab', async () => {
    const page = await session.browser.context.newPage();
    keepEvidenceOnFailure(page, 'shortcut');
    await page.goto(sample.url);
    await waitInCard(page, '[data-testid="cl-followers"][data-value]');
    await page.bringToFront();
    const commands = await session.browser.worker.evaluate(() =>
      ((globalThis as { chrome?: ChromeApi }).chrome as ChromeApi).commands.getAll(),
    );
    expect(commands.find((c) => c.name === 'save-profile')?.shortcut).toBe('Alt+Shift+S');
    expect(await savedButton(page)).toBe('false');
    await press();
    // The background tells the tab, so the overlay shows it without a reload.
    await waitInCard(page, '[data-testid="cl-save"][aria-pressed="true"]');
    // Notes written in the popup survive the shortcut's unsave, and its re-save (issue 20 item 1).
    // Written into the record's bucket in storage itself (storage/record-buckets.ts).
    const key = `profile:${sample.profile}`;
    await session.browser.worker.evaluate(
      async ({ key, bucket }) => {
        const chrome = (globalThis as { chrome?: ChromeApi }).chrome as ChromeApi;
        const records = JSON.parse((await chrome.storage.local.get(bucket))[bucket] as string);
        records[key].saved.notes = 'keep me';
        await chrome.storage.local.set({ [bucket]: JSON.stringify(records) });
      },
      { key, bucket: bucketKey(bucketOf(key)) },
    );
    await press();
    await waitInCard(page, '[data-testid="cl-save"][aria-pressed="false"]');
    expect((await stored())?.saved ?? null).toBeNull();
    expect((await stored())?.removed?.entry.notes).toBe('keep me');
    // The card offers Undo for an unsave made elsewhere too.
    await waitInCard(page, '[data-testid="cl-undo-unsave"]');
    await press();
    await waitInCard(page, '[data-testid="cl-save"][aria-pressed="true"]');
    expect((await stored())?.saved?.notes).toBe('keep me');
    await page.close();
  });
});

interface ChromeApi {
  storage: {
    local: { get(keys: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  commands: {
    getAll(): Promise<Array<{ name?: string; shortcut?: string }>>;
    onCommand: { dispatch(command: string, tab: unknown): void };
  };
}
