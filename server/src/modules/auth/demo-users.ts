import type { MikroORM } from '@mikro-orm/postgresql';
import { DEMO_USERS, DemoUsersSeeder } from '../../../../seeds/demo-users.seeder';
import { logger } from '../../logger';
import { User } from './user.entity';

/**
 * SEED_DEMO_USERS=true at start: adds the demo users (published passwords) to a database that has
 * no users yet, so it can never add them beside real accounts.
 */
export async function seedDemoUsersIfNoUsers(orm: MikroORM): Promise<void> {
  if ((await orm.em.fork().count(User, {})) > 0) {
    logger.info('SEED_DEMO_USERS ignored: the database already has users');
    return;
  }
  await orm.getSeeder().seed(DemoUsersSeeder);
  logger.warn(
    { emails: DEMO_USERS.map((user) => user.email) },
    'demo users with published passwords created: for demos only, never in production',
  );
}
