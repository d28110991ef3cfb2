import 'reflect-metadata';
import { createApp, RunningApp } from './app';
import { loadConfig } from './config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './db/embedded-postgres';
import { logger } from './logger';

/** `npm start`: the server and the console on one port, with an embedded PostgreSQL if needed. */
async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  let app: RunningApp | undefined;
  let stopping = false;

  const shutdown = async (reason: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    try {
      await app?.stop();
    } finally {
      await embedded?.stop();
      process.exit(exitCode);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres({
        dataDir: config.embeddedDataDir,
        port: config.embeddedPort,
      });
      await embedded.createDatabase('tukiverkko');
      databaseUrl = embedded.url('tukiverkko');
    }
    app = await createApp({ ...config, databaseUrl });
  } catch (error) {
    logger.error({ err: error }, 'start-up failed');
    await shutdown('start-up failed', 1);
  }
}

void main();
