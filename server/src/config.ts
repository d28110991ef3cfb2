import { randomBytes } from 'node:crypto';
import { PUBLIC_MAX_AGE_SECONDS } from './modules/directory/public-cache';

/** One typed object from the environment; nothing else reads process.env. */
export interface AppConfig {
  /** Port the HTTP server listens on; 0 picks a free one (tests). */
  port: number;
  /** PostgreSQL connection string; when absent, main.ts starts an embedded PostgreSQL. */
  databaseUrl?: string;
  /** Where the embedded PostgreSQL keeps its data (git-ignored). */
  embeddedDataDir: string;
  embeddedPort: number;
  logLevel: string;
  production: boolean;
  /** Serve the built admin console at /admin (off in API-only tests). */
  serveAdmin: boolean;
  /** Seed an empty database with the source-document data at start. */
  seedWhenEmpty: boolean;
  /** Largest page a list query may ask for. */
  maxPageSize: number;
  /** Signs session tokens; required in production (random per start otherwise). */
  sessionSecret: string;
  sessionTtlHours: number;
  /** Express `trust proxy`: whose X-Forwarded-For to believe for the client address (off). */
  trustProxy: boolean | number | string;
  /** Failed sign-ins allowed per account and per client address within the window. */
  loginLimits: { perAccount: number; perAddress: number; windowSeconds: number };
  /** GraphQL introspection; unset: on in development, off in production. */
  introspection?: boolean;
  /** Origins allowed to call the API from a browser (CORS); empty: same-origin only. */
  corsOrigins: string[];
  /** Largest request body accepted, e.g. "1mb" (bigger ones are answered 413). */
  bodyLimit: string;
  /** Create the demo users (published passwords) at start when there are no users yet. */
  seedDemoUsers: boolean;
  /** Days after a referral closes that its personal data is kept (then erased). */
  retentionDays: number;
  /** How often the retention job runs, in minutes (it also runs at start). */
  retentionIntervalMinutes: number;
  /**
   * How long anonymous findHelp requests keep what they read of stations, in seconds: at most the
   * 60 s a public answer may be kept anyway; 0 keeps nothing (help-bundles.ts).
   */
  findHelpKeptSeconds: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: intFrom(env.PORT, 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedDataDir: env.EMBEDDED_PG_DIR ?? '.data/postgres',
    embeddedPort: intFrom(env.EMBEDDED_PG_PORT, 54320),
    logLevel: env.LOG_LEVEL ?? 'info',
    production: env.NODE_ENV === 'production',
    serveAdmin: env.SERVE_ADMIN !== 'false',
    seedWhenEmpty: env.SEED_WHEN_EMPTY !== 'false',
    maxPageSize: intFrom(env.MAX_PAGE_SIZE, 100),
    sessionSecret: sessionSecret(env),
    sessionTtlHours: intFrom(env.SESSION_TTL_HOURS, 8),
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    loginLimits: {
      perAccount: intFrom(env.LOGIN_MAX_FAILURES_PER_ACCOUNT, 5),
      perAddress: intFrom(env.LOGIN_MAX_FAILURES_PER_ADDRESS, 20),
      windowSeconds: intFrom(env.LOGIN_FAILURE_WINDOW_SECONDS, 15 * 60),
    },
    introspection: env.GRAPHQL_INTROSPECTION ? env.GRAPHQL_INTROSPECTION === 'true' : undefined,
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    bodyLimit: env.REQUEST_BODY_LIMIT || '1mb',
    seedDemoUsers: env.SEED_DEMO_USERS === 'true',
    retentionDays: intFrom(env.RETENTION_DAYS, 30),
    retentionIntervalMinutes: intFrom(env.RETENTION_INTERVAL_MINUTES, 60),
    findHelpKeptSeconds: findHelpKeptSecondsFrom(env.FIND_HELP_KEPT_SECONDS),
  };
}

/** FIND_HELP_KEPT_SECONDS: 0 to 60 (the max-age of public answers, public-cache.ts). */
function findHelpKeptSecondsFrom(value: string | undefined): number {
  const seconds = intFrom(value, PUBLIC_MAX_AGE_SECONDS);
  if (seconds < 0 || seconds > PUBLIC_MAX_AGE_SECONDS) {
    throw new Error(`FIND_HELP_KEPT_SECONDS must be 0-${PUBLIC_MAX_AGE_SECONDS}, got ${seconds}`);
  }
  return seconds;
}

/** "true", a hop count, or addresses/subnets such as "loopback, 10.0.0.0/8"; unset: false. */
function trustProxyFrom(value: string | undefined): boolean | number | string {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number.parseInt(value, 10) : value;
}

function sessionSecret(env: NodeJS.ProcessEnv): string {
  if (env.SESSION_SECRET) {
    if (env.SESSION_SECRET.length < 32)
      throw new Error('SESSION_SECRET must be at least 32 characters');
    return env.SESSION_SECRET;
  }
  if (env.NODE_ENV === 'production') throw new Error('SESSION_SECRET is required in production');
  // Development and tests: sessions end when the server restarts.
  return randomBytes(32).toString('hex');
}

function intFrom(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number.parseInt(value, 10);
  if (!Number.isFinite(parsed)) throw new Error(`Expected a whole number, got "${value}"`);
  return parsed;
}
