import type { MikroORM } from '@mikro-orm/postgresql';
import { DatabaseSeeder } from '../../../seeds/database.seeder';
import { Region } from '../modules/region/region.entity';
import { logger } from '../logger';

/** Applies pending migrations; seeds the source-document data when the database is empty. */
export async function migrateAndSeed(
  orm: MikroORM,
  options: { seedWhenEmpty: boolean },
): Promise<void> {
  const applied = await orm.getMigrator().up();
  if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  if (!options.seedWhenEmpty) return;
  const regions = await orm.em.fork().count(Region, {});
  if (regions === 0) {
    await orm.getSeeder().seed(DatabaseSeeder);
    logger.info('empty database seeded with the source-document data');
  }
}
