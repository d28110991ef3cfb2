import { run } from './with-database';

/** `npm run db:migrate`: applies pending migrations from server/migrations. */
run(async (orm) => {
  const applied = await orm.getMigrator().up();
  console.log(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'Up to date');
});
