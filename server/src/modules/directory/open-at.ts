import type { EntityManager } from '@mikro-orm/postgresql';
import { BaseFilter } from '../../common/filter';
import { isOpen, type ScheduleSpec } from '../schedule/engine';
import { loadScheduleSpec } from '../schedule/schedule.spec';
import { ServiceAtStation } from '../service-catalogue/service-at-station.entity';
import { Station } from '../station/station.entity';

/**
 * "Open at a given time" needs the opening-hours engine (rules every N weeks, holidays,
 * exceptions), which SQL cannot evaluate. So the filter is resolved before the list query: the
 * candidates with hours are loaded with their schedules (a fixed number of queries, batched by the
 * dataloader), the engine picks those open at the instant, and the list is narrowed to their ids.
 */

/** Ids of the stations open at `at` by their own hours. */
export async function stationsOpenAt(em: EntityManager, at: Date): Promise<string[]> {
  const stations = await em.find(Station, { active: true, schedule: { $ne: null } });
  const specs = await Promise.all(stations.map((station) => loadScheduleSpec(em, station)));
  return stations.filter((_station, i) => openAt(specs[i], at)).map((station) => station.id);
}

/**
 * Ids of the services delivered (actively, at an active station) where they are open at `at`: by
 * the delivery's own hours, or the station's when the delivery has none.
 */
export async function servicesOpenAt(em: EntityManager, at: Date): Promise<string[]> {
  const deliveries = await em.find(
    ServiceAtStation,
    { active: true, station: { active: true } },
    { populate: ['station'] },
  );
  const specs = await Promise.all(deliveries.map((delivery) => deliverySpec(em, delivery)));
  const open = deliveries.filter((_delivery, i) => openAt(specs[i], at));
  return [...new Set(open.map((delivery) => delivery.service.id))];
}

/** A delivery's hours: its own, else its station's; null when neither has any. */
export async function deliverySpec(
  em: EntityManager,
  delivery: ServiceAtStation,
): Promise<ScheduleSpec | null> {
  const [own, station] = await Promise.all([
    loadScheduleSpec(em, delivery),
    loadScheduleSpec(em, delivery.station.getEntity()),
  ]);
  return own ?? station;
}

function openAt(spec: ScheduleSpec | null, at: Date): boolean {
  return !!spec && isOpen(spec, at);
}

/** The filter narrowed to the given ids (and to the ids it already asked for, if any). */
export function narrowedTo<F extends BaseFilter>(filter: F, ids: string[]): F {
  const allowed = filter.ids ? ids.filter((id) => filter.ids!.includes(id)) : ids;
  return Object.assign(Object.create(Object.getPrototypeOf(filter)), filter, { ids: allowed });
}
