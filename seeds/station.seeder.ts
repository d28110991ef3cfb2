import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Station } from '../server/src/modules/station/station.entity';
import { STATIONS } from './data/stations';
import { municipalityId, organizationId, regionId, seedId, stationId } from './ids';
import { createSchedule } from './schedule';
import { localized } from './text';

/**
 * Stations (seeds/data/stations.ts). Address, coordinates and phone are not in the documents, so
 * they stay null; opening hours only where the data gives illustrative ones.
 */
export class StationSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    for (const data of STATIONS) {
      em.create(Station, {
        id: stationId(data.key),
        name: localized(data.name),
        region: regionId(data.region),
        municipality: municipalityId(data.municipality),
        streetAddress: null,
        postalCode: null,
        postOffice: null,
        latitude: null,
        longitude: null,
        phone: null,
        accessibility: null,
        languages: data.languages,
        operatorKind: data.operatorKind,
        operator: organizationId(data.operator),
        active: data.active ?? true,
        source: data.source,
        schedule: data.hours
          ? createSchedule(em, seedId('station-schedule', data.key), data.hours)
          : null,
      });
    }
    await em.flush();
  }
}
