import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { CategorySeeder } from './category.seeder';
import { ContactSeeder } from './contact.seeder';
import { CounsellorSeeder } from './counsellor.seeder';
import { OrganizationSeeder } from './organization.seeder';
import { RegionSeeder } from './region.seeder';
import { ServiceSeeder } from './service.seeder';
import { StationSeeder } from './station.seeder';

/**
 * The demo and test data: reference regions, then what the source documents describe, in
 * dependency order (each seeder flushes before the next one runs).
 */
export class DatabaseSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    return this.call(em, [
      RegionSeeder,
      CategorySeeder,
      OrganizationSeeder,
      StationSeeder,
      ServiceSeeder,
      CounsellorSeeder,
      ContactSeeder,
    ]);
  }
}
