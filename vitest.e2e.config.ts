import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers (Chromium, Firefox ESR: driver/browsers.ts) with the built extension:
// one file at a time, generous timeouts; the global setup prints which browsers run.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/driver/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
