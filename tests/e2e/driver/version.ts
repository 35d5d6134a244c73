import { execFileSync } from 'node:child_process';

/** The major version `<browser> --version` prints ("Chromium 156.0…", "Mozilla Firefox 153.7.0esr"), or "?". */
export function browserVersion(path: string): string {
  try {
    // Debian's chromium wrapper prints shell noise on stderr; only stdout counts.
    const out = execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 15_000,
    });
    return /(\d+)\.\d+/.exec(out)?.[1] ?? '?';
  } catch {
    return '?';
  }
}
