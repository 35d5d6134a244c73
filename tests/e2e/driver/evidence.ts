// On a failed test, what the page showed (HTML + screenshot) goes to artifacts/e2e/<browser>-<name>.*.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFailed } from 'vitest';
import { ROOT } from '../../../scripts/harness/chromium.ts';
import type { DriverPage } from './types.ts';

const ARTIFACTS = join(ROOT, 'artifacts/e2e');

export function keepEvidence(page: DriverPage, name: string): void {
  onTestFailed(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const base = join(ARTIFACTS, `${page.browser}-${name}`.replace(/[^\w.-]+/g, '_'));
    try {
      await page.saveEvidence(base);
    } catch (error) {
      writeFileSync(`${base}.error.txt`, String(error));
    }
  });
}
