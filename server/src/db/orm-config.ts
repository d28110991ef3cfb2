import path from 'node:path';
import { DataloaderType, ReflectMetadataProvider } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';
import { ENTITIES } from '../entities';
import { AuditSubscriber } from '../modules/audit/audit.subscriber';
import { PROJECT_ROOT } from './project-root';
import { CountingLogger } from './sql-counter';

const RUNNING_TS = __filename.endsWith('.ts');

export interface OrmOptions {
  /** Count SQL statements per request (tests and the benchmark). */
  countSql?: boolean;
}

export function ormConfig(clientUrl: string, options: OrmOptions = {}) {
  return defineConfig({
    driver: PostgreSqlDriver,
    clientUrl,
    entities: ENTITIES,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator, SeedManager],
    // Batches Reference.load() and Collection.load() across one tick: nested fields cost one
    // query per level, not one per parent.
    dataloader: DataloaderType.ALL,
    allowGlobalContext: false,
    forceUndefined: false,
    preferTs: RUNNING_TS,
    debug: options.countSql ? ['query'] : false,
    loggerFactory: options.countSql ? (o) => new CountingLogger(o) : undefined,
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: path.join(PROJECT_ROOT, 'dist/server/migrations'),
      pathTs: path.join(PROJECT_ROOT, 'server/migrations'),
      glob: '!(*.d).{js,ts}',
      silent: true,
      transactional: true,
      allOrNothing: true,
      // No snapshot file: new migrations are the difference between the entities and a database
      // migrated to the latest committed migration, so parallel branches cannot clash on it.
      snapshot: false,
      snapshotName: '.snapshot-tukiverkko',
      emit: 'ts',
    },
    pool: { min: 0, max: 10 },
    // Records every write of a request in the audit trail, in the write's own transaction.
    subscribers: [new AuditSubscriber()],
  });
}
