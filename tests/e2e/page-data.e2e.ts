// The live page's own API responses, in a real Chromium with the built extension: a profile page whose script
// fetches (or XHR-loads) the real captured Instagram timeline from the real endpoint → the card's rate rests on
// those posts. The page's own code gets byte-identical responses and its failures; another account's payload
// changes nothing. (Firefox: the observer's unit tests; this file drives Chromium.)
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordsIn } from '../../src/storage/record-buckets.ts';
import { evaluateInCardCdp, waitInCard } from './driver/card-cdp.ts';
import { keepEvidenceOnFailure, openSession, type Session } from './session.ts';

const REAL = resolve(import.meta.dirname, '../../../shared/real-pages');
const CAPTURE = resolve(REAL, 'instagram/ig-user-timeline-graphql_anasaiaofficial_page2_2024-03-17.json');
const GRAPHQL = 'https://www.instagram.com/graphql/query';

/** A logged-out profile page as Instagram serves it: the counts in og:description, no posts in the DOM. */
const profilePage = (handle: string, followers: string) => `<!doctype html><html lang="en"><head>
<meta property="og:url" content="https://www.instagram.com/${handle}/" />
<meta property="og:description" content="${followers} Followers, 500 Following, 1,024 Posts - See Instagram photos and videos from Ana (&#064;${handle})" />
<title>Ana (&#064;${handle}) • Instagram photos and videos</title></head><body><main><h2>${handle}</h2></main></body></html>`;

let session: Session;
const body = existsSync(CAPTURE) ? readFileSync(CAPTURE, 'utf8') : '';

beforeEach(async () => {
  session = await openSession();
  // The capture holds no follower count: the page says 95K (inside the microinfluencer range, so a verdict is due).
  session.server.add('https://www.instagram.com/anasaiaofficial/', profilePage('anasaiaofficial', '95K'));
  session.server.add('https://www.instagram.com/someoneelse/', profilePage('someoneelse', '4,567'));
  // After the page server's rule, so it answers first: the endpoint the page's own code calls.
  await session.browser.context.route(`${GRAPHQL}**`, (route) =>
    route.request().headers()['x-fail']
      ? route.abort('failed')
      : route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
});
afterEach(async () => {
  await session?.browser.close();
});

const card = async (page: Page) =>
  (await evaluateInCardCdp(
    page,
    (root) => ({
      followers: root.querySelector('[data-testid="cl-followers"]')?.getAttribute('data-value') ?? null,
      rate: root.querySelector('[data-testid="cl-engagement"]')?.getAttribute('data-rate') ?? null,
      sample: root.querySelector('[data-testid="cl-sample"]')?.textContent ?? null,
    }),
    0,
  )) ?? { followers: null, rate: null, sample: null };

/** Until the card shows a rate (the page data has reached it). */
const untilRated = (page: Page) => waitInCard(page, '[data-testid="cl-engagement"]:not([data-rate=""])');

async function openProfile(handle: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  keepEvidenceOnFailure(page, `page-data-${handle}`);
  await page.goto(`https://www.instagram.com/${handle}/`);
  await waitInCard(page, '[data-testid="cl-followers"][data-value]');
  return page;
}

describe.skipIf(!existsSync(CAPTURE))('the page data path on Instagram (real captured timeline)', () => {
  it('fetch: the page gets the very bytes; the card then rates 12 posts from the page data', async () => {
    const page = await openProfile('anasaiaofficial');
    expect((await card(page)).rate).toBe('');
    const got = await page.evaluate(async (url) => (await fetch(url, { method: 'POST' })).text(), GRAPHQL);
    expect(got).toBe(body);
    await untilRated(page);
    const shown = await card(page);
    expect(Number(shown.rate)).toBeGreaterThan(0);
    expect(shown.sample).toMatch(/^the newest 12 posts .* · 12 read from the page's own data$/);
    // Judged against the Instagram creator band: a verdict, its score, and every reason.
    const fit = await evaluateInCardCdp(
      page,
      (root) => {
        const block = root.querySelector('[data-testid="cl-fit"]');
        return {
          verdict: block?.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null,
          score: block?.querySelector('[data-testid="cl-score"]')?.textContent ?? null,
          reasons: block?.querySelectorAll('li').length ?? 0,
        };
      },
      0,
    );
    expect(['strong', 'possible', 'weak']).toContain(fit?.verdict);
    expect(fit?.score).toMatch(/score \d+\/100/);
    expect(fit?.reasons).toBeGreaterThanOrEqual(4);
    await page.close();
  });

  it('XMLHttpRequest (responseType json): the same posts, and the page gets its object', async () => {
    const page = await openProfile('anasaiaofficial');
    const count = await page.evaluate(
      (url) =>
        new Promise<number>((done) => {
          const xhr = new XMLHttpRequest();
          xhr.responseType = 'json';
          xhr.onload = () => done(xhr.response.data.xdt_api__v1__feed__user_timeline_graphql_connection.edges.length);
          xhr.open('POST', url);
          xhr.send();
        }),
      GRAPHQL,
    );
    expect(count).toBe(12);
    await untilRated(page);
    expect((await card(page)).sample).toMatch(/12 posts/);
    await page.close();
  });

  it('a failing request still fails for the page; a payload about another account changes nothing', async () => {
    const page = await openProfile('someoneelse');
    const failed = await page.evaluate(
      (url) =>
        fetch(url, { method: 'POST', headers: { 'x-fail': '1' } }).then(
          () => 'ok',
          (e: Error) => e.name,
        ),
      GRAPHQL,
    );
    expect(failed).toBe('TypeError');
    // anasaiaofficial's timeline, received on someoneelse's page: refused by the worker.
    expect(await page.evaluate(async (url) => (await fetch(url, { method: 'POST' })).text(), GRAPHQL)).toBe(body);
    await page.waitForTimeout(1500);
    expect((await card(page)).rate).toBe('');
    // Read whole and taken out of the record buckets, as the store reads it.
    const all = await session.browser.worker.evaluate(() => chrome.storage.local.get(null as unknown as string));
    const stored = recordsIn(all as Record<string, unknown>);
    const record = (stored as Record<string, { snapshot: { recentPosts: unknown[] } }>)[
      'profile:instagram:someoneelse'
    ];
    expect(record?.snapshot.recentPosts).toEqual([]);
    await page.close();
  });
});

// The service worker's own API, as the page-data test reads it there.
declare const chrome: { storage: { local: { get(keys: string): Promise<Record<string, unknown>> } } };
