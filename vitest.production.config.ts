import { defineConfig } from 'vitest/config';

/**
 * `npm run test:production`: the production-install smoke test (CI). Builds the portal, installs
 * it as an operator would (`npm ci --omit=dev`), and starts it on PostgreSQL
 * (TEST_PG_ADMIN_URL, default the local server) with production configuration.
 */
export default defineConfig({
  test: {
    include: ['test/production/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 180_000,
    hookTimeout: 600_000,
    env: { TZ: 'Europe/Amsterdam', LOG_LEVEL: 'silent', TEST_DRIVER: 'postgres' },
  },
});
