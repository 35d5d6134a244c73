import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { keepEvidenceOnFailure, openSession, type Session } from './session.ts';

const sample = SAMPLES[0] as (typeof SAMPLES)[number];
let session: Session;
let userDataDir = '';

async function startSession(): Promise<Session> {
  const s = await openSession(userDataDir ? { userDataDir } : {});
  for (const x of SAMPLES) s.server.add(x.url, sampleHtml(x));
  userDataDir = s.browser.userDataDir;
  return s;
}

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.browser.close();
});

describe('saving from the overlay, the popup, persistence', () => {
  it('the popup opened with ?profile= shows the profile read on its page', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(sample.url);
    await page.locator('[data-testid="creator-lens-overlay"] [data-testid="cl-followers"][data-value]').waitFor();
    const popup = await session.browser.context.newPage();
    keepEvidenceOnFailure(popup, 'popup-profile');
    await popup.goto(session.popupUrl(sample.profile));
    const followers = popup.locator('[data-testid="cl-followers"]');
    await followers.waitFor();
    expect(Number(await followers.getAttribute('data-value'))).toBe(sample.followers?.min);
    expect(await popup.locator('[data-testid="cl-popup-profile"]').getAttribute('data-profile')).toBe(sample.profile);
    await popup.close();
    await page.close();
  });

  it('Save on the overlay puts the profile in the shortlist, and the button shows it', async () => {
    const page = await session.browser.context.newPage();
    keepEvidenceOnFailure(page, 'overlay-save');
    await page.goto(sample.url);
    const save = page.locator('[data-testid="creator-lens-overlay"] [data-testid="cl-save"]');
    await save.waitFor();
    expect(await save.getAttribute('aria-pressed')).toBe('false');
    await save.click();
    await page.locator('[data-testid="creator-lens-overlay"] [data-testid="cl-save"][aria-pressed="true"]').waitFor();
    const popup = await session.browser.context.newPage();
    await popup.goto(session.popupUrl());
    await popup.getByRole('tab', { name: /shortlist|lista/i }).click();
    const row = popup.locator(`[data-testid="cl-shortlist-row"][data-profile="${sample.profile}"]`);
    await row.waitFor();
    expect(await popup.locator('[data-testid="cl-shortlist-row"]').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('malformed and unknown messages are rejected with a reason, and change nothing', async () => {
    const popup = await session.browser.context.newPage();
    await popup.goto(session.popupUrl());
    const replies = await popup.evaluate(async () => {
      const send = (m: unknown) => chrome.runtime.sendMessage(m);
      return [
        await send({ kind: 'ui:set-saved', ref: { platform: 'myspace', handle: 'x' }, saved: true }),
        await send({ kind: 'content:profile-read', snapshot: {} }),
        await send('hello'),
        await send({ kind: 'ui:set-saved', ref: { platform: 'tiktok', handle: 'never_seen' }, saved: true }),
      ];
    });
    for (const reply of replies) {
      expect(reply.ok).toBe(false);
      expect(typeof reply.error).toBe('string');
    }
    const list = await popup.evaluate(() => chrome.runtime.sendMessage({ kind: 'ui:list-shortlist' }));
    expect(list.ok).toBe(true);
    expect((list.data as Array<{ key: string }>).map((v) => v.key)).toEqual([sample.profile]);
    await popup.close();
  });

  it('the shortlist survives a browser restart with the same profile folder', async () => {
    await session.browser.close({ keepProfile: true });
    session = await startSession();
    const popup = await session.browser.context.newPage();
    keepEvidenceOnFailure(popup, 'restart-shortlist');
    await popup.goto(session.popupUrl());
    await popup.getByRole('tab', { name: /shortlist|lista/i }).click();
    await popup.locator(`[data-testid="cl-shortlist-row"][data-profile="${sample.profile}"]`).waitFor();
    await popup.close();
  });
});

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string; data?: unknown }> };
};
