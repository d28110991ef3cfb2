import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';

/**
 * The floor each case is measured against: the same answer produced by ONE hand-written SQL
 * statement per request, PostgreSQL building the whole JSON response (json_build_object and
 * json_agg), served by a bare node:http server through `pg` with the pool size of the ORM.
 *
 * Opening hours are the exception: the engine's rules (every N weeks, holidays, exceptions) do not
 * fit in SQL, so where a case asks for hours or hours summaries the baseline returns the raw
 * schedule (rules and exceptions) as JSON instead, which is less work than the real answer.
 */

/** Raw schedule of the row `owner` (its rules and exceptions), or null. */
const schedule = (owner: string) => `(
  select json_build_object(
    'alwaysOpen', sc.always_open,
    'holidayPolicy', sc.holiday_policy,
    'rules', coalesce((
      select json_agg(json_build_object(
        'weekdays', ru.weekdays, 'opens', ru.opens, 'closes', ru.closes,
        'overMidnight', ru.over_midnight, 'interval', ru.interval, 'anchorDate', ru.anchor_date,
        'nthOfMonth', ru.nth_of_month, 'validFrom', ru.valid_from, 'validTo', ru.valid_to
      ) order by ru.position)
      from schedule_rule ru where ru.schedule_id = sc.id), '[]'::json),
    'exceptions', coalesce((
      select json_agg(json_build_object(
        'startDate', e.start_date, 'endDate', e.end_date, 'closed', e.closed, 'opens', e.opens,
        'closes', e.closes, 'overMidnight', e.over_midnight, 'reason', e.reason_fi
      ) order by e.start_date)
      from schedule_exception e where e.schedule_id = sc.id), '[]'::json))
  from schedule sc where sc.id = ${owner}.schedule_id)`;

/** A nullable localized text: null when every language is null, as the API answers. */
const localized = (prefix: string, languages: string[]) =>
  `case when ${prefix}_fi is null and ${prefix}_sv is null and ${prefix}_en is null then null` +
  ` else json_build_object(${languages.map((l) => `'${l}', ${prefix}_${l}`).join(', ')}) end`;

/** Public deliveries of station `s` (active, of an active service). */
const deliveries = (select: string) => `coalesce((
  select json_agg(${select} order by d.id)
  from service_at_station d join service v on v.id = d.service_id
  where d.station_id = s.id and d.active and v.status = 'ACTIVE'), '[]'::json)`;

const STATION_PLAIN = `
  'id', s.id,
  'name', json_build_object('fi', s.name_fi, 'sv', s.name_sv),
  'streetAddress', s.street_address,
  'postalCode', s.postal_code,
  'postOffice', s.post_office,
  'phone', s.phone,
  'latitude', s.latitude,
  'longitude', s.longitude,
  'languages', s.languages`;

/** The StationCard fragment of cases.ts, with raw schedules in place of computed hours. */
const STATION_CARD = `json_build_object(${STATION_PLAIN},
  'region', (select json_build_object('id', r.id, 'code', r.code, 'name', json_build_object('fi', r.name_fi))
             from region r where r.id = s.region_id),
  'municipality', (select json_build_object('code', m.code, 'name', json_build_object('fi', m.name_fi))
                   from municipality m where m.id = s.municipality_id),
  'schedule', ${schedule('s')},
  'services', ${deliveries(`json_build_object(
      'id', d.id,
      'notes', ${localized('d.notes', ['fi'])},
      'schedule', ${schedule('d')},
      'service', json_build_object('id', v.id, 'name', json_build_object('fi', v.name_fi)))`)})`;

/** A page of active stations matching `where`, sorted by Finnish name, with the total. */
const stationPage = (where: string, limit: number) => `
  with page as (
    select * from station s where s.active and ${where} order by s.name_fi, s.id limit ${limit}
  )
  select json_build_object('data', json_build_object('stations', json_build_object(
    'total', (select count(*) from station s where s.active and ${where}),
    'items', coalesce((select json_agg(${STATION_CARD} order by s.name_fi, s.id) from page s), '[]'::json)
  )))::text as body`;

export interface Baseline {
  sql: string;
  params(variables: any): unknown[];
}

