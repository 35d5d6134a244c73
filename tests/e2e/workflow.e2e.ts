// The marketer's workflow (issue 5) in every e2e browser: notes/tags/lists, bulk remove with undo, export,
// import that rejects a bad file and changes nothing, settings that re-score at once, the UI in Spanish.
import { expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../src/core/scoring/settings.ts';
import { describeEachBrowser } from './driver/browsers.ts';
import { keepEvidence } from './driver/evidence.ts';
import type { DriverPage } from './driver/types.ts';
import { useDriver } from './driver/use-driver.ts';
import { saveFromOverlay, sendFromExtension, storedItems } from './steps.ts';

const [tiktok, instagram] = SAMPLES as [(typeof SAMPLES)[number], (typeof SAMPLES)[number]];

const send = sendFromExtension;

/** Types into an input of the popup the way preact listens for it (an input event). */
function typeInto(page: DriverPage, testId: string, value: string): Promise<void> {
  return page.evaluate(
    ([id, text]) => {
      const el = document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement | HTMLTextAreaElement | null;
      if (!el) throw new Error(`no ${id}`);
      el.value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [testId, value] as const,
  );
}

const rowCount = (page: DriverPage) =>
  page.evaluate(() => document.querySelectorAll('[data-testid="cl-shortlist-row"]').length, 0);

describeEachBrowser('the marketer workflow', ({ factory, label }) => {
  const driver = useDriver(factory, label, import.meta.filename, (d) => {
    for (const x of SAMPLES) d.serve(x.url, sampleHtml(x));
  });

  it('notes, tags and lists edited in the popup are stored, searchable, and survive a restart where profiles do', async () => {
    await saveFromOverlay(driver(), tiktok);
    const popup = await driver().openPopup(`?profile=${tiktok.profile}`);
    keepEvidence(popup, 'workflow-notes');
    await popup.click('[data-testid="cl-edit-entry"]');
    await typeInto(popup, 'cl-notes', 'Asked for rates — "reply by Friday", €, 😀');
    await typeInto(popup, 'cl-tags', 'comedy, gaming; Comedy');
    await typeInto(popup, 'cl-lists', 'Spring launch');
    await popup.click('[data-testid="cl-entry-save"]');
    await popup.waitUntil(() => !document.querySelector('[data-testid="cl-entry-editor"]'), 0);
    const check = async () => {
      const record = (await storedItems(driver()))[`profile:${tiktok.profile}`] as {
        saved: { notes: string; tags: string[]; lists: string[] };
      };
      expect(record.saved.notes).toBe('Asked for rates — "reply by Friday", €, 😀');
      expect(record.saved.tags).toEqual(['comedy', 'gaming']);
      expect(record.saved.lists).toEqual(['Spring launch']);
    };
    await check();
    await popup.gotoPopup('?tab=shortlist');
    await popup.waitUntil(() => document.querySelector('[data-testid="cl-shortlist-row"]'), 0);
    await typeInto(popup, 'cl-search', 'GAMING');
    await popup.waitUntil(() => document.querySelectorAll('[data-testid="cl-shortlist-row"]').length === 1, 0);
    await typeInto(popup, 'cl-search', 'nothing-matches-this');
    await popup.waitUntil(() => document.querySelectorAll('[data-testid="cl-shortlist-row"]').length === 0, 0);
    await popup.close();
    if (factory.capabilities.restartKeepsProfile) {
      await driver().restart();
      await check();
    }
  });

  it('removing entries in bulk can be undone, notes and all', async () => {
    await saveFromOverlay(driver(), instagram);
    const popup = await driver().openPopup('?tab=shortlist');
    keepEvidence(popup, 'workflow-undo');
    await popup.waitUntil(() => document.querySelectorAll('[data-testid="cl-shortlist-row"]').length === 2, 0);
    await popup.click(`[data-testid="cl-shortlist-row"][data-profile="${tiktok.profile}"] input[type=checkbox]`);
    await popup.click(`[data-testid="cl-shortlist-row"][data-profile="${instagram.profile}"] input[type=checkbox]`);
    await popup.click('[data-testid="cl-remove"]');
    await popup.waitUntil(() => document.querySelector('[data-testid="cl-shortlist-empty"]'), 0);
    expect(await rowCount(popup)).toBe(0);
    await popup.click('[data-testid="cl-undo"]');
    await popup.waitUntil(() => document.querySelectorAll('[data-testid="cl-shortlist-row"]').length === 2, 0);
    const record = (await storedItems(driver()))[`profile:${tiktok.profile}`] as { saved: { notes: string } };
    expect(record.saved.notes).toContain('reply by Friday');
    await popup.close();
  });

  it('exports CSV for Excel (BOM, formula-like text neutralised) and full JSON', async () => {
    await send(driver(), {
      kind: 'ui:update-entry',
      ref: { platform: 'tiktok', handle: 'illojuan' },
      notes: '=HYPERLINK("x")',
    });
    const csv = await send(driver(), { kind: 'ui:export', format: 'csv', lang: 'en' });
    expect(csv.ok).toBe(true);
    const { text } = csv.data as { text: string };
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('illojuan');
    expect(text).toContain('783427');
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const json = await send(driver(), { kind: 'ui:export', format: 'json', lang: 'en' });
    const parsed = JSON.parse((json.data as { text: string }).text) as { format: string; records: unknown[] };
    expect(parsed.format).toBe('creator-lens-shortlist');
    expect(parsed.records).toHaveLength(2);
  });

  it('a malformed import is rejected with the reason, and the shortlist is byte-identical', async () => {
    const before = JSON.stringify(await driver().readExtensionStorage());
    for (const [text, fileName] of [
      ['{"format":"creator-lens-shortlist","version":1,"records":[{"ref":', 'cut.json'],
      ['\u0000\u0001PK\u0003\u0004 binary', 'sheet.xlsx'],
      ['', 'empty.csv'],
    ]) {
      const reply = await send(driver(), { kind: 'ui:import', text, fileName, apply: true });
      expect(reply.ok, fileName).toBe(false);
      expect(reply.error, fileName).toMatch(/\w{4,}/);
    }
    expect(JSON.stringify(await driver().readExtensionStorage())).toBe(before);
    // A file with one good and one bad row: the preview names the bad row and its reason, and writes nothing.
    const csv = 'platform,handle,followers\ntiktok,new_creator,12000\nmyspace,tom,5\n';
    const preview = await send(driver(), { kind: 'ui:import', text: csv, fileName: 'mixed.csv', apply: false });
    expect(preview.ok).toBe(true);
    const report = (preview.data as { report: { added: number; rejected: Array<{ row: number; reason: string }> } })
      .report;
    expect(report.added).toBe(1);
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]?.row).toBe(3);
    expect(report.rejected[0]?.reason).toMatch(/myspace/);
    expect(JSON.stringify(await driver().readExtensionStorage())).toBe(before);
  });

  it('a settings change re-scores at once; invalid settings are refused with the reason', async () => {
    const settings = (await send(driver(), { kind: 'ui:get-settings' })).data as Record<string, unknown>;
    const verdict = async () => {
      const reply = await send(driver(), { kind: 'ui:get-profile', ref: { platform: 'tiktok', handle: 'illojuan' } });
      return (reply.data as { insight: { fit: { verdict: string } } }).insight.fit.verdict;
    };
    expect(await verdict()).toBe('outside-range');
    const scoring = { ...DEFAULT_SCORING_SETTINGS, fitRange: { min: 1000, max: 1_000_000 } };
    const saved = await send(driver(), { kind: 'ui:set-settings', settings: { ...settings, scoring } });
    expect(saved.ok).toBe(true);
    expect(await verdict()).not.toBe('outside-range');
    const bad = await send(driver(), {
      kind: 'ui:set-settings',
      settings: { ...settings, scoring: { ...scoring, fitRange: { min: 5000, max: 100 } } },
    });
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/fit range/);
    await send(driver(), { kind: 'ui:set-settings', settings });
    expect(await verdict()).toBe('outside-range');
  });

  it('the UI language setting switches the popup and the overlay to Spanish', async () => {
    const settings = (await send(driver(), { kind: 'ui:get-settings' })).data as Record<string, unknown>;
    expect((await send(driver(), { kind: 'ui:set-settings', settings: { ...settings, uiLang: 'es' } })).ok).toBe(true);
    const popup = await driver().openPopup(`?profile=${tiktok.profile}`);
    keepEvidence(popup, 'workflow-spanish');
    await popup.waitUntil(() => document.body.textContent?.includes('Este perfil'), 0);
    // The profile loads after the tabs render: wait for its followers line, in Spanish.
    await popup.waitUntil(() => document.querySelector('[data-testid="cl-followers"]'), 0);
    expect(await popup.evaluate(() => document.body.textContent ?? '', 0)).toContain('seguidores');
    await popup.close();
    // "How we score" in Spanish too: its own document.
    const how = await driver().openPopup('?tab=how');
    keepEvidence(how, 'workflow-spanish-how');
    await how.waitUntil(() => document.querySelector('[data-testid="cl-how"] h2'), 0);
    expect(await how.evaluate(() => document.querySelector('[data-testid="cl-how"]')?.textContent ?? '', 0)).toMatch(
      /^Cómo puntuamos.*Qué publicaciones cuentan/s,
    );
    await how.close();
    const page = await driver().openProfile(instagram.url);
    await page.waitForOverlay(instagram.profile, { withFollowers: true });
    expect((await page.readCard())?.text).toContain('seguidores');
    await page.close();
    await send(driver(), { kind: 'ui:set-settings', settings: { ...settings, uiLang: 'auto' } });
  });
});
