// Issue 20, item 11, in every e2e browser: an import file over the limit is refused by its size before the popup
// reads a byte of it, with one message in the UI language naming the limit, and the shortlist stays as it was.
// (Before: a 30–200 MB file was read whole, then refused as "malformed UI message" or by sendMessage itself.)
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { MAX_IMPORT_BYTES } from '../../src/exchange/format.ts';
import { describeEachBrowser } from './driver/browsers.ts';
import { keepEvidence } from './driver/evidence.ts';
import type { DriverPage, ExtensionDriver } from './driver/types.ts';
import { useDriver } from './driver/use-driver.ts';
import { saveFromOverlay, sendFromExtension } from './steps.ts';

const sample = SAMPLES[0] as (typeof SAMPLES)[number];
const MB = 1024 * 1024;
const ROW = 'tiktok,new_creator,12000\r\n';
const dir = mkdtempSync(join(tmpdir(), 'cl-import-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A CSV of exactly `bytes` bytes that would add a profile if it were read. */
function csvOf(name: string, bytes: number): string {
  const path = join(dir, name);
  const file = Buffer.alloc(bytes, ROW);
  file.write(`platform,handle,followers\r\n${ROW}`, 0);
  writeFileSync(path, file);
  return path;
}

/** A sparse file: the size a 200 MB export has, without writing 200 MB (it must never be read anyway). */
function sparseOf(name: string, bytes: number): string {
  const path = join(dir, name);
  writeFileSync(path, '');
  truncateSync(path, bytes);
  return path;
}

const send = sendFromExtension;

/** The popup's Shortlist tab with the import panel open, counting every read of a file's bytes from now on. */
async function importPanel(driver: ExtensionDriver, evidence: string): Promise<DriverPage> {
  const popup = await driver.openPopup('?tab=shortlist');
  keepEvidence(popup, evidence);
  await popup.waitUntil(() => document.querySelectorAll('[data-testid="cl-shortlist-row"]').length === 1, 0);
  await popup.click('[data-testid="cl-import-toggle"]');
  await popup.waitUntil(() => document.querySelector('[data-testid="cl-import-file"]'), 0);
  await popup.evaluate(() => {
    const reads = { count: 0 };
    (globalThis as { __reads?: typeof reads }).__reads = reads;
    const blob = Blob.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const method of ['text', 'arrayBuffer', 'bytes', 'stream', 'slice']) {
      const original = blob[method];
      if (!original) continue;
      blob[method] = function (this: Blob, ...args: unknown[]) {
        reads.count += 1;
        return original.apply(this, args);
      };
    }
    const reader = FileReader.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const method of ['readAsText', 'readAsArrayBuffer', 'readAsDataURL', 'readAsBinaryString']) {
      const original = reader[method];
      if (!original) continue;
      reader[method] = function (this: FileReader, ...args: unknown[]) {
        reads.count += 1;
        return original.apply(this, args);
      };
    }
  }, 0);
  return popup;
}

const readsOf = (popup: DriverPage) =>
  popup.evaluate(() => (globalThis as { __reads?: { count: number } }).__reads?.count ?? -1, 0);

const errorText = async (popup: DriverPage) => {
  await popup.waitUntil(() => document.querySelector('[data-testid="cl-import-error"]'), 0, 30_000);
  return popup.evaluate(() => document.querySelector('[data-testid="cl-import-error"]')?.textContent ?? '', 0);
};

