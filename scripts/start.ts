// `npm start`: builds the extension and runs it in Chromium on the bundled real profiles.
// With a display: a normal window with one tab per profile. Without one: headless, screenshots of the card on each
// profile and of every popup view, light and dark, English and Spanish, in artifacts/start/, and one summary line
// per profile.

import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { clickInCard, evaluateInCardCdp } from '../tests/e2e/driver/card-cdp.ts';
import { chromiumPath, launchWithExtension, ROOT } from './harness/chromium.ts';
import { inLook, LOOKS } from './harness/looks.ts';
import { SAMPLES, sampleHtml } from './harness/samples.ts';
import { PageServer } from './harness/serve.ts';
import { cardInNode, summaryLine } from './harness/summary.ts';

const OUT = join(ROOT, 'artifacts/start');
const headed = Boolean(process.env.DISPLAY) && process.env.HEADLESS !== '1';

// No browser on this machine: build both extensions and print the same summary from Node, then say how to see more.
let hasBrowser = true;
try {
  chromiumPath();
} catch {
  hasBrowser = false;
}
if (!hasBrowser) {
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build.ts')], { stdio: 'inherit' });
  for (const sample of SAMPLES) console.log(summaryLine(sample.name, cardInNode(sample, ROOT)));
  console.log(
    'No Chromium found, so no browser demo: install it (apt-get install -y chromium) or set CHROME_PATH, then run npm start again.',
  );
  process.exit(0);
}

execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build.ts'), 'chrome'], { stdio: 'inherit' });
const browser = await launchWithExtension({ headless: !headed });
const server = new PageServer(browser.context);
await server.start();
for (const sample of SAMPLES) server.add(sample.url, sampleHtml(sample));

if (headed) {
  for (const sample of SAMPLES) await (await browser.context.newPage()).goto(sample.url);
  console.log('Chromium is open with one tab per sample profile; close the window to stop.');
  await new Promise((done) => browser.context.on('close', done));
  process.exit(0);
}

mkdirSync(OUT, { recursive: true });
// Every view, light and dark, English and Spanish: the card on each sample profile, the popup's "This profile" for
// each, and its Shortlist, Settings and How we score. The first pass (English, light) also saves each profile and
// prints the summary.
const POPUP = `chrome-extension://${browser.extensionId}/src/popup/index.html`;
const VIEWS = ['shortlist', 'settings', 'how'];
let failures = 0;
const started = performance.now();
for (const lang of ['en', 'es'] as const) {
  await useUiLanguage(lang);
  for (const look of LOOKS) {
    const first = lang === 'en' && look === 'light';
    for (const sample of SAMPLES) server.add(sample.url, inLook(sampleHtml(sample), look));
    // The profile pages load side by side (each waits on its own reading and scoring); summaries print in order.
    const lines = await Promise.all(
      SAMPLES.map(async (sample) => {
        const page = await browser.context.newPage();
        await page.goto(sample.url);
        const card = await waitForCard(page);
        await page.screenshot({ path: join(OUT, `card-${slug(sample.profile)}-${look}-${lang}.png`) });
        if (first) {
          // Saved, so the shortlist shots show the workflow's result.
          if (card.followers) await clickInCard(page, 'cl-save');
          else failures += 1;
        }
        await page.close();
        return summaryLine(sample.name, card);
      }),
    );
    if (first) for (const line of lines) console.log(line);
    const shots = [
      ...SAMPLES.map((sample) => ({ query: `?profile=${sample.profile}`, name: `profile-${slug(sample.profile)}` })),
      ...VIEWS.map((tab) => ({ query: `?tab=${tab}`, name: tab })),
    ];
    for (const shot of shots) {
      const popup = await browser.context.newPage();
      await popup.emulateMedia({ colorScheme: look });
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(POPUP + shot.query);
      await popup.waitForTimeout(300);
      await popup.screenshot({ path: join(OUT, `popup-${shot.name}-${look}-${lang}.png`) });
      await popup.close();
    }
  }
}
await useUiLanguage('auto');
console.log(`screenshots: ${OUT} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
await browser.close();
process.exit(failures === SAMPLES.length ? 1 : 0);

function slug(profile: string): string {
  return profile.replace(':', '-').replace(/\.$/, '');
}

/** Chooses the extension's UI language, as Settings does (the card and the popup follow it). */
async function useUiLanguage(uiLang: 'en' | 'es' | 'auto'): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`${POPUP}?tab=settings`);
  await page.evaluate(async (chosen) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
      .chrome.runtime;
    const current = (await runtime.sendMessage({ kind: 'ui:get-settings' })) as { data: object };
    await runtime.sendMessage({ kind: 'ui:set-settings', settings: { ...current.data, uiLang: chosen } });
  }, uiLang);
  await page.close();
}

/** Waits until the overlay shows a result (or says it could not read), then returns its texts by test id. */
async function waitForCard(page: Page) {
  // No named functions inside evaluate: tsx's keepNames would reference a helper the page does not have.
  // The card's root is closed: read through the debugger, as the e2e tests do.
  const read = async () =>
    (await evaluateInCardCdp(
      page,
      (root) => {
        const texts = Object.fromEntries(
          ['cl-tier', 'cl-followers', 'cl-engagement'].map((id) => [
            id,
            // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines ("1.7% of followers" / "Typical…") are wanted, joined with " · ".
            ((root?.querySelector(`[data-testid="${id}"]`) as HTMLElement | null)?.innerText ?? '')
              .trim()
              .replace(/\s*\n\s*/g, ' · ')
              .replace(/\s+/g, ' '),
          ]),
        );
        const hasFollowers = Boolean(root?.querySelector('[data-testid="cl-followers"]')?.getAttribute('data-value'));
        return {
          tier: texts['cl-tier'] ?? '',
          followers: hasFollowers ? (texts['cl-followers'] ?? '') : '',
          engagement: texts['cl-engagement'] ?? '',
          fit: (root?.querySelector('[data-testid="cl-fit"] .cl-verdict')?.textContent ?? '')
            .replace(/\s+/g, ' ')
            .trim(),
          unreadable: Boolean(root?.querySelector('[data-testid="cl-unreadable"]')),
        };
      },
      0,
    )) ?? { tier: '', followers: '', engagement: '', fit: '', unreadable: false };
  const deadline = Date.now() + 12_000;
  let card = await read();
  while (!card.followers && !card.unreadable && Date.now() < deadline) {
    await page.waitForTimeout(200);
    card = await read();
  }
  return card;
}
