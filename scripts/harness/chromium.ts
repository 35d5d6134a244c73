// Launches a real Chromium with the built extension loaded (facts checked in ../shared/design/TOOLCHAIN.md).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_DIST = join(ROOT, 'dist/chrome');
const PROFILES = join(ROOT, '.tmp/browser-profiles');

export function chromiumPath(): string {
  // A CHROME_PATH that is set names the browser to use: if it is not there, there is none (not another one).
  if (process.env.CHROME_PATH !== undefined) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`no Chromium at CHROME_PATH=${process.env.CHROME_PATH}`);
  }
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => Boolean(p && existsSync(p)));
  if (!found) throw new Error('no Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH');
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /** Errors the extension's worker logged or threw since launch. */
  workerErrors: string[];
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Quiet, offline-friendly flags shared by every browser the tests and the bench start (with or without us). */
export const CHROMIUM_FLAGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

/** A fresh profile folder under .tmp (crashed runs leave them there, not scattered in /tmp). */
export function newProfileDir(): string {
  mkdirSync(PROFILES, { recursive: true });
  return mkdtempSync(join(PROFILES, 'chromium-'));
}

export async function launchWithExtension(
  options: { userDataDir?: string; headless?: boolean; dist?: string } = {},
): Promise<ExtensionBrowser> {
  const dist = options.dist ?? CHROME_DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} is not built: run npm run build`);
  const userDataDir = options.userDataDir ?? newProfileDir();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 860 },
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...CHROMIUM_FLAGS],
  });
  const workerErrors: string[] = [];
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  worker.on('console', (msg) => {
    if (msg.type() === 'error') workerErrors.push(msg.text());
  });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    userDataDir,
    workerErrors,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
