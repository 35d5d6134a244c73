import { defineConfig } from 'vitest/config';

// End-to-end tests drive a real browser with the built extension: one file at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
