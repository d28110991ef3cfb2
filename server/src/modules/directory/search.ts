import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { Service } from '../service-catalogue/service.entity';
import { ServiceArea, ServiceStatus } from '../service-catalogue/service.enums';
import type { ServiceFilter } from '../service-catalogue/service.inputs';
import type { Station } from '../station/station.entity';
import type { StationFilter } from '../station/station.inputs';
import {
  type NearInput,
  serviceDeliveredWithin,
  serviceDistanceOrder,
  stationDistanceOrder,
  stationWithin,
} from './geo';
import { SERVICE_SEARCH, STATION_SEARCH, textSearchCondition } from './text-search';

/**
 * The search filters of the public directory for stations and services, as MikroORM conditions.
 * The services' `where()` add these to their own; `openAt` needs the opening-hours engine and is
 * resolved to ids before the query (see open-at.ts).
 */

/** A topic or any of its direct subtopics (the taxonomy has two levels). */
export function inCategories(codes: string[]) {
  return { $or: [{ code: { $in: codes } }, { parent: { code: { $in: codes } } }] };
}

/** minAge..maxAge (either may be open) contains the age. */
export function servesAge(age: number) {
  return {
    $and: [
      { $or: [{ minAge: null }, { minAge: { $lte: age } }] },
      { $or: [{ maxAge: null }, { maxAge: { $gte: age } }] },
    ],
  };
}

/** Conditions on the service itself shared by both lists: topic, target group, age. */
function serviceConditions(filter: {
  categoryCodes?: string[];
  targetGroups?: string[];
  age?: number;
}): object[] {
  const conditions: object[] = [];
  if (filter.categoryCodes) {
    conditions.push({ categories: { $some: inCategories(filter.categoryCodes) } });
  }
  if (filter.targetGroups) conditions.push({ targetGroups: { $overlap: filter.targetGroups } });
  if (filter.age != null) conditions.push(servesAge(filter.age));
  return conditions;
}

export function stationSearchConditions(filter: StationFilter): FilterQuery<Station>[] {
  const conditions: FilterQuery<Station>[] = [];
  if (filter.search?.trim()) conditions.push(textSearchCondition(STATION_SEARCH, filter.search));
  if (filter.languages) conditions.push({ languages: { $overlap: filter.languages } });
  const offered = serviceConditions(filter);
  if (offered.length) {
    // One delivered service must satisfy the topic, target group and age together.
    conditions.push({
      services: {
        $some: {
          active: true,
          service: { $and: [{ status: ServiceStatus.ACTIVE }, ...offered] },
        },
      },
    } as FilterQuery<Station>);
  }
  if (filter.near) conditions.push(stationWithin(filter.near));
  return conditions;
}

export function serviceSearchConditions(filter: ServiceFilter): FilterQuery<Service>[] {
  const conditions: FilterQuery<Service>[] = [];
  if (filter.search?.trim()) conditions.push(textSearchCondition(SERVICE_SEARCH, filter.search));
  const { categoryCodes: _handledByTheService, ...rest } = filter;
  conditions.push(...(serviceConditions(rest) as FilterQuery<Service>[]));
  if (filter.servesMunicipalityCode) {
    conditions.push(servesMunicipality(filter.servesMunicipalityCode));
  }
  if (filter.near) conditions.push(serviceDeliveredWithin(filter.near));
  return conditions;
}

/** National, the municipality's region's, listing the municipality, or delivered at a station in it. */
export function servesMunicipality(code: string): FilterQuery<Service> {
  return {
    $or: [
      { area: ServiceArea.NATIONAL },
      { area: ServiceArea.REGION, region: { municipalities: { $some: { code } } } },
      { area: ServiceArea.MUNICIPALITIES, municipalities: { $some: { code } } },
      {
        stations: {
          $some: { active: true, station: { active: true, municipality: { code } } },
        },
      },
    ],
  } as FilterQuery<Service>;
}

/** Nearest first when the filter has a point; otherwise the sort alone. */
export function nearestFirst<T>(
  near: NearInput | null | undefined,
  kind: 'station' | 'service',
  order: QueryOrderMap<T>,
): QueryOrderMap<T> {
  if (!near) return order;
  const key = kind === 'station' ? stationDistanceOrder(near) : serviceDistanceOrder(near);
  return { [key]: 'asc', ...order } as QueryOrderMap<T>;
}
