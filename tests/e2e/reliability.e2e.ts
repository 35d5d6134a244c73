// Reliability in a real Chromium with the built extension: real content scripts, real service worker, real
// storage. Two tabs saving 100 profiles each at once (200 with LONG=1, which CI runs); the browser killed mid-save and relaunched on the same
// profile folder; zero network requests from the extension; and the built dist holds SECURITY.md's promises.
// Uses only the Chromium helpers of session.ts and scripts/harness (the driver refactor keeps those working).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROME_DIST, ROOT } from '../../scripts/harness/chromium.ts';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { clickInCard, waitInCard } from './driver/card-cdp.ts';
import { keepEvidenceOnFailure, openSession, type Session } from './session.ts';

// npm test keeps under ten minutes on two cores; the long run (npm run test:long, also in CI) does 2 × 200.
const PER_TAB = process.env.LONG ? 200 : 100;

/** A minimal TikTok profile page the TikTok reader reads (JSON-LD #ProfilePage, as on the real 2025-12 page). */
function tinyProfile(handle: string, followers: number): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    mainEntity: {
      '@type': 'Person',
      name: handle,
      alternateName: handle,
      interactionStatistic: [
        {
          '@type': 'InteractionCounter',
          interactionType: 'http://schema.org/FollowAction',
          userInteractionCount: followers,
        },
        {
          '@type': 'InteractionCounter',
          interactionType: 'http://schema.org/LikeAction',
          userInteractionCount: followers * 3,
        },
      ],
    },
  };
  return `<!doctype html><html lang="en"><head><title>${handle} (@${handle}) | TikTok</title>
<script type="application/ld+json" id="ProfilePage">${JSON.stringify(ld)}</script></head>
<body><h1 data-e2e="user-title">${handle}</h1><strong data-e2e="followers-count">${followers}</strong></body></html>`;
}

const profileUrl = (handle: string) => `https://www.tiktok.com/@${handle}`;

/** Opens each profile in turn and presses Save; returns the handles whose save the extension acknowledged. */
async function saveEach(page: Page, handles: string[], acknowledged: string[]): Promise<void> {
  for (const handle of handles) {
    await page.goto(profileUrl(handle));
    await waitInCard(page, '[data-testid="cl-save"]', 15_000);
    await clickInCard(page, 'cl-save');
    // aria-pressed turns true only from the background's reply, sent after storage.local.set resolved.
    await waitInCard(page, '[data-testid="cl-save"][aria-pressed="true"]', 15_000);
    acknowledged.push(handle);
  }
}

async function shortlistKeys(session: Session): Promise<string[]> {
  const popup = await session.browser.context.newPage();
  await popup.goto(session.popupUrl());
  const reply = await popup.evaluate(() => chrome.runtime.sendMessage({ kind: 'ui:list-shortlist' }));
  await popup.close();
  if (!reply.ok) throw new Error(`list-shortlist failed: ${reply.error}`);
  return (reply.data as Array<{ key: string }>).map((v) => v.key).sort();
}

function serveTiny(session: Session, handles: string[]): void {
  handles.forEach((handle, i) => {
    session.server.add(profileUrl(handle), tinyProfile(handle, 1000 + i));
  });
}

/** The pid of the Chromium main process using `userDataDir` (ours: the folder is unique to this run). */
function browserPid(userDataDir: string): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.includes(`--user-data-dir=${userDataDir}`) && !args.some((a) => a.startsWith('--type='))) {
        return Number(entry);
      }
    } catch {
      // the process ended while we looked
    }
  }
  return null;
}

const sessions: Session[] = [];
afterAll(async () => {
  for (const s of sessions) await s.browser.close().catch(() => undefined);
});

async function open(userDataDir?: string): Promise<Session> {
  const session = await openSession(userDataDir ? { userDataDir } : {});
  sessions.push(session);
  return session;
}