describeEachBrowser('import files over the size limit', ({ factory, label }) => {
  const driver = useDriver(factory, label, import.meta.filename, (d) => d.serve(sample.url, sampleHtml(sample)));

  it('a file within the limit is read and previewed (the control: the file input and the read count work)', async () => {
    await saveFromOverlay(driver(), sample);
    const before = JSON.stringify(await driver().readExtensionStorage());
    const popup = await importPanel(driver(), 'import-size-small');
    await popup.setInputFiles('[data-testid="cl-import-file"]', [csvOf('small.csv', 200)]);
    await popup.waitUntil(() => document.querySelector('[data-testid="cl-import-report"]'), 0);
    expect(
      await popup.evaluate(() => document.querySelector('[data-testid="cl-import-report"]')?.textContent, 0),
    ).toMatch(/^1 new/);
    expect(await readsOf(popup)).toBeGreaterThan(0);
    // A preview writes nothing.
    expect(JSON.stringify(await driver().readExtensionStorage())).toBe(before);
    await popup.close();
  });

  const OVER = [
    { name: 'just over the limit', path: () => csvOf('over.csv', MAX_IMPORT_BYTES + 1), shown: '20.1 MB' },
    { name: '30 MB', path: () => csvOf('30mb.csv', 30 * MB), shown: '30 MB' },
    { name: '200 MB', path: () => sparseOf('200mb.csv', 200 * MB), shown: '200 MB' },
  ];
  for (const file of OVER) {
    it(`a file of ${file.name} is refused unread, with the message naming the limit; the shortlist is unchanged`, async () => {
      expect(MAX_IMPORT_BYTES).toBe(20 * MB);
      const before = JSON.stringify(await driver().readExtensionStorage());
      const popup = await importPanel(driver(), `import-size-${file.shown}`);
      await popup.setInputFiles('[data-testid="cl-import-file"]', [file.path()]);
      expect(await errorText(popup)).toBe(
        `Nothing was imported: the file is ${file.shown}; files up to 20 MB can be imported`,
      );
      expect(await readsOf(popup)).toBe(0);
      expect(await popup.evaluate(() => document.querySelector('[data-testid="cl-import-apply"]'), 0)).toBeNull();
      expect(JSON.stringify(await driver().readExtensionStorage())).toBe(before);
      await popup.close();
    });
  }

  it('a 19 MB UTF-16 file, within the limit, gets its reason, not a message-size error (its NULs escape 6-fold)', async () => {
    const before = JSON.stringify(await driver().readExtensionStorage());
    const popup = await importPanel(driver(), 'import-size-utf16');
    const path = join(dir, 'utf16.csv');
    // No BOM: Chromium's File.text() would honour a UTF-16 one. About 10 million NULs: 70 MB once escaped, over 64 MiB.
    const text = `platform,handle,followers\r\n${ROW.repeat(Math.floor((9.5 * MB) / ROW.length))}`;
    writeFileSync(path, Buffer.from(text, 'utf16le'));
    await popup.setInputFiles('[data-testid="cl-import-file"]', [path]);
    expect(await errorText(popup)).toBe(
      'Nothing was imported: the file contains NUL bytes: it is binary or UTF-16 text; export it again, or save it as UTF-8',
    );
    expect(await readsOf(popup)).toBeGreaterThan(0);
    expect(JSON.stringify(await driver().readExtensionStorage())).toBe(before);
    await popup.close();
  });

  it('a 12 MB file of control characters, within the limit, gets its reason, not a message-size error', async () => {
    const popup = await importPanel(driver(), 'import-size-controls');
    const path = join(dir, 'controls.csv');
    writeFileSync(path, `platform,handle\r\n${'\u0001'.repeat(12 * MB)}`);
    await popup.setInputFiles('[data-testid="cl-import-file"]', [path]);
    expect(await errorText(popup)).toBe(
      'Nothing was imported: the file has more than 1,000,000 control characters: it is not text; export it again as CSV or JSON',
    );
    await popup.close();
  });

  it('the same message in Spanish when the UI is in Spanish', async () => {
    const settings = (await send(driver(), { kind: 'ui:get-settings' })).data as Record<string, unknown>;
    expect((await send(driver(), { kind: 'ui:set-settings', settings: { ...settings, uiLang: 'es' } })).ok).toBe(true);
    const popup = await importPanel(driver(), 'import-size-es');
    await popup.setInputFiles('[data-testid="cl-import-file"]', [csvOf('30mb-es.csv', 30 * MB)]);
    expect(await errorText(popup)).toBe(
      'No se importó nada: el archivo ocupa 30 MB; se pueden importar archivos de hasta 20 MB',
    );
    expect(await readsOf(popup)).toBe(0);
    await popup.close();
    await send(driver(), { kind: 'ui:set-settings', settings: { ...settings, uiLang: 'auto' } });
  });
});
