import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type BaseRow,
  lazyCollection,
  lazyRef,
  localizedTextOf,
  plainRecord,
  recordsById,
  timestampAsText,
} from '../../common/plain-records';
import { uuidArray } from '../../common/sql-params';
import { readRows } from '../../db/read-rows';
import { isAnonymousRequest } from '../directory/visibility';
import { Organization } from '../organization/organization.entity';
import { Region } from '../region/region.entity';
import { ServiceStatus } from './service.enums';
import { Service } from './service.entity';

/**
 * The catalogue services of the services at stations a public read lists, as plain records (see
 * common/plain-records.ts): a list of 50 stations names about 300 services, and building their
 * entities (three localized texts, three collections each) was the largest cost left in such a
 * request.
 */
function servicesSql(
  condition: string,
  extraColumns = '',
  joins = '',
  columns = serviceColumns('s'),
): string {
  return `
select ${columns}${extraColumns}
from service s ${joins}
where (${condition})`;
}

/** The columns `serviceOf` reads, by name (the dates as text, like the entity's). */
const SERVICE_COLUMNS = [
  'id',
  'version',
  'name_fi',
  'name_sv',
  'name_en',
  'description_fi',
  'description_sv',
  'description_en',
  'organization_id',
  'sector',
  'target_groups',
  'min_age',
  'max_age',
  'languages',
  'cost_fi',
  'cost_sv',
  'cost_en',
  'free',
  'access_modes',
  'phone',
  'email',
  'website',
  'area',
  'region_id',
  'status',
  'source',
];

/**
 * SQL columns: a service row of `alias` as `serviceOf` reads it, each name after `prefix` (so that
 * a service can be read in the rows of another table, see station-deliveries.loader.ts); only the
 * columns `names` when given (SERVICE_NAME_COLUMNS).
 */
export function serviceColumns(alias: string, prefix = '', names = ALL_COLUMNS): string {
  return names.map((name) => `${columnValue(alias, name)} as ${prefix}${name}`).join(', ');
}

/** The SQL value of a column of `serviceColumns`: the dates as text, like the entity's. */
function columnValue(alias: string, name: string): string {
  if (name === 'last_verified') return `${alias}.last_verified::text`;
  if (name === 'created_at' || name === 'updated_at') return timestampAsText(`${alias}.${name}`);
  // As JSON, which `pg` parses natively: its own parser of text arrays went through them a
  // character at a time, and was about a tenth of what findHelp allocated.
  if (ARRAY_COLUMNS.includes(name)) return `to_json(${alias}.${name})`;
  return `${alias}.${name}`;
}

const ARRAY_COLUMNS = ['target_groups', 'languages', 'access_modes'];

const ALL_COLUMNS = [...SERVICE_COLUMNS, 'last_verified', 'created_at', 'updated_at'];

/**
 * The fields of a service an answer often asks for alone (a station's services by name), and the
 * columns that answer them: a record read with only these has no other field (see
 * station-deliveries.loader.ts, which reads them so when nothing else is asked).
 */
export const SERVICE_NAME_FIELDS = ['__typename', 'id', 'name'] as const;
export const SERVICE_NAME_COLUMNS = ['id', 'name_fi', 'name_sv', 'name_en'];

/**
 * The columns findHelp ranks a service on (who it serves, how it is reached, where), with its
 * names: enough when the answer asks nothing else of the services shown (SERVICE_NAME_FIELDS).
 */
export const SERVICE_RANKING_COLUMNS = [
  ...SERVICE_NAME_COLUMNS,
  'sector',
  'min_age',
  'max_age',
  'languages',
  'access_modes',
  'area',
];

const prefixedNames = new Map<string[], Map<string, string[]>>();

/** The names of the columns of `serviceColumns(alias, prefix, names)`, in their order. */
export function serviceColumnNames(prefix: string, names = ALL_COLUMNS): string[] {
  let ofNames = prefixedNames.get(names);
  if (!ofNames) {
    ofNames = new Map();
    prefixedNames.set(names, ofNames);
  }
  let prefixed = ofNames.get(prefix);
  if (!prefixed) {
    prefixed = names.map((name) => prefix + name);
    ofNames.set(prefix, prefixed);
  }
  return prefixed;
}

/** The plain record of a service read with `serviceColumns(alias, prefix, names)` in another row. */
export function serviceOfPrefixed(
  em: EntityManager,
  row: object,
  prefix: string,
  names = ALL_COLUMNS,
): Service {
  const columns = row as Record<string, unknown>;
  const values = serviceColumnNames(prefix, names).map((name) => columns[name]);
  return serviceOfValues(em, values, 0, names);
}

/**
 * The plain record of a service whose `serviceColumns` values (of the columns `names`) are the
 * `values` of a JSON array row from `offset` on (station-deliveries.loader.ts reads one station's
 * deliveries so).
 */
