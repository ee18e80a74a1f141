import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://portal@db/portal',
  SESSION_SECRET: 'x'.repeat(40),
  PUBLIC_URL: 'https://portaal-zakelijk.example',
  SMTP_URL: 'smtps://mail.example',
  EHERKENNING_IDP_METADATA: '/etc/portal/broker.xml',
  EHERKENNING_SP_KEY: '/etc/portal/sp.key',
  EHERKENNING_SP_CERT: '/etc/portal/sp.crt',
  EHERKENNING_ENTITY_ID: 'https://portaal-zakelijk.example/saml/metadata',
  EHERKENNING_IDP_METADATA_CERT: '/etc/portal/broker-metadata.crt',
  EHERKENNING_BROKER_OIN: '00000003123456780000',
  STAFF_OIDC_ISSUER: 'https://login.ind.example',
  STAFF_OIDC_CLIENT_ID: 'portal',
  STAFF_OIDC_CLIENT_SECRET: 'secret',
  METRICS_PORT: '9464',
  REDIS_URL: 'redis://redis.internal:6379',
};

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('TRUST_PROXY is a list of proxy addresses; true is refused in production (issue 13, finding 2)', () => {
    expect(
      loadConfig({ ...production, TRUST_PROXY: '10.0.0.1, 10.1.0.0/16,2001:db8::/32' }).trustProxy,
    ).toEqual(['10.0.0.1', '10.1.0.0/16', '2001:db8::/32']);
    expect(problems({ ...production, TRUST_PROXY: 'true' })[0]).toMatch(
      /^TRUST_PROXY=true would let every client/,
    );
    expect(problems({ ...production, TRUST_PROXY: '10.0.0.300' })[0]).toMatch(/^TRUST_PROXY: not an address/);
    expect(problems({ ...production, TRUST_PROXY: '10.0.0.0/33' })[0]).toMatch(/^TRUST_PROXY/);
    expect(loadConfig({ NODE_ENV: 'development', DATA_DIR: '/tmp/bp', TRUST_PROXY: 'true' }).trustProxy).toBe(
      true,
    );
  });

  it('requires an explicit mode: an unset NODE_ENV is refused, not taken as development (issue 13, finding 10)', () => {
    expect(problems({ DATA_DIR: '/tmp/bp-config-test' })).toEqual([
      'NODE_ENV: NODE_ENV is missing: set production, or development for the embedded default (npm start sets it)',
    ]);
  });

  it('refuses development features when the public address is https (issue 13, finding 10)', () => {
    const found = problems({ NODE_ENV: 'development', PUBLIC_URL: 'https://portaal.example' });
    expect(found).toContain(
      'TEST_BROKER is on with an https PUBLIC_URL: development features stay off a public address',
    );
    expect(found).toContain(
      'DEV_MAILBOX is on with an https PUBLIC_URL: development features stay off a public address',
    );
    expect(
      problems({
        NODE_ENV: 'test',
        PUBLIC_URL: 'https://portaal.example',
        DEMO_DATA: 'false',
        TEST_BROKER: 'false',
        DEV_MAILBOX: 'false',
        DEV_STAFF_ISSUER: 'false',
      }),
    ).toEqual([]);
  });

  it('npm start and the other development scripts set development explicitly', async () => {
    const { scripts } = (await import('../package.json', { with: { type: 'json' } })).default as {
      scripts: Record<string, string>;
    };
    for (const name of ['start', 'dev', 'worker', 'migrate', 'seed'])
      expect(scripts[name], name).toContain('--import ./src/main/development-mode.ts');
  });

  it('development needs nothing and switches the development features on', () => {
    const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: '/tmp/bp-config-test' });
    expect(config.production).toBe(false);
    expect(config.features).toEqual({
      demoData: true,
      testBroker: true,
      devMailbox: true,
      devStaffIssuer: true,
    });
  });

  it('a complete production configuration starts with every development feature off', () => {
    const config = loadConfig(production);
    expect(config.features).toEqual({
      demoData: false,
      testBroker: false,
      devMailbox: false,
      devStaffIssuer: false,
    });
    expect(config.trustProxy).toBe(false);
  });

  it('production refuses each development-only feature and names it', () => {
    expect(problems({ ...production, DEMO_DATA: 'true' })).toEqual([
      'DEMO_DATA is on: demo data is for development only',
    ]);
    expect(problems({ ...production, TEST_BROKER: 'true' })[0]).toMatch(/^TEST_BROKER is on/);
    expect(problems({ ...production, DEV_MAILBOX: 'true' })[0]).toMatch(/^DEV_MAILBOX is on/);
    expect(problems({ ...production, DEV_STAFF_ISSUER: 'true' })[0]).toMatch(/^DEV_STAFF_ISSUER is on/);
  });

  it('production names every missing secret at once', () => {
    const found = problems({ NODE_ENV: 'production' });
    for (const name of [
      'DATABASE_URL',
      'SESSION_SECRET',
      'SMTP_URL',
      'EHERKENNING_IDP_METADATA',
      'EHERKENNING_IDP_METADATA_CERT',
      'EHERKENNING_BROKER_OIN',
      'EHERKENNING_SP_KEY',
      'STAFF_OIDC_CLIENT_SECRET',
      'REDIS_URL',
    ]) {
      expect(
        found.some((p) => p.startsWith(`${name} is missing`)),
        name,
      ).toBe(true);
    }
  });

  it('production requires https and a long session secret', () => {
    expect(problems({ ...production, PUBLIC_URL: 'http://portal.example' })).toContain(
      'PUBLIC_URL must use https in production',
    );
    expect(problems({ ...production, SESSION_SECRET: 'short' })[0]).toMatch(/SESSION_SECRET/);
  });

  it('production keeps /metrics off the public listener: a token or a separate port is required', () => {
    const { METRICS_PORT: _port, ...withoutEither } = production;
    expect(problems(withoutEither)).toEqual([
      'METRICS_TOKEN or METRICS_PORT is missing: /metrics is not public in production (a bearer token or a separate port)',
    ]);
    expect(problems({ ...withoutEither, METRICS_TOKEN: 't'.repeat(32) })).toEqual([]);
    expect(problems({ ...withoutEither, METRICS_TOKEN: 'short' })[0]).toMatch(/^METRICS_TOKEN/);
    expect(problems({ ...production, METRICS_PORT: '3000', PORT: '3000' })).toEqual([
      'METRICS_PORT must differ from PORT: it is a second listener',
    ]);
  });

  it('keeps delivered outbox mail 30 days unless configured otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'development', DATA_DIR: '/tmp/bp-config-test' }).outboxRetentionDays).toBe(
      30,
    );
    expect(
      loadConfig({ NODE_ENV: 'development', DATA_DIR: '/tmp/bp-config-test', OUTBOX_RETENTION_DAYS: '7' })
        .outboxRetentionDays,
    ).toBe(7);
    expect(problems({ NODE_ENV: 'development', OUTBOX_RETENTION_DAYS: '0' })[0]).toMatch(
      /^OUTBOX_RETENTION_DAYS/,
    );
  });

  it('refuses malformed values with the variable named', () => {
    expect(problems({ NODE_ENV: 'development', PORT: 'eighty' })[0]).toMatch(/^PORT/);
    expect(problems({ NODE_ENV: 'development', EHERKENNING_OIN: '123' })[0]).toMatch(/^EHERKENNING_OIN/);
  });
});
