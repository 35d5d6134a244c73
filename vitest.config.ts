import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // LONG=1 runs the property and fuzz tests ten times as long: each test gets the time to match.
    testTimeout: process.env.LONG ? 200_000 : 20_000,
    setupFiles: ['tests/support/setup-magnitude-words.ts'],
  },
});
