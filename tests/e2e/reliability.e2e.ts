// Reliability with the built extension: real content scripts, real background, real storage. Two tabs saving 100
// profiles each at once (200 with LONG=1, which CI runs); the browser killed mid-save and relaunched on the same
// profile folder; zero network requests from the extension; and the built dist holds SECURITY.md's promises.
// Each scenario gets its own browser (a fresh profile), on the shared driver, in every e2e browser that can run it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_DIST, ROOT } from '../../scripts/harness/chromium.ts';
import { SAMPLES, sampleHtml } from '../../scripts/harness/samples.ts';
import { describeEachBrowser } from './driver/browsers.ts';
import { keepEvidence } from './driver/evidence.ts';
import type { DriverPage, ExtensionDriver } from './driver/types.ts';
import { useDriver } from './driver/use-driver.ts';
import { openShortlistTab, sendFromExtension } from './steps.ts';

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

/** Waits for the card of `profile` with its Save button, presses Save, and waits until the save is acknowledged. */
async function saveInCard(page: DriverPage, profile: string, timeoutMs: number): Promise<void> {
  await page.waitUntilCard(
    (root, p) => root.host.getAttribute('data-profile') === p && root.querySelector('[data-testid="cl-save"]') !== null,
    profile,
    timeoutMs,
  );
  await page.clickInOverlay('cl-save');
  // aria-pressed turns true only from the background's reply, sent after storage.local.set resolved.
  await page.waitUntilCard((root) => root.querySelector('[data-testid="cl-save"][aria-pressed="true"]'), 0, timeoutMs);
}

/**
 * Opens each profile in turn in one tab and presses Save; pushes the handles whose save the extension acknowledged.
 * Stops before the next profile once `stopped()` (the browser is about to be killed and relaunched).
 */
async function saveEach(
  driver: ExtensionDriver,
  handles: string[],
  acknowledged: string[],
  { evidence, stopped = () => false }: { evidence?: string; stopped?: () => boolean } = {},
): Promise<void> {
  let page: DriverPage | null = null;
  for (const handle of handles) {
    if (stopped()) return;
    if (page) await page.goto(profileUrl(handle));
    else {
      page = await driver.openProfile(profileUrl(handle));
      if (evidence) keepEvidence(page, evidence);
    }
    await saveInCard(page, `tiktok:${handle}`, 15_000);
    acknowledged.push(handle);
  }
}

async function shortlistKeys(driver: ExtensionDriver): Promise<string[]> {
  const reply = await sendFromExtension(driver, { kind: 'ui:list-shortlist' });
  if (!reply.ok) throw new Error(`list-shortlist failed: ${reply.error}`);
  return (reply.data as Array<{ key: string }>).map((v) => v.key).sort();
}

function serveTiny(driver: ExtensionDriver, handles: string[]): void {
  handles.forEach((handle, i) => {
    driver.serve(profileUrl(handle), tinyProfile(handle, 1000 + i));
  });
}

/** The popup renders the list (what exists today; the virtualised view may render only some rows). */
async function shortlistShown(driver: ExtensionDriver, evidence: string): Promise<void> {
  const popup = await openShortlistTab(driver, evidence);
  await popup.waitUntil(() => document.querySelector('[data-testid="cl-shortlist-row"]'), 0);
  await popup.close();
}

const left = Array.from({ length: PER_TAB }, (_, i) => `left_${String(i).padStart(3, '0')}`);
const right = Array.from({ length: PER_TAB }, (_, i) => `right_${String(i).padStart(3, '0')}`);

describeEachBrowser('concurrent saving', ({ factory, label }) => {
  const driver = useDriver(factory, label, import.meta.filename, (d) => serveTiny(d, [...left, ...right]));

  it(`two tabs saving ${PER_TAB} profiles each at once → ${2 * PER_TAB} shortlist entries`, async () => {
    const acknowledged: string[] = [];
    await Promise.all([
      saveEach(driver(), left, acknowledged, { evidence: 'reliability-left' }),
      saveEach(driver(), right, acknowledged, { evidence: 'reliability-right' }),
    ]);
    expect(acknowledged).toHaveLength(2 * PER_TAB);
    const keys = await shortlistKeys(driver());
    expect(keys).toEqual([...left, ...right].map((h) => `tiktok:${h}`).sort());
    await shortlistShown(driver(), 'reliability-shortlist');
  }, 600_000);
});

