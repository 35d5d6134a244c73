// Runs once before the e2e files: says which browsers the suite will use, fails early when CI lacks one,
// and at the end prints the time each browser took (the files append to a timings file).
import { appendFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../../../scripts/harness/chromium.ts';
import { describeSelection, selectBrowsers, selectionErrors } from './browsers.ts';

const TIMINGS = join(ROOT, '.tmp/e2e-timings.jsonl');

export default function setup(): () => void {
  const selection = selectBrowsers();
  console.log(describeSelection(selection));
  const errors = selectionErrors(selection);
  if (errors.length) throw new Error(errors.join('\n'));
  rmSync(TIMINGS, { force: true });
  return () => {
    const totals = new Map<string, number>();
    let lines: string[] = [];
    try {
      lines = readFileSync(TIMINGS, 'utf8').split('\n').filter(Boolean);
    } catch {
      return;
    }
    for (const line of lines) {
      const { browser, ms } = JSON.parse(line) as { browser: string; ms: number };
      totals.set(browser, (totals.get(browser) ?? 0) + ms);
    }
    const parts = [...totals].map(([browser, ms]) => `${browser} ${(ms / 1000).toFixed(1)} s`);
    if (parts.length) console.log(`e2e time per browser (launch to close): ${parts.join(', ')}`);
  };
}

/** Called by each suite when it closes its browser. */
export function recordTiming(browser: string, file: string, ms: number): void {
  mkdirSync(dirname(TIMINGS), { recursive: true });
  appendFileSync(TIMINGS, `${JSON.stringify({ browser, file, ms })}\n`);
}
