import { run } from './with-database';

/** `npm run db:migration:create`: writes a migration for the difference between entities and schema. */
run(async (orm) => {
  await orm.getMigrator().up();
  const result = await orm
    .getMigrator()
    .createMigration(undefined, false, process.argv.includes('--initial'));
  console.log(
    result.fileName ? `Created ${result.fileName}` : 'No changes: entities and migrations agree',
  );
});