describe('concurrent saving', () => {
  it(`two tabs saving ${PER_TAB} profiles each at once → ${2 * PER_TAB} shortlist entries`, async () => {
    const session = await open();
    const left = Array.from({ length: PER_TAB }, (_, i) => `left_${String(i).padStart(3, '0')}`);
    const right = Array.from({ length: PER_TAB }, (_, i) => `right_${String(i).padStart(3, '0')}`);
    serveTiny(session, [...left, ...right]);
    const [a, b] = [await session.browser.context.newPage(), await session.browser.context.newPage()];
    keepEvidenceOnFailure(a, 'reliability-left');
    keepEvidenceOnFailure(b, 'reliability-right');
    const acknowledged: string[] = [];
    await Promise.all([saveEach(a, left, acknowledged), saveEach(b, right, acknowledged)]);
    expect(acknowledged).toHaveLength(2 * PER_TAB);
    const keys = await shortlistKeys(session);
    expect(keys).toEqual([...left, ...right].map((h) => `tiktok:${h}`).sort());
    // The popup renders the list (what exists today; the virtualised view may render only some rows).
    const popup = await session.browser.context.newPage();
    await popup.goto(session.popupUrl());
    await popup.getByRole('tab', { name: /shortlist|lista/i }).click();
    await popup.locator('[data-testid="cl-shortlist-row"]').first().waitFor();
    await session.browser.close();
  }, 600_000);
});

