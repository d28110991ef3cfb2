import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import {
  type BaseRow,
  lazyRef,
  loadedRef,
  localizedTextOf,
  plainRecord,
  timestampAsText,
} from '../../common/plain-records';
import { uuidArray } from '../../common/sql-params';
import { readRows } from '../../db/read-rows';
import { isAnonymousRequest } from '../directory/visibility';
import { Schedule } from '../schedule/schedule.entity';
import {
  primeScheduleSpec,
  scheduleContentColumn,
  type SpecRow,
} from '../schedule/schedule-spec.loader';
import { Station } from '../station/station.entity';
import { ServiceStatus } from './service.enums';
import { ServiceAtStation } from './service-at-station.entity';
import type { Service } from './service.entity';
import {
  serviceColumnNames,
  serviceColumns,
  serviceOfPrefixed,
  serviceOfValues,
  serviceNameRecord,
  serviceRecord,
  SERVICE_NAME_COLUMNS,
} from './service-rows.loader';

/**
 * `Station.services` is the widest part of the public reads: 50 stations bring about a thousand
 * services at stations. Building a managed ORM entity for each of them (identity map, change-set
 * snapshot, reference wiring) cost more than everything else of such a request, measured with
 * `npm run bench`, and a read never changes them. So they are read with one SQL statement per
 * batch of stations into plain records of the same shape: the scalar fields, and references
 * (`service`, `station`, `schedule`) that the ORM's dataloader loads on demand like an entity's.
 * Writes still load real entities.
 */
const DELIVERY_COLUMN_NAMES = [
  'id',
  'version',
  'active',
  'station_id',
  'service_id',
  'schedule_id',
  'notes_fi',
  'notes_sv',
  'notes_en',
  'created_at',
  'updated_at',
];
/**
 * The columns of a delivery an answer needs when it asks nothing but DELIVERY_SLIM_FIELDS of it
 * (`DeliveriesAsked.slimDeliveries`): not its version, state or timestamps, whose text PostgreSQL
 * makes for every row (about half of its time for a page's thousand deliveries without hours).
 */
const SLIM_DELIVERY_COLUMN_NAMES = DELIVERY_COLUMN_NAMES.filter(
  (name) => !['version', 'active', 'created_at', 'updated_at'].includes(name),
);
export const DELIVERY_SLIM_FIELDS = [
  '__typename',
  'id',
  'notes',
  'station',
  'service',
  'schedule',
  'hoursSummary',
  'openingHours',
  'isOpen',
  'nextOpening',
] as const;

/** The names of the delivery columns read for `asked`, in their order. */
function deliveryColumnNames(asked: { slimDeliveries?: boolean }): string[] {
  return asked.slimDeliveries ? SLIM_DELIVERY_COLUMN_NAMES : DELIVERY_COLUMN_NAMES;
}

/** SQL columns of a delivery row of `d`, by name (the timestamps as text). */
function deliveryColumns(asked: { slimDeliveries?: boolean }): string {
  return deliveryColumnNames(asked)
    .map((name) =>
      name.endsWith('_at') ? `${timestampAsText(`d.${name}`)} as ${name}` : `d.${name}`,
    )
    .join(', ');
}

/** A delivery's row from the values of a JSON array row, in the order of `names`. */
function deliveryRowOf(values: unknown[], names: string[]): DeliveryRow {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < names.length; i++) row[names[i]] = values[i];
  return row as unknown as DeliveryRow;
}

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

/** What an answer asks of a station's deliveries besides their own fields. */
export interface DeliveriesAsked {
  /** Their catalogue services. */
  services: boolean;
  /**
   * Of their catalogue services nothing but SERVICE_NAME_FIELDS (a station's services by name):
   * they are then read with the four columns of those fields instead of all 29 (`station(id)`:
   * server CPU 0.90x, PostgreSQL's 0.82x, measured with `--compare`).
   */
  serviceNamesOnly?: boolean;
  /** Their hours (schedule.spec.ts: HOURS_FIELDS). */
  hours: boolean;
  /** Of the deliveries themselves nothing but DELIVERY_SLIM_FIELDS. */
  slimDeliveries?: boolean;
}

/**
 * One station's deliveries with their catalogue services in the same rows (`station(id)`): one
 * statement instead of two. Only for one station: a page of 50 stations names each of some 300
 * services a few times, and its services are read once each in a statement of their own.
 */
const PREFIX = 'service__';
const SERVICE_JOIN = 'join service svc on svc.id = d.service_id';
const JOINED_PUBLIC_ONLY_SQL = `
  and d.active
  and svc.status = '${ServiceStatus.ACTIVE}'`;
/** A delivery's own hours, read with it: its hours fields need no statement of their own. */
const SCHEDULE_COLUMN = scheduleContentColumn('d.schedule_id', 'schedule_content');

/** `DeliveriesAsked` as a key: one loader or reader per combination. */
export function askedKey(asked: DeliveriesAsked): string {
  return `${asked.services}|${asked.hours}|${!!asked.serviceNamesOnly}|${!!asked.slimDeliveries}`;
}

