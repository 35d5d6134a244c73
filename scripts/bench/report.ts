// The bench's table: one line per figure (and per saved page where the issue asks for it), the target beside it.
import { arch, cpus, release, totalmem } from 'node:os';

export interface Line {
  figure: string;
  target: string;
  measured: string;
  /** true: meets the target; false: misses it; null: no pass/fail (informational or n/a). */
  pass: boolean | null;
}

export function machineLine(chromium: string): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpu} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()} ${arch()}, Node ${process.version}, Chromium ${chromium} headless`;
}

const verdict = (pass: boolean | null) => (pass === null ? '—' : pass ? 'pass' : '**MISS**');

export function markdownTable(lines: Line[]): string {
  const rows = lines.map((l) => `| ${l.figure} | ${l.target} | ${l.measured} | ${verdict(l.pass)} |`);
  return ['| figure | target | measured: median (min–max, n) | |', '|---|---|---|---|', ...rows].join('\n');
}

/** Where the hand-written part of docs/BENCHMARKS.md starts: the method, then the caveats. */
const METHOD_HEADING = '## How each figure is measured';

export function markdownDocument(
  lines: Line[],
  machine: string,
  command: string,
  date: string,
  previous: string,
  context: string[],
): string {
  const method = previous.indexOf(METHOD_HEADING);
  const kept = method >= 0 ? previous.slice(method) : `${METHOD_HEADING}\n\nSee the previous version of this file.\n`;
  return `# Benchmarks

Measured ${date} with \`${command}\` on: ${machine}.
Every timing is the median of repeated runs, with the min–max beside it; ratios compare against a baseline
measured in the same run (alternating runs), never against a fixed number. Rerun it yourself:
\`npm run build && ${command}\` (needs Chromium: \`apt-get install -y chromium\` or CHROME_PATH).

${context.map((c) => `- ${c}`).join('\n')}

${markdownTable(lines)}

${kept}`;
}
