import { defineConfig } from 'vitest/config';

/** `npm test`: every unit and database test, on PGlite (no database server needed). */
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/production/**', 'node_modules/**', '**/*.pg.test.{ts,tsx}'],
    environment: 'node',
    // Files and the tests in them run in a random order (the seed is printed), so no test leans
    // on another having run first (issue 9).
    sequence: { shuffle: true },
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { TZ: 'Europe/Amsterdam', LOG_LEVEL: 'silent' },
    globalSetup: ['test/global-setup.ts'],
  },
});