const crashHandles = Array.from({ length: 120 }, (_, i) => `crash_${String(i).padStart(3, '0')}`);

describeEachBrowser('crash safety', ({ factory, label }) => {
  const driver = useDriver(factory, label, import.meta.filename, (d) => serveTiny(d, crashHandles));

  // Needs the same profile folder after a relaunch: Firefox profiles here are fresh per launch.
  it.runIf(factory.capabilities.restartKeepsProfile)(
    'the browser killed mid-save and relaunched on the same folder keeps every acknowledged save (Chromium only: Firefox profiles here are fresh per launch)',
    async () => {
      const acknowledged: string[] = [];
      let killed = false;
      const stopped = () => killed;
      const runs = [
        saveEach(
          driver(),
          crashHandles.filter((_, i) => i % 2 === 0),
          acknowledged,
          { stopped },
        ),
        saveEach(
          driver(),
          crashHandles.filter((_, i) => i % 2 === 1),
          acknowledged,
          { stopped },
        ),
      ].map((run) => run.catch(() => undefined)); // they fail when the browser dies: expected
      // Kill (SIGKILL, no shutdown, no flush) while both tabs are still saving.
      const deadline = Date.now() + 120_000;
      while (acknowledged.length < 25 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(acknowledged.length).toBeGreaterThanOrEqual(25);
      killed = true;
      const relaunched = driver().restart({ kill: true });
      await Promise.all(runs);
      const saved = [...acknowledged];
      expect(saved.length).toBeLessThan(crashHandles.length); // it really was mid-save
      await relaunched;

      const keys = new Set(await shortlistKeys(driver()));
      const lost = saved.filter((h) => !keys.has(`tiktok:${h}`));
      expect(lost).toEqual([]);
      // Nothing appears that was never read: every stored key is one of ours.
      for (const key of keys) expect(crashHandles.map((h) => `tiktok:${h}`)).toContain(key);
    },
    300_000,
  );
});

describeEachBrowser(
  'zero network: the extension itself makes no request while browsing, scoring and saving',
  ({ factory, label }) => {
    const driver = useDriver(factory, label, import.meta.filename, (d) => {
      for (const sample of SAMPLES) d.serve(sample.url, sampleHtml(sample));
    });

    // Needs the background's own requests in view: Firefox's interception here is per tab.
    it.runIf(factory.capabilities.watchesExtensionRequests)(
      'no http(s) request from the background or an extension page (Chromium only: Firefox here intercepts per tab, blind to the background)',
      async () => {
        const watch = driver().watchRequests();

        // Controls: the watch does see a request made by an extension page and by the background.
        await driver().evaluateInExtension(
          () => fetch('https://www.tiktok.com/creator-lens-probe-page').catch(() => undefined),
          0,
        );
        await driver().evaluateInBackground(
          () => fetch('https://www.tiktok.com/creator-lens-probe-worker').catch(() => undefined),
          0,
        );
        await expect.poll(() => watch.fromExtension.filter((r) => r.includes('creator-lens-probe')).length).toBe(2);
        watch.fromExtension.length = 0;

        // Browse every sample (reading + scoring happen on each), save each, open popup views and the shortlist.
        for (const sample of SAMPLES) {
          const page = await driver().openProfile(sample.url);
          keepEvidence(page, `zero-network-${sample.profile}`);
          await saveInCard(page, sample.profile, 30_000);
          const popup = await driver().openPopup(`?profile=${encodeURIComponent(sample.profile)}`);
          await popup.waitUntil(() => document.querySelector('[data-testid="cl-followers"]'), 0);
          await popup.close();
          await page.close();
        }
        await shortlistShown(driver(), 'zero-network-shortlist');

        expect(watch.seen.length).toBeGreaterThan(0); // the pages themselves did load (and their subresources were aborted)
        expect(watch.fromExtension).toEqual([]);
        watch.stop();
      },
      300_000,
    );
  },
);

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
