// `npm start`: builds the extension and runs it in Chromium on the bundled real profiles.
// With a display: a normal window with one tab per profile. Without one: headless, a screenshot per profile
// (page + overlay) and of the popup in artifacts/start/, and one summary line per profile.

import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { clickInCard, evaluateInCardCdp } from '../tests/e2e/driver/card-cdp.ts';
import { chromiumPath, launchWithExtension, ROOT } from './harness/chromium.ts';
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
let failures = 0;
for (const sample of SAMPLES) {
  const page = await browser.context.newPage();
  await page.goto(sample.url);
  const card = await waitForCard(page);
  const slug = sample.profile.replace(':', '-');
  await page.screenshot({ path: join(OUT, `${slug}.png`) });
  // Save each read profile, so the shortlist screenshot shows the workflow's result.
  if (card.followers) await clickInCard(page, 'cl-save');
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?profile=${sample.profile}`);
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: join(OUT, `${slug}-popup.png`) });
  await popup.close();
  await page.close();
  if (!card.followers) failures += 1;
  console.log(summaryLine(sample.name, card));
}
for (const tab of ['shortlist', 'settings', 'how']) {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tab}`);
  await popup.waitForTimeout(400);
  await popup.screenshot({ path: join(OUT, `popup-${tab}.png`) });
  await popup.close();
}
console.log(`screenshots: ${OUT}`);
await browser.close();
process.exit(failures === SAMPLES.length ? 1 : 0);

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
