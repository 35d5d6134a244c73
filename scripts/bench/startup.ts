// Informational row: the content script's start-up on a page of its site (compiling the bundle and running its top
// level), from a CDP trace of the extension browser: the EvaluateScript event of our chrome-extension:// script.
// Paid on every page of the five sites, profile or not; the reading and overlay rows come after it.
import type { Served } from './browsers.ts';
import { type Spread, spread } from './stats.ts';

export interface StartupRow {
  name: string;
  wall: Spread;
  /** Thread CPU time of the same event: what the page's main thread spent, without time it waited for a core. */
  cpu: Spread;
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tdur?: number;
  args?: unknown;
}

export async function startupCosts(ext: Served, pages: Array<{ name: string; url: string }>, runs: number) {
  const rows: StartupRow[] = [];
  for (const target of pages) {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await ext.context.newPage();
      const cdp = await ext.context.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] } } as never);
      await page.goto(target.url, { waitUntil: 'load' });
      // document_idle injection can follow the load event; give it time to run.
      await page.waitForTimeout(400);
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      // Every script of ours the page ran (the main-world observers too).
      const ours = events.filter(
        (e) =>
          e.name === 'EvaluateScript' && e.ph === 'X' && JSON.stringify(e.args ?? {}).includes('chrome-extension:'),
      );
      if (ours.length > 0) {
        wall.push(ours.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000);
        cpu.push(ours.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000);
      }
      await page.close();
    }
    if (wall.length > 0) rows.push({ name: target.name, wall: spread(wall), cpu: spread(cpu) });
  }
  return rows;
}