/** The service columns read with one station's deliveries: all unless only names are asked. */
function serviceColumnsAsked(asked: DeliveriesAsked): string[] | undefined {
  return asked.serviceNamesOnly ? SERVICE_NAME_COLUMNS : undefined;
}

interface DeliveriesSqlOptions {
  /** Services joined in the same rows: only when one station is read. */
  oneStation: boolean;
  /** Which stations: by default those of the statement's parameter (an array of ids). */
  ofStations?: string;
  /** Ordered by id: by default; a JSON column orders in its aggregate instead. */
  ordered?: boolean;
}

function stationDeliveriesSql(
  asked: DeliveriesAsked,
  {
    oneStation,
    ofStations = 'd.station_id = any(?::uuid[])',
    ordered = true,
  }: DeliveriesSqlOptions,
): string {
  const joined = asked.services && oneStation;
  const columns = [
    deliveryColumns(asked),
    ...(joined ? [serviceColumns('svc', PREFIX, serviceColumnsAsked(asked))] : []),
    ...(asked.hours ? [SCHEDULE_COLUMN] : []),
  ];
  const visible = isAnonymousRequest() ? (joined ? JOINED_PUBLIC_ONLY_SQL : PUBLIC_ONLY_SQL) : '';
  return `
select ${columns.join(', ')}
from service_at_station d ${joined ? SERVICE_JOIN : ''}
where ${ofStations}${visible}${ordered ? '\norder by d.id' : ''}`;
}

/**
 * An SQL column of a statement that reads one station (`station(id)`): the rows of its
 * deliveries that `asked` needs, as a JSON array, to be handed to `primeDeliveriesOfStation`.
 * The station and its services in one statement instead of two (about a tenth of the server's
 * CPU of such a request, and PostgreSQL's about the same as for the two statements).
 */
export function stationDeliveriesColumn(
  asked: DeliveriesAsked,
  stationIdColumn: string,
  name: string,
): string {
  const rows = stationDeliveriesSql(asked, {
    oneStation: true,
    ofStations: `d.station_id = ${stationIdColumn}`,
    ordered: false,
  });
  // Each row an array of its values, not an object: the forty column names repeated in every
  // row were half of the text PostgreSQL built and this process parsed (30 KB for 20 services).
  const values = jsonColumnNames(asked).map((column) => `x.${column}`);
  return `(select coalesce(json_agg(json_build_array(${values.join(', ')}) order by x.id), '[]')
  from (${rows}) x) as ${name}`;
}

/** The columns of the JSON column's rows (`stationDeliveriesColumn`), in their order. */
function jsonColumnNames(asked: DeliveriesAsked): string[] {
  const key = askedKey(asked);
  let names = jsonColumns.get(key);
  if (!names) {
    names = [
      ...deliveryColumnNames(asked),
      ...(asked.services ? serviceColumnNames(PREFIX, serviceColumnsAsked(asked)) : []),
      ...(asked.hours ? ['schedule_content'] : []),
    ];
    jsonColumns.set(key, names);
  }
  return names;
}
const jsonColumns = new Map<string, string[]>();

/**
 * The deliveries of one station read with it (`stationDeliveriesColumn`): kept as the answer of
 * the request's deliveries loader for that station, so that its `services` field reads nothing.
 */
export function primeDeliveriesOfStation(
  em: EntityManager,
  stationId: string,
  asked: DeliveriesAsked,
  valueRows: unknown[][],
): void {
  const last = jsonColumnNames(asked).length - 1;
  const names = deliveryColumnNames(asked);
  const serviceAt = names.length;
  // Only the delivery's own values (and its hours) become a row: its service is made straight
  // from the values after them, not from a row of forty prefixed names copied again.
  const rows = valueRows.map((values) => {
    const row: ScheduledDeliveryRow = deliveryRowOf(values, names);
    if (asked.hours) row.schedule_content = values[last] as SpecRow | null;
    return row;
  });
  const deliveries = oneStationDeliveries(em, asked, rows, (_row, i) =>
    serviceOfValues(em, valueRows[i], serviceAt, serviceColumnsAsked(asked)),
  );
  loaderOf(em, asked).prime(stationId, deliveries);
}

type DeliveriesLoader = DataLoader<string, ServiceAtStation[]>;
/** Per EntityManager (per request, or per transaction) and per what is asked. */
const loaders = new WeakMap<EntityManager, Map<string, DeliveriesLoader>>();

/**
 * The services delivered at a station the request may see (those the public may see, when nobody
 * has signed in), with what the answer asks of them read before they are given, so that their
 * `service` and hours fields are values: a page of 50 stations otherwise made some 10,000 promises
 * for their services and 4,000 for their hours. The services: one station's in the same rows, a
 * page of stations' in one more statement for all of them. The hours: in the same rows.
 */
