import { defineConfig } from 'vitest/config';

/** `npm run test:e2e`: Playwright in Debian's Chromium against a portal started in the test. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // Files and the tests in them run in a random order (the seed is printed), so no test leans
    // on another having run first (issue 9).
    sequence: { shuffle: true },
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { TZ: 'Europe/Amsterdam', LOG_LEVEL: 'silent' },
    globalSetup: ['test/global-setup.ts'],
  },
});
