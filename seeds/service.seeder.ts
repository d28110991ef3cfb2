import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { ServiceAtStation } from '../server/src/modules/service-catalogue/service-at-station.entity';
import { Service } from '../server/src/modules/service-catalogue/service.entity';
import { ServiceStatus } from '../server/src/modules/service-catalogue/service.enums';
import { SERVICES } from './data/services';
import {
  categoryId,
  organizationId,
  regionId,
  serviceAtStationId,
  serviceId,
  stationId,
} from './ids';
import { localized, localizedOrNull } from './text';

/** Catalogue services (seeds/data/services.ts) and where each is delivered. */
export class ServiceSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    for (const data of SERVICES) {
      const service = em.create(Service, {
        id: serviceId(data.key),
        name: localized(data.name),
        description: localized(data.description),
        organization: organizationId(data.organization),
        sector: data.sector,
        categories: data.categories.map(categoryId),
        targetGroups: data.targetGroups,
        minAge: data.minAge ?? null,
        maxAge: data.maxAge ?? null,
        languages: data.languages,
        cost: localizedOrNull(data.cost),
        free: data.free,
        accessModes: data.accessModes,
        phone: null,
        email: null,
        website: null,
        area: data.area,
        region: regionId(data.region),
        status: ServiceStatus.ACTIVE,
        lastVerified: null,
        source: data.source,
      });
      for (const at of data.stations) {
        em.create(ServiceAtStation, {
          id: serviceAtStationId(data.key, at.station),
          service,
          station: stationId(at.station),
          notes: localizedOrNull(at.notes),
          schedule: null,
        });
      }
    }
    await em.flush();
  }
}
