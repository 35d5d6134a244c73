// Steps several e2e scenarios share, written against the browser-neutral driver.
import type { Sample } from '../../scripts/harness/samples.ts';
import { recordsIn } from '../../src/storage/record-buckets.ts';
import type { DriverPage, ExtensionDriver } from './driver/types.ts';

/** Opens a sample profile, clicks Save on its overlay, and waits until the overlay shows it saved. */
export async function saveFromOverlay(driver: ExtensionDriver, sample: Pick<Sample, 'url' | 'profile'>): Promise<void> {
  const page = await driver.openProfile(sample.url);
  await page.waitForOverlay(sample.profile, { withFollowers: true });
  await page.clickInOverlay('cl-save');
  await untilOverlaySaved(page);
  await page.close();
}

/** Waits until the overlay's Save button shows the profile saved (the background has answered). */
export function untilOverlaySaved(page: DriverPage): Promise<void> {
  return page.waitUntilCard((root) => root.querySelector('[data-testid="cl-save"][aria-pressed="true"]'), 0);
}

/** The extension's storage as the store reads it: each record under its own profile: key, out of its bucket. */
export async function storedItems(driver: ExtensionDriver): Promise<Record<string, unknown>> {
  return recordsIn(await driver.readExtensionStorage());
}

type Reply = { ok: boolean; error?: string; data?: unknown };
type MessagingApi = { runtime: { sendMessage(message: unknown): Promise<Reply> } };

/** Sends a UI message from an extension page, as the popup does. */
export function sendFromExtension(driver: ExtensionDriver, message: unknown): Promise<Reply> {
  return driver.evaluateInExtension(async (m) => {
    const g = globalThis as { browser?: MessagingApi; chrome?: MessagingApi };
    const api = g.browser ?? g.chrome;
    if (!api) throw new Error('no extension API');
    return api.runtime.sendMessage(m);
  }, message);
}
