import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in a real Chromium. One browser per file, files one at a
// time: CI machines have two cores, and two browsers at once make timings and focus flaky.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
