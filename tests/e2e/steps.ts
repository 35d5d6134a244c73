// Steps several e2e scenarios share, written against the browser-neutral driver.
import type { Sample } from '../../scripts/harness/samples.ts';
import { recordsIn } from '../../src/storage/record-buckets.ts';
import { keepEvidence } from './driver/evidence.ts';
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

/** Visits a sample profile until its card is scored (the worker then holds its record), and closes the page. */
export async function visitProfile(driver: ExtensionDriver, sample: Pick<Sample, 'url' | 'profile'>): Promise<void> {
  const page = await driver.openProfile(sample.url);
  await page.waitForOverlay(sample.profile, { withFollowers: true });
  await page.close();
}

/** What the popup's "This profile" shows, in document order: the blocks, the posts table, the key figures. */
export function readProfileView(popup: DriverPage) {
  return popup.evaluate(() => {
    const q = (id: string) => document.querySelector(`[data-testid="${id}"]`);
    const blocks = ['cl-fit', 'cl-key-figures', 'cl-posts', 'cl-where-read'];
    const els = blocks.map(q);
    const ordered = els.every(
      (el, i) => el !== null && (i === 0 || Boolean(els[i - 1]?.compareDocumentPosition(el) === 4)),
    );
    const where = q('cl-where-read') as HTMLDetailsElement | null;
    return {
      found: blocks.filter((_, i) => els[i] !== null),
      ordered,
      verdict: q('cl-fit')?.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null,
      reasons: Array.from(q('cl-fit')?.querySelectorAll('li') ?? [], (li) => li.textContent ?? ''),
      posts: Array.from(document.querySelectorAll('[data-testid="cl-post-date"]'), (td) => ({
        published: td.getAttribute('data-published'),
        text: td.textContent ?? '',
        href: td.querySelector('a')?.getAttribute('href') ?? null,
      })),
      figures: Object.fromEntries(
        Array.from(document.querySelectorAll('[data-testid^="cl-fig-"]'), (tr) => [
          tr.getAttribute('data-testid')?.slice('cl-fig-'.length) ?? '',
          tr.querySelector('td')?.textContent ?? '',
        ]),
      ),
      whereOpen: where?.open ?? null,
      whereText: where?.textContent ?? '',
    };
  }, 0);
}

/** Opens the popup on its Shortlist tab; a failed test keeps the page under `evidence`. */
export async function openShortlistTab(driver: ExtensionDriver, evidence: string): Promise<DriverPage> {
  const popup = await driver.openPopup();
  keepEvidence(popup, evidence);
  await popup.click({ role: 'tab', name: /shortlist|lista/i });
  return popup;
}
