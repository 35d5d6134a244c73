// Rows 2 and 7: page load with the extension ÷ without, alternating runs, same saved pages, same flags.
// Row 7 adds a control: two browsers without the extension compared the same way, so the extension's ratio
// can be judged against run-to-run noise measured in the same run.
import type { Served } from './browsers.ts';
import { loadTime } from './browsers.ts';
import { pairedRatios, quantile, type Spread, spread } from './stats.ts';

export interface LoadRow {
  name: string;
  with: Spread;
  without: Spread;
  /** median(with) / median(without) */
  ratio: number;
}

/** Loads `url` once in each browser per run, alternating which goes first; returns load times per browser. */
async function alternate(browsers: Served[], url: string, runs: number): Promise<number[][]> {
  const times = browsers.map(() => [] as number[]);
  const pages = await Promise.all(browsers.map((b) => b.context.newPage()));
  // One warm-up load each (first navigation pays for process start-up).
  for (const page of pages) await loadTime(page, url);
  for (let run = 0; run < runs; run++) {
    const order = browsers.map((_, i) => i);
    if (run % 2 === 1) order.reverse();
    for (const i of order) times[i]?.push(await loadTime(pages[i] as (typeof pages)[number], url));
  }
  await Promise.all(pages.map((p) => p.close()));
  return times;
}

export async function pageLoads(
  ext: Served,
  plain: Served,
  pages: Array<{ name: string; url: string }>,
  runs: number,
): Promise<LoadRow[]> {
  const rows: LoadRow[] = [];
  for (const { name, url } of pages) {
    const [w = [], wo = []] = await alternate([ext, plain], url, runs);
    const a = spread(w);
    const b = spread(wo);
    rows.push({ name, with: a, without: b, ratio: a.median / b.median });
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
  const [w = [], a = [], b = []] = await alternate([ext, plain, plain2], url, runs);
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