describe('crash safety', () => {
  it('the browser killed mid-save and relaunched on the same folder keeps every acknowledged save', async () => {
    const session = await open();
    const userDataDir = session.browser.userDataDir;
    const handles = Array.from({ length: 120 }, (_, i) => `crash_${String(i).padStart(3, '0')}`);
    serveTiny(session, handles);
    const pid = browserPid(userDataDir);
    expect(pid).not.toBeNull();
    const acknowledged: string[] = [];
    const tabs = [await session.browser.context.newPage(), await session.browser.context.newPage()];
    const runs = [
      saveEach(
        tabs[0] as Page,
        handles.filter((_, i) => i % 2 === 0),
        acknowledged,
      ),
      saveEach(
        tabs[1] as Page,
        handles.filter((_, i) => i % 2 === 1),
        acknowledged,
      ),
    ].map((run) => run.catch(() => undefined)); // they fail when the browser dies: expected
    // Kill (SIGKILL, no shutdown, no flush) while both tabs are still saving.
    const deadline = Date.now() + 120_000;
    while (acknowledged.length < 25 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(acknowledged.length).toBeGreaterThanOrEqual(25);
    process.kill(pid ?? -1, 'SIGKILL');
    await Promise.all(runs);
    const saved = [...acknowledged];
    expect(saved.length).toBeLessThan(handles.length); // it really was mid-save
    await session.browser.close({ keepProfile: true }).catch(() => undefined);

    const again = await open(userDataDir);
    const keys = new Set(await shortlistKeys(again));
    const lost = saved.filter((h) => !keys.has(`tiktok:${h}`));
    expect(lost).toEqual([]);
    // Nothing appears that was never read: every stored key is one of ours.
    for (const key of keys) expect(handles.map((h) => `tiktok:${h}`)).toContain(key);
    await again.browser.close();
  }, 300_000);
});

describe('zero network: the extension itself makes no request while browsing, scoring and saving', () => {
  it('no http(s) request from the service worker or an extension page', async () => {
    const session = await open();
    for (const sample of SAMPLES) session.server.add(sample.url, sampleHtml(sample));
    const { context, worker, extensionId } = session.browser;
    const fromExtension: string[] = [];
    const seen: string[] = [];
    const onRequest = (request: Request) => {
      const url = request.url();
      if (!/^https?:/.test(url)) return;
      seen.push(url);
      const frameUrl = safe(() => request.frame().url()) ?? '';
      const byWorker = request.serviceWorker() !== null;
      const headers = request.headers();
      const initiator = `${headers.origin ?? ''} ${headers.referer ?? ''}`;
      if (byWorker || frameUrl.startsWith('chrome-extension://') || initiator.includes(extensionId)) {
        fromExtension.push(`${byWorker ? 'worker' : frameUrl} → ${url}`);
      }
    };
    context.on('request', onRequest);

    // Controls: the listener does see a request made by an extension page and by the service worker.
    const probe = await context.newPage();
    await probe.goto(session.popupUrl());
    await probe.evaluate(() => fetch('https://www.tiktok.com/creator-lens-probe-page').catch(() => undefined));
    await worker.evaluate(() => fetch('https://www.tiktok.com/creator-lens-probe-worker').catch(() => undefined));
    await expect.poll(() => fromExtension.filter((r) => r.includes('creator-lens-probe')).length).toBe(2);
    await probe.close();
    fromExtension.length = 0;

    // Browse every sample (reading + scoring happen on each), save each, open popup views and the shortlist.
    for (const sample of SAMPLES) {
      const page = await context.newPage();
      keepEvidenceOnFailure(page, `zero-network-${sample.profile}`);
      await page.goto(sample.url);
      await waitInCard(page, '[data-testid="cl-save"]');
      await clickInCard(page, 'cl-save');
      await waitInCard(page, '[data-testid="cl-save"][aria-pressed="true"]');
      const popup = await context.newPage();
      await popup.goto(session.popupUrl(sample.profile));
      await popup.locator('[data-testid="cl-followers"]').waitFor();
      await popup.close();
      await page.close();
    }
    const popup = await context.newPage();
    await popup.goto(session.popupUrl());
    await popup.getByRole('tab', { name: /shortlist|lista/i }).click();
    await popup.locator('[data-testid="cl-shortlist-row"]').first().waitFor();
    await popup.close();

    expect(seen.length).toBeGreaterThan(0); // the pages themselves did load (and their subresources were aborted)
    expect(fromExtension).toEqual([]);
    context.off('request', onRequest);
    await session.browser.close();
  }, 300_000);
});

describe('the built extension keeps SECURITY.md promises (dist/chrome, dist/firefox)', () => {
  const dists = [CHROME_DIST, join(ROOT, 'dist/firefox')];
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
    );

  for (const dist of dists) {
    const name = dist.split('/').at(-1);
    it(`${name}: manifest has no CSP override, nothing web-accessible, no externally_connectable`, () => {
      const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
      expect(manifest.content_security_policy).toBeUndefined();
      expect(manifest.web_accessible_resources).toBeUndefined();
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage', 'activeTab']);
      for (const host of manifest.host_permissions) {
        expect(host).toMatch(/^https:\/\/([a-z]+\.)?(instagram|tiktok|youtube|x|twitter|facebook)\.com\/\*$/);
      }
    });

    it(`${name}: no remote code — no http(s) script src, no eval, no new Function`, () => {
      const all = files(dist);
      for (const file of all.filter((f) => f.endsWith('.html'))) {
        expect(readFileSync(file, 'utf8'), file).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
      }
      for (const file of all.filter((f) => f.endsWith('.js'))) {
        const code = readFileSync(file, 'utf8');
        expect(code, file).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|importScripts\s*\(/);
        expect(code, file).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
      }
    });

    it(`${name}: no innerHTML in the content scripts; in the popup only preact's dangerouslySetInnerHTML path, unused`, () => {
      for (const file of files(dist).filter((f) => f.endsWith('.js'))) {
        const code = readFileSync(file, 'utf8');
        // Every assignment to innerHTML assigns `<x>.__html`: the prop object of dangerouslySetInnerHTML.
        const writes = [...code.matchAll(/\.innerHTML\s*=(?!=)\s*([^,;)]*)/g)].map((m) => m[1]?.trim() ?? '');
        for (const rhs of writes) expect(rhs, file).toMatch(/^[\w$]+\.__html$/);
        expect(code, file).not.toMatch(/outerHTML\s*=|insertAdjacentHTML|document\.write/);
        // The content scripts carry no renderer that could write markup at all (the overlay is dom-jsx).
        if (file.includes('content')) expect(code, file).not.toMatch(/innerHTML/);
      }
    });
  }
});

function safe<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string; data?: unknown }> };
};
