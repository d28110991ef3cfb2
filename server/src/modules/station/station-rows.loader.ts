import { raw, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager, QBFilterQuery } from '@mikro-orm/postgresql';
import {
  type BaseRow,
  lazyCollection,
  lazyRef,
  loadedRef,
  localizedTextOf,
  plainRecord,
  recordsById,
  timestampsAsText,
} from '../../common/plain-records';
import { readRows } from '../../db/read-rows';
import { isAnonymousRequest } from '../directory/visibility';
import { Municipality } from '../region/municipality.entity';
import { Region } from '../region/region.entity';
import {
  municipalityOf,
  regionOf,
  type MunicipalityRow,
  type RegionRow,
} from '../region/region-rows';
import { Organization } from '../organization/organization.entity';
import { Schedule } from '../schedule/schedule.entity';
import {
  primeScheduleSpec,
  scheduleContentColumn,
  type SpecRow,
} from '../schedule/schedule-spec.loader';
import {
  askedKey,
  primeDeliveriesOfStation,
  stationDeliveriesColumn,
  type DeliveriesAsked,
} from '../service-catalogue/station-deliveries.loader';
import { Station } from './station.entity';

/**
 * Stations as plain records (common/plain-records.ts) for the reads that ask for them by id, by
 * place or by page: `station(id)`, findHelp's stations near a point and the `stations` list.
 * Building a managed entity and applying the ORM's visibility filters cost about half of the CPU
 * of a `station(id)` request (measured with `npm run bench`). Writes still use the entities.
 */
function stationsSql(condition: string, extraColumns = ''): string {
  return `
select st.*, ${timestampsAsText('st')}${extraColumns}
from station st
where (${condition})`;
}

/** The station's own hours, read with it: its opening hours need no statement of their own. */
const SCHEDULE_COLUMN = scheduleContentColumn('st.schedule_id', 'schedule_content');

/** What the public may see (directory/visibility.ts says the same for ORM reads). */
const PUBLIC_ONLY_SQL = '\n  and st.active';

type StationRow = BaseRow & Record<string, any> & { schedule_content?: SpecRow | null };

/** A station by id (null: none, or hidden from the public when nobody has signed in). */
export const stationRecord = recordsById(
  () =>
    stationsSql('st.id = any(?::uuid[])', `, ${SCHEDULE_COLUMN}`) +
    (isAnonymousRequest() ? PUBLIC_ONLY_SQL : ''),
  stationWithHoursOf,
);

/**
 * A station by id with the services at it that the answer asks for (and what it asks of them), in
 * the station's statement: `station(id) { services { ... } }` is one statement.
 */
export function stationRecordWithDeliveries(
  em: EntityManager,
  id: string,
  asked: DeliveriesAsked,
): Promise<Station | null> {
  const key = askedKey(asked);
  let read = withDeliveries.get(key);
  if (!read) {
    read = recordsById(
      () =>
        stationsSql(
          'st.id = any(?::uuid[])',
          `, ${SCHEDULE_COLUMN}, ${stationDeliveriesColumn(asked, 'st.id', 'deliveries')}`,
        ) + (isAnonymousRequest() ? PUBLIC_ONLY_SQL : ''),
      (em: EntityManager, row: StationRow & { deliveries: unknown[][] }) => {
        primeDeliveriesOfStation(em, row.id, asked, row.deliveries);
        return stationWithHoursOf(em, row);
      },
    );
    withDeliveries.set(key, read);
  }
  return read(em, id);
}

/** One reader per combination of what is asked of the services (at most four). */
const withDeliveries = new Map<
  string,
  (em: EntityManager, id: string) => Promise<Station | null>
>();

/**
 * A page of a list of stations as plain records, with their region and municipality read in the
 * same statement (also plain records). The ORM builds the statement from the list's condition and
 * order, with its visibility filters, as `em.find` would; only the entities are not built: about
 * a sixth of the server's CPU for a page of 50 stations with their services and hours (measured on
 * the benchmark's dataset).
 */
export async function stationPage(
  em: EntityManager,
  where: FilterQuery<Station>,
  orderBy: QueryOrderMap<Station>[],
  offset: number,
  limit: number,
): Promise<Station[]> {
  const qb = em
    .createQueryBuilder(Station, 'st')
    .select([
      raw('st.*'),
      raw(timestampsAsText('st')),
      raw('to_jsonb(r) as region_row'),
      raw('to_jsonb(m) as municipality_row'),
      raw(SCHEDULE_COLUMN),
    ])
    .join('st.region', 'r')
    .join('st.municipality', 'm')
    .where(where as QBFilterQuery<Station>)
    .orderBy(orderBy)
    .offset(offset)
    .limit(limit);
  await qb.applyFilters();
  type Row = StationRow & { region_row: RegionRow; municipality_row: MunicipalityRow };
  const rows = await qb.execute<Row[]>('all', false);
  // One record per region and municipality of the page, as the ORM's identity map would give.
  const regions = new Map<string, { id: string }>();
  const municipalities = new Map<string, { id: string }>();
  const once = (known: Map<string, { id: string }>, id: string, make: () => { id: string }) =>
    known.get(id) ?? known.set(id, make()).get(id)!;
  return rows.map((row) => {
    const region = once(regions, row.region_id, () => loadedRef(regionOf(em, row.region_row)));
    const municipality = once(municipalities, row.municipality_id, () =>
      loadedRef(municipalityOf(em, row.municipality_row)),
    );
    primeScheduleSpec(em, row.schedule_content);
    return stationOf(em, row, region, municipality);
  });
}

/**
 * The active stations that meet an SQL condition on `st` (the station), in one statement, each
 * with the row it was read from (which has the caller's `extraColumns` too). The condition and
 * the columns are the caller's SQL text: only constants and `?` placeholders, whose values are
 * `params`.
 */
export async function activeStationsMatching<Extra extends object>(
  em: EntityManager,
  condition: string,
  params: unknown[],
  extraColumns = '',
): Promise<{ station: Station; row: Extra }[]> {
  const sql = stationsSql(condition, extraColumns) + PUBLIC_ONLY_SQL;
  const rows = await readRows<StationRow & Extra>(em, sql, params);
  return rows.map((row) => ({ station: stationOf(em, row), row }));
}

function stationWithHoursOf(em: EntityManager, row: StationRow): Station {
  primeScheduleSpec(em, row.schedule_content);
  return stationOf(em, row);
}

function stationOf(
  em: EntityManager,
  row: StationRow,
  region: { id: string } = lazyRef(em, Region, row.region_id),
  municipality: { id: string } = lazyRef(em, Municipality, row.municipality_id),
): Station {
  return plainRecord(Station, row, {
    name: localizedTextOf(row.name_fi, row.name_sv, row.name_en),
    region,
    municipality,
    streetAddress: row.street_address,
    postalCode: row.postal_code,
    postOffice: row.post_office,
    latitude: row.latitude,
    longitude: row.longitude,
    phone: row.phone,
    accessibility: localizedTextOf(
      row.accessibility_fi,
      row.accessibility_sv,
      row.accessibility_en,
    ),
    languages: row.languages,
    operatorKind: row.operator_kind,
    operator: row.operator_id ? lazyRef(em, Organization, row.operator_id) : null,
    active: row.active,
    source: row.source,
    schedule: row.schedule_id ? lazyRef(em, Schedule, row.schedule_id) : null,
    services: lazyCollection(em, Station, row.id, 'services'),
    receptions: lazyCollection(em, Station, row.id, 'receptions'),
  });
}
