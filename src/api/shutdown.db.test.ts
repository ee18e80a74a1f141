import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabaseUrl, usingPostgres } from '../../test/helpers/database.ts';
import { makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal } from '../../test/helpers/portal.ts';
import { issueTestToken, registerTestClient } from './testing.ts';

/**
 * The API's audit rows are written after the answers, in batches (DeferredAudit, platform/audit.ts);
 * the batch waiting at a shutdown is written when the HTTP server closes, before the database does.
 * On PostgreSQL, whose database outlives the portal (PGlite's in-memory one closes with it).
 */
describe.runIf(usingPostgres)('an API call in flight at shutdown', () => {
  it('is answered, and its audit row is in the database after the portal has stopped', async () => {
    const database = await createTestDatabaseUrl();
    try {
      const portal = await createTestPortal({ DATABASE_URL: database.url });
      const org = await makeOrganisation(portal, { recognised: ['work'] });
      const client = await registerTestClient(portal.database.db, org.kvk, ['status']);
      const token = await issueTestToken(portal.app, client, `${portal.config.publicUrl}/api/v1/oauth/token`);
      await portal.app.listen({ host: '127.0.0.1', port: 0 });
      const address = portal.app.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;

      const arrived = new Promise((resolve) => portal.app.server.once('request', resolve));
      const call = fetch(`http://127.0.0.1:${port}/api/v1/organisations/${org.kvk}/cases`, {
        headers: { authorization: `Bearer ${token}` },
      });
      await arrived;
      const stopping = portal.close(); // as on SIGTERM: HTTP first, then jobs, mail, the database
      const response = await call;
      await response.text();
      await stopping;
      expect(response.status).toBe(200);

      const reader = new pg.Client({ connectionString: database.url });
      await reader.connect();
      try {
        const rows = await reader.query<{ outcome: string }>(
          `select outcome from audit_log where event = 'api.cases.listed' and actor_subject = $1`,
          [`api-client:${client.id}`],
        );
        expect(rows.rows).toEqual([{ outcome: 'success' }]);
      } finally {
        await reader.end();
      }
    } finally {
      await database.drop();
    }
  });
});
