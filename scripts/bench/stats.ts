// Small statistics for the bench: medians and spreads of repeated runs (never a single timing).

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] ?? Number.NaN) + ((sorted[hi] ?? Number.NaN) - (sorted[lo] ?? Number.NaN)) * (pos - lo);
}

export function spread(values: readonly number[]): Spread {
  return {
    median: quantile(values, 0.5),
    min: Math.min(...values),
    max: Math.max(...values),
    n: values.length,
  };
}

/** "12.3 ms (9.8–20.1, n=20)" */
export function fmt(s: Spread, unit: string, digits = 1): string {
  const f = (x: number) => x.toFixed(digits);
  return `${f(s.median)}${unit} (${f(s.min)}–${f(s.max)}, n=${s.n})`;
}

/** Per-run ratios a[i] / b[i] of paired, alternating runs. */
export function pairedRatios(a: readonly number[], b: readonly number[]): number[] {
  return a.map((x, i) => x / (b[i] ?? Number.NaN)).filter(Number.isFinite);
}

/**
 * `runs` paired measurements of two arms, the order swapped on every other run, so a drift in the machine's load
 * falls on both alike; [a's results, b's results], in run order.
 */
export async function alternating<A, B>(runs: number, a: () => Promise<A>, b: () => Promise<B>): Promise<[A[], B[]]> {
  const as: A[] = [];
  const bs: B[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      as.push(await a());
      bs.push(await b());
    } else {
      bs.push(await b());
      as.push(await a());
    }
  }
  return [as, bs];
}