export function serviceOfValues(
  em: EntityManager,
  values: unknown[],
  offset: number,
  names = ALL_COLUMNS,
): Service {
  const own: Record<string, unknown> = {};
  for (let i = 0; i < names.length; i++) own[names[i]] = values[offset + i];
  return serviceOf(em, own as ServiceRow);
}

const BY_IDS = 's.id = any(?::uuid[])';
const PUBLIC_ONLY_SQL = `\n  and s.status = '${ServiceStatus.ACTIVE}'`;

type ServiceRow = BaseRow & Record<string, any>;

/** A catalogue service by id (null: none, or hidden from the public when nobody signed in). */
export const serviceRecord = recordsById(
  () => servicesSql(BY_IDS) + (isAnonymousRequest() ? PUBLIC_ONLY_SQL : ''),
  serviceOf,
);

/**
 * A catalogue service by id with only SERVICE_NAME_COLUMNS, for answers that ask nothing else of
 * it (a page of stations' services by name: some 300 services of 29 columns each otherwise). A
 * loader of its own, so that such a record never answers another field.
 */
export const serviceNameRecord = recordsById(
  () =>
    servicesSql(BY_IDS, '', '', serviceColumns('s', '', SERVICE_NAME_COLUMNS)) +
    (isAnonymousRequest() ? PUBLIC_ONLY_SQL : ''),
  serviceOf,
);

/**
 * The category ids of each service, a column only when findHelp's question has topics: without
 * them nothing ranks on categories, and aggregating them for a few hundred services was about half
 * of PostgreSQL's time for a findHelp (the json_agg of a join per service; the ids alone, a third
 * of that).
 */
const CATEGORY_IDS_SQL = `,
  array(select sc.service_category_id from service_categories sc where sc.service_id = s.id)
    as category_ids`;

const categoryIdsRead = new WeakMap<Service, string[]>();

/** The category ids read with a service by `publicServicesByIdOrArea(..., { categoryIds: true })`. */
export function categoryIdsOf(service: Service): string[] {
  const ids = categoryIdsRead.get(service);
  if (!ids) throw new Error(`the categories of service ${service.id} were not read with it`);
  return ids;
}

/**
 * findHelp's services in one statement: the public services of `ids` (those delivered at the
 * stations in scope) and those meeting `areaCondition` (serving the asker's area without a
 * station), as plain records, with their category ids (`categoryIdsOf`) when `categoryIds` is set:
 * findHelp ranks a few hundred of them on their categories and shows a few. One statement instead
 * of one for each set: every statement costs this process about half a millisecond of its own.
 *
 * `areaCondition` is the caller's SQL text on `s` (the service): only constants and `?`
 * placeholders, whose values are `areaParams`. `read.columns`: only those columns of the services
 * (SERVICE_RANKING_COLUMNS), all by default.
 */
export async function publicServicesByIdOrArea(
  em: EntityManager,
  ids: string[],
  areaCondition: string,
  areaParams: unknown[],
  read: { categoryIds: boolean; columns?: string[] },
): Promise<{ byId: Map<string, Service>; servingArea: Service[] }> {
  const sql = servicesSql(
    's.id = any(?::uuid[]) or area.serves',
    `${read.categoryIds ? CATEGORY_IDS_SQL : ''}, area.serves as serves_area`,
    `cross join lateral (select (${areaCondition}) as serves) area`,
    serviceColumns('s', '', read.columns),
  );
  // The lateral's placeholders come first in the text, then the ids (stored foreign keys).
  const rows = await readRows<ServiceRow>(em, sql + PUBLIC_ONLY_SQL, [
    ...areaParams,
    uuidArray(ids),
  ]);
  const byId = new Map<string, Service>();
  const servingArea: Service[] = [];
  for (const row of rows) {
    const service = serviceOf(em, row);
    if (read.categoryIds) categoryIdsRead.set(service, row.category_ids);
    byId.set(service.id, service);
    if (row.serves_area) servingArea.push(service);
  }
  return { byId, servingArea };
}

function serviceOf(em: EntityManager, row: ServiceRow): Service {
  return plainRecord(Service, row, {
    name: localizedTextOf(row.name_fi, row.name_sv, row.name_en),
    description: localizedTextOf(row.description_fi, row.description_sv, row.description_en),
    organization: lazyRef(em, Organization, row.organization_id),
    sector: row.sector,
    targetGroups: row.target_groups,
    minAge: row.min_age,
    maxAge: row.max_age,
    languages: row.languages,
    cost: localizedTextOf(row.cost_fi, row.cost_sv, row.cost_en),
    free: row.free,
    accessModes: row.access_modes,
    phone: row.phone,
    email: row.email,
    website: row.website,
    area: row.area,
    region: row.region_id ? lazyRef(em, Region, row.region_id) : null,
    status: row.status,
    lastVerified: row.last_verified,
    source: row.source,
    categories: lazyCollection(em, Service, row.id, 'categories'),
    municipalities: lazyCollection(em, Service, row.id, 'municipalities'),
    stations: lazyCollection(em, Service, row.id, 'stations'),
  });
}
