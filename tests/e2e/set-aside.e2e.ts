// Issue 20, items 5 and 10, in every e2e browser with real storage: a saved profile with one broken field keeps
// its notes (the field is set aside), the popup lists what is set aside, discards it, and restores a profile an
// older version had set aside whole, notes and all.
import { expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { bucketKey, bucketOf } from '../../src/storage/record-buckets.ts';
import { describeEachBrowser } from './driver/browsers.ts';
import { keepEvidence } from './driver/evidence.ts';
import type { DriverPage, ExtensionDriver } from './driver/types.ts';
import { useDriver } from './driver/use-driver.ts';
import { saveFromOverlay, sendFromExtension, storedItems } from './steps.ts';

const sample = SAMPLES[0] as (typeof SAMPLES)[number];
const [platform, handle] = sample.profile.split(':') as [string, string];
const KEY = `profile:${sample.profile}`;
const NOTES = 'agent: maria@agency.example';

type Api = {
  storage: {
    local: {
      get(k: string): Promise<Record<string, unknown>>;
      set(i: object): Promise<void>;
      remove(k: string): Promise<void>;
    };
  };
};

const send = sendFromExtension;

/**
 * Changes storage itself, as damage or an older version would leave it: `record` replaces (or, null, removes) the
 * sample's record in its bucket (storage/record-buckets.ts); `items` are written as they are.
 */
async function storeRaw(driver: ExtensionDriver, items: Record<string, unknown>, record: unknown): Promise<void> {
  const name = bucketKey(bucketOf(KEY));
  const stored = (await driver.readExtensionStorage())[name];
  const bucket = typeof stored === 'string' ? (JSON.parse(stored) as Record<string, unknown>) : {};
  if (record === null) delete bucket[KEY];
  else bucket[KEY] = record;
  const write = { ...items, [name]: JSON.stringify(bucket) };
  await driver.evaluateInExtension(async (write) => {
    const g = globalThis as { browser?: Api; chrome?: Api };
    const api = g.browser ?? g.chrome;
    if (!api) throw new Error('no extension API');
    await api.storage.local.set(write);
  }, write);
}

const texts = (page: DriverPage, selector: string) =>
  page.evaluate((s) => Array.from(document.querySelectorAll(s)).map((e) => e.textContent ?? ''), selector);

describeEachBrowser('what storage cannot use is set aside, listed and restored', ({ factory, label }) => {
  const driver = useDriver(factory, label, import.meta.filename, (d) => d.serve(sample.url, sampleHtml(sample)));

  it('one broken field: the profile and its notes stay, the field is listed and can be discarded', async () => {
    await saveFromOverlay(driver(), sample);
    const ref = { platform, handle };
    expect((await send(driver(), { kind: 'ui:update-entry', ref, notes: NOTES })).ok).toBe(true);
    const stored = (await storedItems(driver()))[KEY] as { snapshot: Record<string, unknown> };
    await storeRaw(driver(), {}, { ...stored, snapshot: { ...stored.snapshot, followers: 'abc' } });

    // An export reads every record: the broken one is repaired, not left out.
    const exported = await send(driver(), { kind: 'ui:export', format: 'json', lang: 'en' });
    expect(exported.ok && (exported.data as { leftOut: number }).leftOut).toBe(0);
    expect((exported.data as { text: string }).text).toContain(NOTES);
    const after = await storedItems(driver());
    expect((after[KEY] as { saved: { notes: string } }).saved.notes).toBe(NOTES);

    const popup = await driver().openPopup('?tab=settings');
    keepEvidence(popup, 'set-aside-field');
    await popup.waitUntil(() => document.querySelectorAll('[data-testid="cl-set-aside-item"]').length === 1, 0);
    const [item] = await texts(popup, '[data-testid="cl-set-aside-item"]');
    expect(item).toContain('the field snapshot.followers');
    expect(item).toContain('"abc"');
    expect(await texts(popup, '[data-testid="cl-set-aside-restore"]')).toEqual([]);
    await popup.click('[data-testid="cl-set-aside-discard"]');
    await popup.waitUntil(() => document.querySelector('[data-testid="cl-set-aside-empty"]'), 0);
    expect(Object.keys(await driver().readExtensionStorage()).filter((k) => k.startsWith('quarantine:'))).toEqual([]);
    await popup.close();
  });

  it('a profile set aside whole by an older version is restored from the list, with its notes', async () => {
    const stored = (await storedItems(driver()))[KEY] as { snapshot: Record<string, unknown> };
    const broken = { ...stored, snapshot: { ...stored.snapshot, followers: 'abc' } };
    const id = `quarantine:2026-11-01T00:00:00.000Z:${KEY}`;
    await storeRaw(
      driver(),
      { [id]: { key: KEY, reason: 'snapshot.followers: Invalid input', at: '2026-11-01', value: broken } },
      null,
    );
    const exported = await send(driver(), { kind: 'ui:export', format: 'csv', lang: 'en' });
    expect(exported.ok && (exported.data as { leftOut: number }).leftOut).toBe(1);

    const popup = await driver().openPopup('?tab=settings');
    keepEvidence(popup, 'set-aside-whole');
    await popup.waitUntil(() => document.querySelector('[data-testid="cl-set-aside-restore"]'), 0);
    expect((await texts(popup, '[data-testid="cl-set-aside-item"]'))[0]).toContain('the whole value');
    await popup.click('[data-testid="cl-set-aside-restore"]');
    await popup.waitUntil(() => document.querySelector('[data-testid="cl-set-aside-message"]'), 0);
    expect((await texts(popup, '[data-testid="cl-set-aside-message"]'))[0]).toMatch(/^Restored/);
    // What still cannot be read stays listed, field by field; the profile is back in the shortlist.
    expect(await texts(popup, '[data-testid="cl-set-aside-item"]')).toEqual([
      expect.stringContaining('the field snapshot.followers'),
    ]);
    await popup.gotoPopup('?tab=shortlist');
    await popup.waitUntil(() => document.querySelectorAll('[data-testid="cl-shortlist-row"]').length === 1, 0);
    const record = (await storedItems(driver()))[KEY] as { saved: { notes: string } };
    expect(record.saved.notes).toBe(NOTES);
    await popup.close();
  });
});
