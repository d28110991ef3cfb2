import { DatabaseSeeder } from '../../seeds/database.seeder';
import { run } from './with-database';

/**
 * `npm run db:seed`: empties the directory tables and seeds the source-document data again.
 * Migrations run first so it works on a new database too.
 */
run(async (orm) => {
  await orm.getMigrator().up();
  await orm.schema.clearDatabase({ truncate: true });
  await orm.getSeeder().seed(DatabaseSeeder);
  console.log('Seeded the regions, municipalities and the source-document data');
});
