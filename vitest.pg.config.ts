import { defineConfig } from 'vitest/config';

/**
 * `npm run test:pg`: the database tests (`*.db.test.ts[x]`) on PostgreSQL. Each test file
 * gets a fresh database on the server in TEST_PG_ADMIN_URL (default: the local server).
 * `*.pg.test.ts` files run only here: they need PostgreSQL (the standalone worker).
 */
export default defineConfig({
  test: {
    include: [
      'src/**/*.db.test.{ts,tsx}',
      'test/**/*.db.test.{ts,tsx}',
      // Tests of the production topology (web and `npm run worker` on one PostgreSQL database).
      'src/**/*.pg.test.{ts,tsx}',
    ],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Files and the tests in them run in a random order (the seed is printed), so no test leans
    // on another having run first (issue 9).
    sequence: { shuffle: true },
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { TZ: 'Europe/Amsterdam', LOG_LEVEL: 'silent', TEST_DRIVER: 'postgres' },
  },
});
