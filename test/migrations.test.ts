import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../server/src/db/orm-config';
import { createTestDatabase } from './support/test-server';

describe('migrations', () => {
  it('build exactly the schema the entities describe', async () => {
    const database = await createTestDatabase();
    const orm = await MikroORM.init(ormConfig(database.databaseUrl));
    try {
      const applied = await orm.getMigrator().up();
      expect(applied.length).toBeGreaterThan(0);
      // Any difference here means an entity changed without a migration (or the reverse):
      // run `npm run db:migration:create` and commit the new file.
      const pending = await orm.schema.getUpdateSchemaSQL({ wrap: false });
      expect(pending.trim()).toBe('');
    } finally {
      await orm.close(true);
      await database.drop();
    }
  });

  it('keep the rules in the database, not only in code', async () => {
    const database = await createTestDatabase();
    const orm = await MikroORM.init(ormConfig(database.databaseUrl));
    try {
      await orm.getMigrator().up();
      const rows: { conname: string }[] = await orm.em
        .getConnection()
        .execute(`select conname from pg_constraint where contype in ('c', 'u', 'f')`);
      const names = rows.map((r) => r.conname);
      expect(names).toEqual(
        expect.arrayContaining([
          'region_code_unique',
          'municipality_code_unique',
          'municipality_code_format',
          'station_postal_code_format',
          'schedule_rule_interval_range',
          'schedule_exception_range',
          'service_age_range',
          'station_region_id_foreign',
        ]),
      );
    } finally {
      await orm.close(true);
      await database.drop();
    }
  });
});
