import { rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../server/src/db/embedded-postgres';

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
  await rm(dataDir, { recursive: true, force: true });
  const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  (globalThis as { __EMBEDDED_PG__?: unknown }).__EMBEDDED_PG__ = { embedded, dataDir };
  process.env.TEST_PG_ADMIN_URL = embedded.url('postgres');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
