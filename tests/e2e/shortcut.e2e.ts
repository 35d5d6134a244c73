// The keyboard shortcut (manifest `commands`). Headless Chromium has no window accelerators, so a key press
// cannot reach the browser; we check the binding Chromium registered, then fire the very event Chromium fires
// on Alt+Shift+S (commands.onCommand) and watch our real listener save the active tab's profile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { selected } from './driver/browsers.ts';
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
    page.locator('[data-testid="creator-lens-overlay"] [data-testid="cl-save"]').getAttribute('aria-pressed');

  it('Alt+Shift+S is bound, and the command saves (then unsaves) the profile in the active tab', async () => {
    const page = await session.browser.context.newPage();
    keepEvidenceOnFailure(page, 'shortcut');
    await page.goto(sample.url);
    await page.locator('[data-testid="creator-lens-overlay"] [data-testid="cl-followers"][data-value]').waitFor();
    await page.bringToFront();
    const commands = await session.browser.worker.evaluate(() =>
      ((globalThis as { chrome?: ChromeApi }).chrome as ChromeApi).commands.getAll(),
    );
    expect(commands.find((c) => c.name === 'save-profile')?.shortcut).toBe('Alt+Shift+S');
    expect(await savedButton(page)).toBe('false');
    await press();
    // The background tells the tab, so the overlay shows it without a reload.
    await page.locator('[data-testid="creator-lens-overlay"] [data-testid="cl-save"][aria-pressed="true"]').waitFor();
    await press();
    await page.locator('[data-testid="creator-lens-overlay"] [data-testid="cl-save"][aria-pressed="false"]').waitFor();
    await page.close();
  });
});

interface ChromeApi {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  commands: {
    getAll(): Promise<Array<{ name?: string; shortcut?: string }>>;
    onCommand: { dispatch(command: string, tab: unknown): void };
  };
}
