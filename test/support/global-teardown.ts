import type { EmbeddedDatabase } from '../../server/src/db/embedded-postgres';

/** Stops the embedded PostgreSQL of globalSetup, if it started one, and removes its folder. */
export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __EMBEDDED_PG__?: EmbeddedDatabase }).__EMBEDDED_PG__;
  await started?.stop();
}
