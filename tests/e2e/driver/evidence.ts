// On a failed test, what the page showed (HTML + screenshot) goes to artifacts/e2e/<browser>-<name>.*.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFailed } from 'vitest';
import { ARTIFACTS } from '../session.ts';
import type { DriverPage } from './types.ts';

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
