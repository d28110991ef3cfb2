import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { LanguageStatus, Municipality } from '../server/src/modules/region/municipality.entity';
import { Region } from '../server/src/modules/region/region.entity';
import data from './data/welfare-regions.json';
import { municipalityId, regionId } from './ids';

/**
 * All 22 welfare regions (incl. Helsinki) and their 293 municipalities, from the reference data
 * (seeds/data/welfare-regions.json, itself from the Posti postal-code data).
 */
export class RegionSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    for (const entry of data.regions) {
      const region = em.create(Region, {
        id: regionId(entry.code),
        code: entry.code,
        name: { fi: entry.name.fi, sv: entry.name.sv, en: entry.name.en },
      });
      for (const m of entry.municipalities) {
        em.create(Municipality, {
          id: municipalityId(m.code),
          code: m.code,
          name: { fi: m.name.fi, sv: m.name.sv ?? null, en: null },
          language: m.language as LanguageStatus,
          region,
        });
      }
    }
    await em.flush();
  }
}