export function deliveriesOfStation(
  em: EntityManager,
  stationId: string,
  asked: DeliveriesAsked = { services: false, hours: false },
): Promise<ServiceAtStation[]> {
  return loaderOf(em, asked).load(stationId);
}

function loaderOf(em: EntityManager, asked: DeliveriesAsked): DeliveriesLoader {
  let ofEm = loaders.get(em);
  if (!ofEm) {
    ofEm = new Map();
    loaders.set(em, ofEm);
  }
  const key = askedKey(asked);
  let loader = ofEm.get(key);
  if (!loader) {
    loader = deliveriesLoader(em, asked);
    ofEm.set(key, loader);
  }
  return loader;
}

/** A delivery's row, with its schedule's content when its hours were asked. */
export type ScheduledDeliveryRow = DeliveryRow & { schedule_content?: SpecRow | null };

function deliveriesLoader(em: EntityManager, asked: DeliveriesAsked): DeliveriesLoader {
  const sql = stationDeliveriesSql(asked, { oneStation: false });
  const oneStationSql = stationDeliveriesSql(asked, { oneStation: true });
  return new DataLoader(async (stationIds) => {
    // Station ids come from loaded stations, never from user text.
    const ids = [uuidArray(stationIds)];
    if (asked.services && stationIds.length === 1) {
      const rows = await readRows<ScheduledDeliveryRow>(em, oneStationSql, ids);
      return [
        oneStationDeliveries(em, asked, rows, (row) =>
          serviceOfPrefixed(em, row, PREFIX, serviceColumnsAsked(asked)),
        ),
      ];
    }
    const rows = await readRows<ScheduledDeliveryRow>(em, sql, ids);
    const serviceRef = asked.services
      ? await readServicesOf(em, rows, asked.serviceNamesOnly ? serviceNameRecord : serviceRecord)
      : (row: DeliveryRow) => serviceRecordRef(em, row.service_id);
    const byStation = new Map<string, ServiceAtStation[]>();
    for (const row of rows) {
      if (asked.hours) primeScheduleSpec(em, row.schedule_content);
      const list = byStation.get(row.station_id) ?? [];
      list.push(deliveryOf(em, row, serviceRef(row)));
      byStation.set(row.station_id, list);
    }
    return stationIds.map((id) => byStation.get(id) ?? []);
  });
}

/**
 * Records of one station's delivery rows read with their services (and hours when asked);
 * `serviceOf` makes the i-th row's service from what was read with it.
 */
function oneStationDeliveries(
  em: EntityManager,
  asked: DeliveriesAsked,
  rows: ScheduledDeliveryRow[],
  serviceOf: (row: ScheduledDeliveryRow, i: number) => Service,
): ServiceAtStation[] {
  return rows.map((row, i) => {
    if (asked.hours) primeScheduleSpec(em, row.schedule_content);
    const service = asked.services
      ? loadedRef(serviceOf(row, i))
      : serviceRecordRef(em, row.service_id);
    return deliveryOf(em, row, service);
  });
}

/**
 * The services of the rows read at once (one statement) by `read` (all their columns, or only their
 * names' when nothing else is asked): a row's service reference, loaded.
 */
async function readServicesOf(em: EntityManager, rows: DeliveryRow[], read: typeof serviceRecord) {
  const ids = [...new Set(rows.map((row) => row.service_id))];
  const services = await Promise.all(ids.map((id) => read(em, id)));
  const byId = new Map(ids.map((id, i) => [id, services[i]]));
  return (row: DeliveryRow) => {
    const service = byId.get(row.service_id);
    // Hidden since the deliveries were read: resolved (as null) like any reference.
    return service ? loadedRef(service) : serviceRecordRef(em, row.service_id);
  };
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
  asked: { slimDeliveries?: boolean } = {},
): Promise<DeliveryRow[]> {
  if (!stationIds.length) return [];
  const params: string[] = [uuidArray(stationIds)];
  let sql = `
select ${deliveryColumns(asked)}
from service_at_station d
where d.station_id = any(?::uuid[])${PUBLIC_ONLY_SQL}`;
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
  return rows.map((row) => deliveryOf(em, row, loadedRef(services.get(row.service_id)!)));
}

/** The service of a listed delivery: a plain record too, loaded when the field asks for it. */
function serviceRecordRef(em: EntityManager, id: string) {
  return { id, load: () => serviceRecord(em, id) };
}

function deliveryOf(em: EntityManager, row: DeliveryRow, service: unknown): ServiceAtStation {
  return plainRecord(ServiceAtStation, row, {
    active: row.active,
    notes: localizedTextOf(row.notes_fi, row.notes_sv, row.notes_en),
    station: lazyRef(em, Station, row.station_id),
    service,
    // Opening hours read the schedule by id (schedule-spec.loader.ts); only the rarely asked
    // `schedule` field needs the entity.
    schedule: row.schedule_id ? lazyRef(em, Schedule, row.schedule_id) : null,
  });
}
