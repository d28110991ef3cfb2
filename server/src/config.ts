import { randomBytes } from 'node:crypto';

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
  };
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
