// One browser per test file and browser: launched before the file's tests, closed after, time recorded.
import { basename } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { recordTiming } from './global-setup.ts';
import type { DriverFactory, ExtensionDriver } from './types.ts';

export function useDriver(
  factory: DriverFactory,
  label: string,
  file: string,
  prepare: (driver: ExtensionDriver) => void = () => undefined,
): () => ExtensionDriver {
  let driver: ExtensionDriver | null = null;
  let started = 0;
  beforeAll(async () => {
    started = performance.now();
    driver = await factory.launch();
    prepare(driver);
  });
  afterAll(async () => {
    await driver?.close();
    if (started) recordTiming(label, basename(file), performance.now() - started);
  });
  return () => {
    if (!driver) throw new Error(`${label} did not launch`);
    return driver;
  };
}
