import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../src/config';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { ormConfig, OrmOptions } from '../src/db/orm-config';

/**
 * Runs a maintenance task against DATABASE_URL, or against the embedded PostgreSQL that
 * `npm start` uses (started for the task and stopped after it).
 */
export async function withDatabase(
  task: (orm: MikroORM) => Promise<void>,
  options: OrmOptions = {},
): Promise<void> {
  const config = loadConfig();
  let url = config.databaseUrl;
  const embedded = url
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.embeddedDataDir, port: config.embeddedPort });
  try {
    if (embedded) {
      await embedded.createDatabase('tukiverkko');
      url = embedded.url('tukiverkko');
    }
    const orm = await MikroORM.init(ormConfig(url as string, options));
    try {
      await task(orm);
    } finally {
      await orm.close(true);
    }
  } finally {
    await embedded?.stop();
  }
}

export function run(task: (orm: MikroORM) => Promise<void>, options: OrmOptions = {}): void {
  withDatabase(task, options).then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