export const BASELINES: Record<string, Baseline> = {
  'station-by-id': {
    sql: `select json_build_object('data', json_build_object('station', (
        select json_build_object(${STATION_PLAIN},
          'services', ${deliveries(`json_build_object(
              'id', d.id,
              'notes', ${localized('d.notes', ['fi'])},
              'service', json_build_object('id', v.id, 'name', json_build_object('fi', v.name_fi, 'sv', v.name_sv)))`)})
        from station s where s.id = $1 and s.active)))::text as body`,
    params: (v) => [v.id],
  },
  'first-50-nested': { sql: stationPage('true', 50), params: () => [] },
  'region-nested': { sql: stationPage('s.region_id = $1', 100), params: (v) => [v.regionId] },
  'find-help-near': {
    // An approximation: the same candidates as findHelp (receptions and services at the stations
    // within the radius, and the services serving their areas), counted, and the nearest 20 with
    // their raw schedules. findHelp also ranks by topic and next available time, which SQL cannot.
    sql: `with near as (
        select s.id, s.name_fi, s.region_id, s.municipality_id, s.schedule_id,
          2 * 6371.0088 * asin(least(1, sqrt(
            power(sin((radians(s.latitude) - radians($1::float8)) / 2), 2) +
            cos(radians($1::float8)) * cos(radians(s.latitude)) *
            power(sin((radians(s.longitude) - radians($2::float8)) / 2), 2)))) as distance
        from station s where s.active and s.latitude is not null
      ), nearby as (select * from near where distance <= $3),
      options as (
        select 'RECEPTION' as kind, r.id, n.id as station_id, n.name_fi as station_name,
          null::uuid as service_id, null as service_name, n.distance, r.schedule_id
        from nearby n join reception r on r.station_id = n.id and r.active
        join counsellor c on c.id = r.counsellor_id and c.active
        union all
        select 'SERVICE_AT_STATION', d.id, n.id, n.name_fi, v.id, v.name_fi, n.distance,
          coalesce(d.schedule_id, n.schedule_id)
        from nearby n join service_at_station d on d.station_id = n.id and d.active
        join service v on v.id = d.service_id and v.status = 'ACTIVE'
        union all
        select 'SERVICE', v.id, null, null, v.id, v.name_fi, null, null
        from service v where v.status = 'ACTIVE' and (v.area = 'NATIONAL'
          or (v.area = 'REGION' and v.region_id in (select region_id from nearby))
          or (v.area = 'MUNICIPALITIES' and exists (select 1 from service_municipalities sm
                where sm.service_id = v.id and sm.municipality_id in (select municipality_id from nearby))))
          and not exists (select 1 from nearby n join service_at_station d on d.station_id = n.id
                          where d.active and d.service_id = v.id)
      ), ranked as (
        select o.*, row_number() over (order by o.distance nulls last, o.id) as rank from options o
      )
      select json_build_object('data', json_build_object('findHelp', json_build_object(
        'total', (select count(*) from options),
        'options', coalesce((select json_agg(json_build_object(
            'rank', o.rank,
            'kind', o.kind,
            'distanceKm', round(o.distance::numeric, 2),
            'hoursKnown', o.schedule_id is not null,
            'station', case when o.station_id is null then null else
              json_build_object('id', o.station_id, 'name', json_build_object('fi', o.station_name)) end,
            'service', case when o.service_id is null then null else
              json_build_object('id', o.service_id, 'name', json_build_object('fi', o.service_name)) end,
            'reception', case when o.kind = 'RECEPTION' then json_build_object('id', o.id) end,
            'schedule', ${schedule('o')}) order by o.rank)
          from (select * from ranked order by rank limit 20) o), '[]'::json)
      )))::text as body`,
    params: (v) => [
      v.input.where.near.latitude,
      v.input.where.near.longitude,
      v.input.where.near.radiusKm,
    ],
  },
  'station-hours-30d': {
    sql: `select json_build_object('data', json_build_object('station', (
        select json_build_object('id', s.id, 'schedule', ${schedule('s')})
        from station s where s.id = $1 and s.active)))::text as body`,
    params: (v) => [v.id],
  },
};

/**
 * POST /<case> with the same GraphQL body the real server gets; answers with the JSON text that
 * PostgreSQL built. Returns the URL and a stop function.
 */
export async function startBaselineServer(
  databaseUrl: string,
): Promise<{ url: string; stop(): Promise<void> }> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const baseline = BASELINES[(req.url ?? '/').slice(1)];
      if (!baseline) {
        res.writeHead(404).end();
        return;
      }
      const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      pool.query(baseline.sql, baseline.params(variables)).then(
        (result) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(result.rows[0].body);
        },
        (error: Error) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(error.message);
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
