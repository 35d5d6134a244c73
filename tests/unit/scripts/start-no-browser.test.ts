// `npm start` on a machine without a browser: it builds both extensions, prints the same one-line summary per
// bundled profile from the readers and scoring in Node, says how to get the browser demo, and exits 0.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../../../scripts/harness/samples.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('npm start without a browser', () => {
  it('prints a line per sample with its tier and followers, then the hint, and exits 0', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: '/nonexistent/chromium', DISPLAY: '' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    for (const sample of SAMPLES) {
      const line = lines.find((l) => l.startsWith(sample.name));
      expect(line, sample.name).toBeDefined();
      expect(line).toMatch(/(Emerging|Nano|Micro|Mid|Macro|Mega)( or \w+)? · [≈\d]/);
      expect(line).toMatch(/(followers|subscribers) · (exact|rounded by the site)/);
    }
    expect(run.stdout).toMatch(/built dist\/chrome[\s\S]*built dist\/firefox/);
    expect(lines.at(-2)).toMatch(/^No Chromium found.*apt-get install -y chromium.*CHROME_PATH/);
  }, 150_000);
});
