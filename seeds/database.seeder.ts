import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { RegionSeeder } from './region.seeder';

/** The demo and test data: reference regions, then what the source documents describe. */
export class DatabaseSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    return this.call(em, [RegionSeeder]);
  }
}
