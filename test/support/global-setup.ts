import path from 'node:path';
import { startThrowawayPostgres } from '../../server/src/db/embedded-postgres';

/**
 * Once per `npm test`: with DATABASE_URL set, tests create their databases on that server;
 * otherwise an embedded PostgreSQL is started in a fresh data folder and stopped in teardown.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_PG_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  // One folder per run, so parallel runs on one machine do not share a cluster.
  const dataDir = path.resolve(__dirname, `../../.data/test-postgres-${process.pid}`);
  const embedded = await startThrowawayPostgres(dataDir);
  (globalThis as { __EMBEDDED_PG__?: unknown }).__EMBEDDED_PG__ = embedded;
  process.env.TEST_PG_ADMIN_URL = embedded.url('postgres');
}
