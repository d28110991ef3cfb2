import { DatabaseSeeder } from '../../seeds/database.seeder';
import { DEMO_USERS, DemoUsersSeeder } from '../../seeds/demo-users.seeder';
import { run } from './with-database';

/**
 * `npm run db:seed`: resets a development or demo database: drops every table (the audit trail
 * refuses deletes and truncation, but not dropping the table), applies the migrations and seeds
 * the source-document data again. Never run it against production.
 * `npm run db:seed -- --demo-users` (or SEED_DEMO_USERS=true) adds one user per role with the
 * demo passwords of the README.
 */
const demoUsers = process.argv.includes('--demo-users') || process.env.SEED_DEMO_USERS === 'true';

run(async (orm) => {
  await orm.schema.dropSchema({ dropMigrationsTable: true });
  await orm.getMigrator().up();
  await orm.getSeeder().seed(DatabaseSeeder);
  console.log('Database reset: migrated and seeded with the source-document data');
  if (demoUsers) {
    await orm.getSeeder().seed(DemoUsersSeeder);
    const emails = DEMO_USERS.map((user) => user.email).join(', ');
    console.log(`Demo users (passwords in the README): ${emails}`);
  }
});
