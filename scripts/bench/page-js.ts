// Informational row: all of our JavaScript on a profile page's main thread, from navigation until the overlay shows
// the follower count (start-up's top level, asking the background, reading, drawing the card, its reply). Measured
// with V8's sampling profiler (CDP Profiler, 100 µs): the samples whose stack holds a chrome-extension:// frame.
// Compiling our script is not in it (the start-up row has that), nor the page's own style work our DOM causes.
import type { Page } from 'playwright-core';
import { pollCard } from '../../tests/e2e/driver/card-call.ts';
import { evaluateInCardCdp } from '../../tests/e2e/driver/card-cdp.ts';
import { pageDataScript, type Sample, sampleHtml } from '../harness/samples.ts';
import type { Served } from './browsers.ts';
import { type Spread, spread } from './stats.ts';

export interface PageJsRow {
  name: string;
  ms: Spread;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

/** The overlay's follower count has a value (the card's root is closed: read through the debugger). */
const shown = (page: Page) =>
  pollCard(
    () =>
      evaluateInCardCdp(
        page,
        (root) => Boolean(root.querySelector('[data-testid="cl-followers"]')?.getAttribute('data-value')),
        0,
      ),
    15_000,
    'the follower count',
  );

export async function profilePageJs(ext: Served, pages: Sample[], runs: number) {
  const rows: PageJsRow[] = [];
  for (const target of pages) {
    const times: number[] = [];
    const dataScript = pageDataScript(sampleHtml(target));
    for (let i = 0; i < runs; i++) {
      const page = await ext.context.newPage();
      if (dataScript) await page.addInitScript({ content: dataScript });
      const cdp = await ext.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(target.url, { waitUntil: 'load' });
      await shown(page);
      // The background's answer to the read and the redraw it causes come just after the first value.
      await page.waitForTimeout(200);
      const { profile } = await cdp.send('Profiler.stop');
      times.push(oursMs(profile.nodes as ProfileNode[], profile.samples ?? [], profile.timeDeltas ?? []));
      await cdp.detach();
      await page.close();
    }
    rows.push({ name: target.name, ms: spread(times) });
  }
  return rows;
}

/** Time of the samples whose stack contains one of our frames (a sample's time is the delta to the next one). */
function oursMs(nodes: ProfileNode[], samples: number[], deltas: number[]): number {
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = node
      ? node.callFrame.url.startsWith('chrome-extension://') || (up !== undefined && isOurs(up))
      : false;
    ours.set(id, result);
    return result;
  };
  let us = 0;
  samples.forEach((id, k) => {
    if (isOurs(id)) us += deltas[k + 1] ?? 0;
  });
  return us / 1000;
}
