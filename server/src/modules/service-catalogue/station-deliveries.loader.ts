import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import {
  type BaseRow,
  lazyRef,
  loadedRef,
  localizedTextOf,
  plainRecord,
  timestampsAsText,
} from '../../common/plain-records';
import { uuidArray } from '../../common/sql-params';
import { readRows } from '../../db/read-rows';
import { isAnonymousRequest } from '../directory/visibility';
import { Schedule } from '../schedule/schedule.entity';
import { Station } from '../station/station.entity';
import { ServiceStatus } from './service.enums';
import { ServiceAtStation } from './service-at-station.entity';
import type { Service } from './service.entity';
import { serviceColumns, serviceOfPrefixed, serviceRecord } from './service-rows.loader';

/**
 * `Station.services` is the widest part of the public reads: 50 stations bring about a thousand
 * services at stations. Building a managed ORM entity for each of them (identity map, change-set
 * snapshot, reference wiring) cost more than everything else of such a request, measured with
 * `npm run bench`, and a read never changes them. So they are read with one SQL statement per
 * batch of stations into plain records of the same shape: the scalar fields, and references
 * (`service`, `station`, `schedule`) that the ORM's dataloader loads on demand like an entity's.
 * Writes still load real entities.
 */
const DELIVERY_COLUMNS = `d.id, d.version, d.active, ${timestampsAsText('d')},
  d.station_id, d.service_id, d.schedule_id, d.notes_fi, d.notes_sv, d.notes_en`;

const DELIVERIES_SQL = `
select ${DELIVERY_COLUMNS}
from service_at_station d
where d.station_id = any(?::uuid[])`;

/**
 * One station's deliveries with their catalogue services in the same rows (`station(id)`): one
 * statement instead of two. Only for one station: a list of 50 stations names each of some 300
 * services a few times, and its services are read once each in a statement of their own.
 */
const PREFIX = 'service__';
const ONE_STATION_SQL = `
select ${DELIVERY_COLUMNS}, ${serviceColumns('svc', PREFIX)}
from service_at_station d
join service svc on svc.id = d.service_id
where d.station_id = any(?::uuid[])`;
const ONE_STATION_PUBLIC_ONLY_SQL = `
  and d.active
  and svc.status = '${ServiceStatus.ACTIVE}'`;

/**
 * What the public may see (directory/visibility.ts says the same for ORM reads). The station's own
 * rule is not repeated: both callers pass stations they read under it (a visible station's
 * `services`, findHelp's active stations), and checking it again made PostgreSQL hash the whole
 * station table for every statement (about 1 ms at 1,000 stations, ten times that at 10,000).
 */
const PUBLIC_ONLY_SQL = `
  and d.active
  and exists (select 1 from service s where s.id = d.service_id and s.status = '${ServiceStatus.ACTIVE}')`;

export interface DeliveryRow extends BaseRow {
  active: boolean;
  station_id: string;
  service_id: string;
  schedule_id: string | null;
  notes_fi: string | null;
  notes_sv: string | null;
  notes_en: string | null;
}

const loaders = new WeakMap<EntityManager, DataLoader<string, ServiceAtStation[]>>();

/**
 * The services delivered at a station the request may see (those the public may see, when nobody
 * has signed in).
 */
export function deliveriesOfStation(
  em: EntityManager,
  stationId: string,
): Promise<ServiceAtStation[]> {
  let loader = loaders.get(em);
  if (!loader) {
    const anonymous = isAnonymousRequest();
    const order = '\norder by d.id';
    const sql = DELIVERIES_SQL + (anonymous ? PUBLIC_ONLY_SQL : '') + order;
    const oneStationSql = ONE_STATION_SQL + (anonymous ? ONE_STATION_PUBLIC_ONLY_SQL : '') + order;
    loader = new DataLoader(async (stationIds) => {
      const one = stationIds.length === 1;
      // Station ids come from loaded stations, never from user text.
      const rows = await readRows<DeliveryRow>(em, one ? oneStationSql : sql, [
        uuidArray(stationIds),
      ]);
      const byStation = new Map<string, ServiceAtStation[]>();
      for (const row of rows) {
        const list = byStation.get(row.station_id) ?? [];
        list.push(deliveryOf(em, row, one ? serviceInRow(row) : serviceRecordRef));
        byStation.set(row.station_id, list);
      }
      return stationIds.map((id) => byStation.get(id) ?? []);
    });
    loaders.set(em, loader);
  }
  return loader.load(stationId);
}

/** The service read in the delivery's own row (ONE_STATION_SQL). */
function serviceInRow(row: DeliveryRow) {
  return (em: EntityManager) => loadedRef(serviceOfPrefixed(em, row, PREFIX));
}

/**
 * The rows of the public deliveries at some active stations, optionally only of services in some
 * categories, for findHelp (which ranks hundreds of them and shows a few): it reads their services
 * together with others in one statement (service-rows.loader.ts) and then makes the records with
 * `deliveriesOf`.
 */
export async function publicDeliveryRowsAt(
  em: EntityManager,
  stationIds: string[],
  categoryIds: string[] | null,
): Promise<DeliveryRow[]> {
  if (!stationIds.length) return [];
  const params: string[] = [uuidArray(stationIds)];
  let sql = DELIVERIES_SQL + PUBLIC_ONLY_SQL;
  if (categoryIds) {
    sql += `
  and exists (select 1 from service_categories sc
    where sc.service_id = d.service_id and sc.service_category_id = any(?::uuid[]))`;
    params.push(uuidArray(categoryIds));
  }
  return readRows<DeliveryRow>(em, sql + '\norder by d.id', params);
}

/**
 * Plain records of delivery rows whose services are already read: `delivery.service.getEntity()`
 * gives the service's plain record on every delivery.
 */
export function deliveriesOf(
  em: EntityManager,
  rows: DeliveryRow[],
  services: Map<string, Service>,
): ServiceAtStation[] {
  // Every delivery's service is among them: the rows were read under the same public rule.
  return rows.map((row) => deliveryOf(em, row, (_em, id) => loadedRef(services.get(id)!)));
}

/** The service of a listed delivery: a plain record too, loaded when the field asks for it. */
function serviceRecordRef(em: EntityManager, id: string) {
  return { id, load: () => serviceRecord(em, id) };
}

function deliveryOf(
  em: EntityManager,
  row: DeliveryRow,
  serviceRef: (em: EntityManager, id: string) => unknown,
): ServiceAtStation {
  return plainRecord(ServiceAtStation, row, {
    active: row.active,
    notes: localizedTextOf(row.notes_fi, row.notes_sv, row.notes_en),
    station: lazyRef(em, Station, row.station_id),
    service: serviceRef(em, row.service_id),
    // Opening hours read the schedule by id (schedule-spec.loader.ts); only the rarely asked
    // `schedule` field needs the entity.
    schedule: row.schedule_id ? lazyRef(em, Schedule, row.schedule_id) : null,
  });
}
