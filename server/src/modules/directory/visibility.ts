import type { Dictionary, FilterQuery } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { requestContext } from '../../common/request-context';
import { Counsellor } from '../counsellor/counsellor.entity';
import { Reception } from '../counsellor/reception.entity';
import { ServiceAtStation } from '../service-catalogue/service-at-station.entity';
import { ServiceStatus } from '../service-catalogue/service.enums';
import { Service } from '../service-catalogue/service.entity';
import { Station } from '../station/station.entity';

/**
 * What the public may see. A record missing here is hidden from anonymous requests on every path
 * (lists, by id, nested fields, findHelp), and a record that points at something hidden (a
 * reception at an inactive station, a draft service's delivery) is hidden with it, so that no
 * non-null field of a visible record ever leads to a hidden one.
 */
export const PUBLIC_ONLY = {
  Station: { active: true } as FilterQuery<Station>,
  Service: { status: ServiceStatus.ACTIVE } as FilterQuery<Service>,
  ServiceAtStation: {
    active: true,
    station: { active: true },
    service: { status: ServiceStatus.ACTIVE },
  } as FilterQuery<ServiceAtStation>,
  Counsellor: { active: true } as FilterQuery<Counsellor>,
  Reception: {
    active: true,
    station: { active: true },
    counsellor: { active: true },
  } as FilterQuery<Reception>,
};

export const VISIBILITY_FILTER_PREFIX = 'public-only';

/**
 * True inside a GraphQL request nobody has signed in to. Outside requests (migrations, seeders,
 * scripts) there is no request store, and nothing is hidden.
 */
export function isAnonymousRequest(): boolean {
  const store = requestContext.getStore();
  return !!store && !store.user;
}

/**
 * Registers the visibility rules as MikroORM filters on the root EntityManager, so every fork (one
 * per request) applies them to every read: `em.find`, `em.findOne`, `em.count`, collection and
 * reference loading through the dataloader. Signed-in users see everything.
 */
export function registerVisibilityFilters(orm: MikroORM): void {
  const entities = { Station, Service, ServiceAtStation, Counsellor, Reception };
  for (const [name, entity] of Object.entries(entities)) {
    const condition = PUBLIC_ONLY[name as keyof typeof PUBLIC_ONLY];
    orm.em.addFilter(
      `${VISIBILITY_FILTER_PREFIX}-${name}`,
      // A fresh copy each time: the ORM may normalise the condition it is given in place.
      (_args: Dictionary, type: string) =>
        type === 'read' && isAnonymousRequest() ? structuredClone(condition) : {},
      entity,
      { default: true, args: false },
    );
  }
}
