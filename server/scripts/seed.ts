import { DatabaseSeeder } from '../../seeds/database.seeder';
import { run } from './with-database';

/**
 * `npm run db:seed`: resets a development or demo database: drops every table (the audit trail
 * refuses deletes and truncation, but not dropping the table), applies the migrations and seeds
 * the source-document data again. Never run it against production.
 */
run(async (orm) => {
  await orm.schema.dropSchema({ dropMigrationsTable: true });
  await orm.getMigrator().up();
  await orm.getSeeder().seed(DatabaseSeeder);
  console.log('Database reset: migrated and seeded with the source-document data');
});
