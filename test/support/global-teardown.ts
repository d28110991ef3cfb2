import { rm } from 'node:fs/promises';
import type { EmbeddedDatabase } from '../../server/src/db/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const started = (
    globalThis as { __EMBEDDED_PG__?: { embedded: EmbeddedDatabase; dataDir: string } }
  ).__EMBEDDED_PG__;
  if (!started) return;
  await started.embedded.stop();
  await rm(started.dataDir, { recursive: true, force: true });
}
