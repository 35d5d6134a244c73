// Which browsers the e2e suite runs in: every one found, or E2E_BROWSERS=chromium,firefox. Under CI a
// selected browser that is missing is an error; locally it is skipped (and the line printed says so).
import { describe, it } from 'vitest';
import { chromiumFactory } from './chromium.ts';
import { firefoxFactory } from './firefox.ts';
import type { BrowserName, DriverFactory, FoundBrowser } from './types.ts';

export const FACTORIES: Record<BrowserName, DriverFactory> = { chromium: chromiumFactory, firefox: firefoxFactory };

const ALIASES: Record<string, BrowserName> = {
  chromium: 'chromium',
  chrome: 'chromium',
  firefox: 'firefox',
  'firefox-esr': 'firefox',
};

export interface Selection {
  run: Array<{ factory: DriverFactory; found: FoundBrowser }>;
  missing: BrowserName[];
  /** Names in E2E_BROWSERS that are not browsers we know. */
  unknown: string[];
}

/** Parses E2E_BROWSERS ("" or unset: all) and looks each selected browser up on this machine. */
export function selectBrowsers(list = process.env.E2E_BROWSERS ?? ''): Selection {
  const words = list
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  const unknown = words.filter((w) => !(w in ALIASES));
  const names = words.length
    ? [...new Set(words.flatMap((w) => (ALIASES[w] ? [ALIASES[w]] : [])))]
    : (Object.keys(FACTORIES) as BrowserName[]);
  const run: Selection['run'] = [];
  const missing: BrowserName[] = [];
  for (const name of names) {
    const factory = FACTORIES[name];
    const found = factory.find();
    if (found) run.push({ factory, found });
    else missing.push(name);
  }
  return { run, missing, unknown };
}

/** The problems that fail the run: unknown names always, missing browsers under CI. */
export function selectionErrors(selection: Selection, ci = Boolean(process.env.CI)): string[] {
  return [
    ...selection.unknown.map((w) => `E2E_BROWSERS names an unknown browser "${w}" (use chromium, firefox)`),
    ...(ci
      ? selection.missing.map(
          (n) => `${n} is missing and CI is set: install it (apt-get install -y ${PACKAGES[n]}) or set ${ENV_PATH[n]}`,
        )
      : []),
  ];
}

export const PACKAGES: Record<BrowserName, string> = { chromium: 'chromium', firefox: 'firefox-esr' };
const ENV_PATH: Record<BrowserName, string> = { chromium: 'CHROME_PATH', firefox: 'FIREFOX_PATH' };

/** "e2e browsers: chromium 156 (/usr/bin/chromium), firefox-esr 153 (/usr/bin/firefox-esr)" + what is missing. */
export function describeSelection(selection: Selection, ci = Boolean(process.env.CI)): string {
  const ran = selection.run.map(({ found }) => `${found.label} (${found.path})`).join(', ') || 'none';
  const verdict = ci ? 'a failure under CI' : 'skipped';
  const missing = selection.missing.length ? `; not found (${verdict}): ${selection.missing.join(', ')}` : '';
  return `e2e browsers: ${ran}${missing}`;
}

/**
 * Declares `body` once per selected browser (describe.each). With no browser at all, one visibly skipped
 * suite instead (a file without tests would fail for the wrong reason).
 */
export function describeEachBrowser(
  title: string,
  body: (browser: { factory: DriverFactory; found: FoundBrowser; label: string }) => void,
): void {
  const entries = selectBrowsers().run.map((e) => ({ ...e, label: e.found.label }));
  if (entries.length === 0) {
    describe.skip(`${title}: no e2e browser found`, () => it('needs chromium or firefox-esr', () => undefined));
    return;
  }
  describe.each(entries)(`${title} [$label]`, body);
}
