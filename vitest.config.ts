import { defineConfig } from 'vitest/config';

/** `npm test`: every unit and database test, on PGlite (no database server needed). */
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/production/**', 'node_modules/**'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { TZ: 'Europe/Amsterdam', LOG_LEVEL: 'silent' },
    globalSetup: ['test/global-setup.ts'],
  },
});
