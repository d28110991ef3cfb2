import type { EmbeddedDatabase } from '../../server/src/db/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __EMBEDDED_PG__?: EmbeddedDatabase }).__EMBEDDED_PG__;
  await embedded?.stop();
}
