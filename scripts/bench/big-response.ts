// A 20 MB response at an endpoint the page-data observer watches (Instagram's graphql/query; the observer's limit is
// 8 MB): how long the page's main thread is held at most while the page's own code fetches it, against the same
// bytes from a URL no observer watches, alternating on one profile page of the extension browser.

import { SAMPLES, sampleHtml } from '../harness/samples.ts';
import type { Served } from './browsers.ts';
import { alternating, type Spread, spread } from './stats.ts';

const WATCHED = 'https://www.instagram.com/graphql/query?bench=big';
const UNWATCHED = 'https://www.instagram.com/static/bench-big.json';
const BYTES = 20_000_000;

/** In the page: the longest gap between 0 ms timer ticks while `url` is fetched whole and 500 ms after (ms). */
const BUSIEST = `(url) => new Promise((done) => {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => { const now = performance.now(); worst = Math.max(worst, now - last); last = now; }, 0);
  fetch(url, { method: 'POST' }).then((r) => r.arrayBuffer()).then((b) => setTimeout(() => {
    clearInterval(timer);
    done({ bytes: b.byteLength, worst });
  }, 500));
})`;

export interface BigResponse {
  watched: Spread;
  unwatched: Spread;
  /** Per-run watched − unwatched (ms), paired. */
  extra: Spread;
}

export async function bigResponse(ext: Served, runs: number): Promise<BigResponse> {
  const sample = SAMPLES.find((s) => s.profile.startsWith('instagram:'));
  if (!sample) throw new Error('no Instagram sample page');
  const body = JSON.stringify({ data: { pad: 'x'.repeat(BYTES) } });
  ext.server.add(sample.url, sampleHtml(sample));
  ext.server.addData(WATCHED, body);
  ext.server.addData(UNWATCHED, body);
  const page = await ext.context.newPage();
  try {
    await page.goto(sample.url, { waitUntil: 'load' });
    await page.waitForSelector('[data-testid="creator-lens-overlay"]', { state: 'attached', timeout: 10_000 });
    const busiest = async (url: string) => {
      const r = (await page.evaluate(`(${BUSIEST})(${JSON.stringify(url)})`)) as { bytes: number; worst: number };
      if (r.bytes < BYTES) throw new Error(`the page got ${r.bytes} bytes of ${url}`);
      return r.worst;
    };
    await busiest(UNWATCHED); // warm-up: the first 20 MB of the page grows its heap
    const [w, u] = await alternating(
      runs,
      () => busiest(WATCHED),
      () => busiest(UNWATCHED),
    );
    return { watched: spread(w), unwatched: spread(u), extra: spread(w.map((x, i) => x - (u[i] ?? Number.NaN))) };
  } finally {
    await page.close();
  }
}
