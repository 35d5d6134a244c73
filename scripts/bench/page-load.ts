// Rows 2 and 7: page load with the extension ÷ without, alternating runs, same saved pages. Each compares against
// a control measured in the same loop (A/A: two arms without the content script), so a ratio can be judged
// against the run-to-run noise of that very run.
import type { Served } from './browsers.ts';
import { loadTime } from './browsers.ts';
import { pairedRatios, quantile, type Spread, spread } from './stats.ts';

export interface LoadRow {
  name: string;
  with: Spread;
  without: Spread;
  /** Median of the per-run ratios with ÷ without. */
  ratio: number;
  /** The same for two tabs without the content script (A/A): the noise floor of this page in this run. */
  control: number;
  /** Two-sided permutation test: do the with÷without ratios differ from the A/A ratios? */
  pValue: number;
}

interface Arm {
  context: Served['context'];
  url: string;
}

/** One tab per arm; each run loads every arm once, rotating which goes first; returns load times per arm. */
async function alternate(arms: Arm[], runs: number): Promise<number[][]> {
  const times = arms.map(() => [] as number[]);
  const pages = await Promise.all(arms.map((arm) => arm.context.newPage()));
  // One warm-up load each (first navigation pays for process start-up).
  for (const [i, page] of pages.entries()) await loadTime(page, arms[i]?.url ?? '');
  for (let run = 0; run < runs; run++) {
    for (let k = 0; k < arms.length; k++) {
      const i = (run + k) % arms.length;
      times[i]?.push(await loadTime(pages[i] as (typeof pages)[number], arms[i]?.url ?? ''));
    }
  }
  await Promise.all(pages.map((p) => p.close()));
  return times;
}

/** The same saved page under a host no content script matches (the "without" arm in the same browser). */
export const mirrorUrl = (url: string, copy: string) =>
  `https://${copy}.mirror.invalid/${new URL(url).host}${new URL(url).pathname}`;

/**
 * Row 2, in one browser session as the issue asks: the browser with the extension loads each saved profile in
 * three tabs: at its real URL (content script injected), and twice at mirror URLs no content script matches
 * (without, and an A/A control). Per-run ratios, their median, and a permutation test against the control.
 */
export async function pageLoads(
  ext: Served,
  pages: Array<{ name: string; url: string; html: string }>,
  runs: number,
): Promise<LoadRow[]> {
  const rows: LoadRow[] = [];
  for (const { name, url, html } of pages) {
    const [a, b] = [mirrorUrl(url, 'a'), mirrorUrl(url, 'b')];
    ext.server.add(a, html);
    ext.server.add(b, html);
    const arms = [url, a, b].map((u) => ({ context: ext.context, url: u }));
    const [w = [], wo = [], control = []] = await alternate(arms, runs);
    const ratios = pairedRatios(w, wo);
    const aa = pairedRatios(control, wo);
    rows.push({
      name,
      with: spread(w),
      without: spread(wo),
      ratio: quantile(ratios, 0.5),
      control: quantile(aa, 0.5),
      pValue: permutationP(ratios, aa),
    });
  }
  return rows;
}

export interface NoiseVerdict {
  ratio: number;
  ratioSpread: Spread;
  control: number;
  controlSpread: Spread;
  /** Two-sided permutation test of "the two medians differ" (2,000 relabelings). */
  pValue: number;
  indistinguishable: boolean;
}

/** Row 7: extension vs none on a non-profile page, against a none-vs-none control measured in the same loop. */
export async function nonProfileCost(
  ext: Served,
  plain: Served,
  plain2: Served,
  url: string,
  runs: number,
): Promise<NoiseVerdict> {
  const arms = [ext, plain, plain2].map((b) => ({ context: b.context, url }));
  const [w = [], a = [], b = []] = await alternate(arms, runs);
  const ratios = pairedRatios(w, a);
  const control = pairedRatios(b, a);
  const pValue = permutationP(ratios, control);
  return {
    ratio: quantile(ratios, 0.5),
    ratioSpread: spread(ratios),
    control: quantile(control, 0.5),
    controlSpread: spread(control),
    pValue,
    indistinguishable: pValue > 0.05,
  };
}

/** How often a random relabeling of the pooled ratios gives a median gap at least as large as the observed one. */
export function permutationP(a: readonly number[], b: readonly number[], rounds = 2000): number {
  const gap = (x: readonly number[], y: readonly number[]) => Math.abs(quantile(x, 0.5) - quantile(y, 0.5));
  const observed = gap(a, b);
  const pooled = [...a, ...b];
  let seed = 12345; // deterministic: the same data gives the same verdict
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  let atLeast = 0;
  for (let r = 0; r < rounds; r++) {
    for (let i = pooled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [pooled[i], pooled[j]] = [pooled[j] as number, pooled[i] as number];
    }
    if (gap(pooled.slice(0, a.length), pooled.slice(a.length)) >= observed) atLeast++;
  }
  return (atLeast + 1) / (rounds + 1);
}
