import { isIP } from 'node:net';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The one place where the environment is read (rule 5 of the architecture brief).
 * Every variable is documented in `.env.example`. No secret has a production default:
 * in production mode a missing secret or a development-only feature stops the start.
 */

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** An IPv4/IPv6 address, or one with a CIDR prefix length (192.0.2.0/24, 2001:db8::/32). */
function isAddressOrCidr(value: string): boolean {
  const [address = '', prefix, ...rest] = value.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY (issue 13, finding 2): the addresses of the proxies in front of the portal, whose
 * X-Forwarded-For is believed; a client's own header is not. 'true' (believe anyone) is refused
 * in production; empty or 'false' trusts no proxy.
 */
const trustProxy = z
  .string()
  .max(2000)
  .transform((value, ctx) => {
    const trimmed = value.trim();
    if (trimmed === '' || trimmed === 'false') return false;
    if (trimmed === 'true') return true;
    const list = trimmed.split(',').map((s) => s.trim());
    const bad = list.filter((s) => !isAddressOrCidr(s));
    if (bad.length > 0) {
      ctx.addIssue({ code: 'custom', message: `not an address or CIDR range: ${bad.join(', ')}` });
      return z.NEVER;
    }
    return list;
  });

const schema = z.object({
  // Required: an unset NODE_ENV must not mean development (issue 13, finding 10). `npm start`,
  // `npm run dev`, `worker`, `migrate` and `seed` set development unless told otherwise.
  NODE_ENV: z.enum(['development', 'production', 'test'], {
    error: (issue) =>
      issue.input === undefined
        ? 'NODE_ENV is missing: set production, or development for the embedded default (npm start sets it)'
        : 'NODE_ENV must be production, development or test',
  }),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  TRUST_PROXY: trustProxy.optional(),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_DATA: bool.optional(),
  TEST_BROKER: bool.optional(),
  DEV_MAILBOX: bool.optional(),
  DEV_STAFF_ISSUER: bool.optional(),
  WORKER_IN_PROCESS: bool.optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('IND Portaal Zakelijk <noreply@portaal-zakelijk.example>'),
  TEAM_ZAKELIJK_EMAIL: z.string().default('teamzakelijk@ind.example'),
  RATE_LIMIT_MAX: z.coerce.number().int().positive().default(300),
  /** Redis for the rate-limit counts shared by all web instances; required in production. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  /** A whole request (headers and body) must arrive within this time (issue 13, finding 8). */
  HTTP_REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  /** A connection on which nothing arrives for this long is closed. */
  HTTP_IDLE_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  UPLOAD_MAX_FILES: z.coerce.number().int().positive().default(25),
  /** The longest an authorisation (registered representative) may be valid, in years (issue 13). */
  AUTHORISATION_MAX_YEARS: z.coerce.number().int().min(1).max(20).default(5),
  EHERKENNING_IDP_METADATA: z.string().optional(),
  EHERKENNING_SP_KEY: z.string().optional(),
  EHERKENNING_SP_CERT: z.string().optional(),
  EHERKENNING_ENTITY_ID: z.string().optional(),
  EHERKENNING_OIN: z
    .string()
    .regex(/^\d{20}$/, 'EHERKENNING_OIN must be 20 digits')
    .default('00000001003214345000'),
  EHERKENNING_SERVICE_INDEX: z.coerce.number().int().min(0).default(1),
  EHERKENNING_SERVICE_UUID: z.uuid().default('7f8b2b4a-6c1e-4d57-9a53-2f1c0a9e4b11'),
  EHERKENNING_IDP_ENTITY_ID: z.string().optional(),
  EHERKENNING_IDP_METADATA_CERT: z.string().optional(),
  EHERKENNING_IDP_METADATA_REFRESH_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(60),
  EHERKENNING_BROKER_OIN: z
    .string()
    .regex(/^\d{20}$/, 'EHERKENNING_BROKER_OIN must be 20 digits')
    .optional(),
  EHERKENNING_SERVICE_INSTANCE_UUID: z.uuid().default('3c1f6a4e-2d8b-4f0a-9e57-8b6c1d2e4f30'),
  EHERKENNING_PRIVACY_POLICY_URL: z.url().optional(),
  EHERKENNING_ARTIFACT_TLS_KEY: z.string().optional(),
  EHERKENNING_ARTIFACT_TLS_CERT: z.string().optional(),
  EHERKENNING_ARTIFACT_TLS_CA: z.string().optional(),
  STAFF_OIDC_ISSUER: z.url().optional(),
  STAFF_OIDC_CLIENT_ID: z.string().optional(),
  STAFF_OIDC_CLIENT_SECRET: z.string().optional(),
  STAFF_OIDC_ROLES_CLAIM: z.string().default('roles'),
  FILE_STORAGE_DIR: z.string().optional(),
  REFRESH_CRON: z
    .string()
    .trim()
    .regex(/^\S+( \S+){4}$/, 'REFRESH_CRON must be a cron expression of five fields, e.g. "0 6 * * *"')
    .default('0 6 * * *'),
  REFRESH_STALE_AFTER_HOURS: z.coerce.number().positive().default(26),
  REFRESH_BATCH_SIZE: z.coerce.number().int().min(1).max(20_000).default(5000),
  METRICS_TOKEN: z.string().min(32, 'METRICS_TOKEN must be at least 32 characters').optional(),
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  /** Webhooks may go to loopback and private addresses (default: only outside production). */
  WEBHOOK_PRIVATE_NETWORKS: bool.optional(),
});

type Env = z.infer<typeof schema>;

export interface Config {
  env: Env['NODE_ENV'];
  production: boolean;
  host: string;
  port: number;
  publicUrl: string;
  /** Proxies whose X-Forwarded-For is believed: a list of addresses/CIDRs, or false (none); true only outside production. */
  trustProxy: boolean | string[];
  /** Request and idle-connection timeouts in milliseconds: a slow body cannot hold a connection for good. */
  http: { requestTimeoutMs: number; idleTimeoutMs: number };
  dataDir: string;
  databaseUrl: string | undefined;
  sessionSecret: string;
  logLevel: Env['LOG_LEVEL'];
  features: { demoData: boolean; testBroker: boolean; devMailbox: boolean; devStaffIssuer: boolean };
  workerInProcess: boolean;
  mail: { smtpUrl: string | undefined; from: string; teamZakelijk: string };
  rateLimitMax: number;
  /** Where the rate-limit counts are shared (issue 13); without it each process counts alone (development). */
  redisUrl: string | undefined;
  /**
   * Who may read `/metrics`: with `port`, only a second listener serves it (and the health
   * checks); with `token`, a request needs `Authorization: Bearer <token>`.
   */
  metrics: { token: string | undefined; port: number | undefined };
  /** Delivered outbox rows (and the files only they use) are removed after this many days. */
  outboxRetentionDays: number;
  /** Webhook addresses (src/api/webhook-target.ts): may they be loopback or private-network addresses? */
  webhooks: { privateNetworks: boolean };
  uploads: { maxBytes: number; maxFiles: number; dir: string };
  /** The refresh from the case system (src/refresh): when, how stale is too stale, page size. */
  refresh: { cron: string; staleAfterHours: number; batchSize: number };
  /** An authorisation is valid from its approval day at the earliest, for at most this many years. */
  authorisationMaxYears: number;
  eherkenning: {
    /** Where the broker's metadata is: a file path or an http(s) URL. */
    idpMetadataPath: string | undefined;
    /** The broker's entity id in that metadata (needed when it lists several identity providers). */
    idpEntityId: string | undefined;
    /** PEM file with the certificate(s) that sign the broker's metadata (the trust anchor). */
    idpMetadataCertPath: string | undefined;
    idpMetadataRefreshMs: number;
    /** The broker's OIN (HerkenningsmakelaarId in the service catalogue). */
    brokerOin: string;
    serviceInstanceUuid: string;
    privacyPolicyUrl: string;
    spKeyPath: string | undefined;
    spCertPath: string | undefined;
    entityId: string;
    oin: string;
    serviceIndex: number;
    serviceUuid: string;
    artifactTlsKeyPath: string | undefined;
    artifactTlsCertPath: string | undefined;
    /** PEM file with the CA that issued the broker's TLS server certificate, if not a public one. */
    artifactTlsCaPath: string | undefined;
  };
  staffOidc: {
    issuer: string | undefined;
    clientId: string | undefined;
    clientSecret: string | undefined;
    rolesClaim: string;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n- ${problems.join('\n- ')}`);
    this.name = 'ConfigError';
  }
}

/** Builds the configuration; throws ConfigError listing every problem at once. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const devDefault = !production;
  const features = {
    demoData: e.DEMO_DATA ?? devDefault,
    testBroker: e.TEST_BROKER ?? devDefault,
    devMailbox: e.DEV_MAILBOX ?? (devDefault && !e.SMTP_URL),
    devStaffIssuer: e.DEV_STAFF_ISSUER ?? (devDefault && !e.STAFF_OIDC_ISSUER),
  };
  const port = e.PORT;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  const dataDir = resolve(e.DATA_DIR);
  if (e.METRICS_PORT !== undefined && e.METRICS_PORT === port)
    throw new ConfigError(['METRICS_PORT must differ from PORT: it is a second listener']);

  // A public https address is a real deployment: development features are refused there too.
  if (!production && publicUrl.startsWith('https:')) {
    const on = Object.entries({
      DEMO_DATA: features.demoData,
      TEST_BROKER: features.testBroker,
      DEV_MAILBOX: features.devMailbox,
      DEV_STAFF_ISSUER: features.devStaffIssuer,
    }).filter(([, value]) => value);
    if (on.length > 0)
      throw new ConfigError(
        on.map(
          ([name]) =>
            `${name} is on with an https PUBLIC_URL: development features stay off a public address`,
        ),
      );
  }

  if (production) {
    const problems: string[] = [];
    if (features.demoData) problems.push('DEMO_DATA is on: demo data is for development only');
    if (features.testBroker)
      problems.push('TEST_BROKER is on: the test eHerkenning broker is for development only');
    if (features.devMailbox)
      problems.push('DEV_MAILBOX is on: the development mailbox is for development only');
    if (features.devStaffIssuer)
      problems.push('DEV_STAFF_ISSUER is on: the built-in staff issuer is for development only');
    const required: [keyof Env, string][] = [
      ['DATABASE_URL', 'the PostgreSQL connection string'],
      ['SESSION_SECRET', 'the secret that signs cookies'],
      ['PUBLIC_URL', 'the public https address of the portal'],
      ['SMTP_URL', 'the SMTP server for outgoing mail'],
      ['EHERKENNING_IDP_METADATA', "the path or URL of the eHerkenning broker's metadata XML"],
      ['EHERKENNING_IDP_METADATA_CERT', "the certificate that signs the broker's metadata (PEM)"],
      ['EHERKENNING_BROKER_OIN', "the broker's OIN, for the service catalogue"],
      ['EHERKENNING_SP_KEY', "the path of the portal's SAML private key (PEM)"],
      ['EHERKENNING_SP_CERT', "the path of the portal's SAML certificate (PEM)"],
      ['EHERKENNING_ENTITY_ID', "the portal's SAML entity id"],
      ['STAFF_OIDC_ISSUER', 'the staff OpenID Connect issuer'],
      ['STAFF_OIDC_CLIENT_ID', 'the staff OpenID Connect client id'],
      ['STAFF_OIDC_CLIENT_SECRET', 'the staff OpenID Connect client secret'],
      ['REDIS_URL', 'the Redis that shares the rate limits between the web instances'],
    ];
    for (const [name, what] of required) {
      if (!e[name]) problems.push(`${name} is missing: ${what}`);
    }
    if (Boolean(e.EHERKENNING_ARTIFACT_TLS_KEY) !== Boolean(e.EHERKENNING_ARTIFACT_TLS_CERT))
      problems.push('EHERKENNING_ARTIFACT_TLS_KEY and EHERKENNING_ARTIFACT_TLS_CERT go together');
    if (!e.METRICS_TOKEN && !e.METRICS_PORT)
      problems.push(
        'METRICS_TOKEN or METRICS_PORT is missing: /metrics is not public in production (a bearer token or a separate port)',
      );
    if (e.PUBLIC_URL && !e.PUBLIC_URL.startsWith('https://'))
      problems.push('PUBLIC_URL must use https in production');
    if (e.TRUST_PROXY === true)
      problems.push(
        "TRUST_PROXY=true would let every client choose its own address (X-Forwarded-For): list the proxies' addresses or CIDR ranges",
      );
    if (problems.length > 0) throw new ConfigError(problems);
  }

  return {
    env: e.NODE_ENV,
    production,
    host: e.HOST,
    port,
    publicUrl,
    trustProxy: e.TRUST_PROXY ?? false,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    sessionSecret: e.SESSION_SECRET ?? developmentSecret(dataDir),
    logLevel: e.LOG_LEVEL,
    features,
    workerInProcess: e.WORKER_IN_PROCESS ?? !production,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, teamZakelijk: e.TEAM_ZAKELIJK_EMAIL },
    rateLimitMax: e.RATE_LIMIT_MAX,
    redisUrl: e.REDIS_URL,
    http: {
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_SECONDS * 1000,
      idleTimeoutMs: e.HTTP_IDLE_TIMEOUT_SECONDS * 1000,
    },
    metrics: { token: e.METRICS_TOKEN, port: e.METRICS_PORT },
    outboxRetentionDays: e.OUTBOX_RETENTION_DAYS,
    webhooks: { privateNetworks: e.WEBHOOK_PRIVATE_NETWORKS ?? !production },
    uploads: {
      maxBytes: e.UPLOAD_MAX_BYTES,
      maxFiles: e.UPLOAD_MAX_FILES,
      dir: resolve(e.FILE_STORAGE_DIR ?? join(dataDir, 'files')),
    },
    refresh: {
      cron: e.REFRESH_CRON,
      staleAfterHours: e.REFRESH_STALE_AFTER_HOURS,
      batchSize: e.REFRESH_BATCH_SIZE,
    },
    authorisationMaxYears: e.AUTHORISATION_MAX_YEARS,
    eherkenning: {
      idpMetadataPath: e.EHERKENNING_IDP_METADATA,
      idpEntityId: e.EHERKENNING_IDP_ENTITY_ID,
      idpMetadataCertPath: e.EHERKENNING_IDP_METADATA_CERT,
      idpMetadataRefreshMs: e.EHERKENNING_IDP_METADATA_REFRESH_MINUTES * 60_000,
      // Development: an obviously made-up OIN; production requires the real one (above).
      brokerOin: e.EHERKENNING_BROKER_OIN ?? '00000000000000000000',
      serviceInstanceUuid: e.EHERKENNING_SERVICE_INSTANCE_UUID,
      privacyPolicyUrl: e.EHERKENNING_PRIVACY_POLICY_URL ?? `${publicUrl}/privacy`,
      spKeyPath: e.EHERKENNING_SP_KEY,
      spCertPath: e.EHERKENNING_SP_CERT,
      entityId: e.EHERKENNING_ENTITY_ID ?? `${publicUrl}/saml/metadata`,
      oin: e.EHERKENNING_OIN,
      serviceIndex: e.EHERKENNING_SERVICE_INDEX,
      serviceUuid: e.EHERKENNING_SERVICE_UUID,
      artifactTlsKeyPath: e.EHERKENNING_ARTIFACT_TLS_KEY,
      artifactTlsCertPath: e.EHERKENNING_ARTIFACT_TLS_CERT,
      artifactTlsCaPath: e.EHERKENNING_ARTIFACT_TLS_CA,
    },
    staffOidc: {
      issuer: e.STAFF_OIDC_ISSUER,
      clientId: e.STAFF_OIDC_CLIENT_ID,
      clientSecret: e.STAFF_OIDC_CLIENT_SECRET,
      rolesClaim: e.STAFF_OIDC_ROLES_CLAIM,
    },
  };
}

/** Development only: a random secret kept in the data directory so sessions survive a restart. */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, 'dev-session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
