import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { uuidArray } from '../../common/sql-params';
import { readRows } from '../../db/read-rows';
import type { ScheduleSpec } from './engine';
import { sharedSpec, type SpecContent } from './shared-specs';

/**
 * Schedules are read far more often than written (every opening-hours, summary and findHelp answer
 * needs them), and a list of 50 stations with their services needs about a thousand schedules
 * with their rules and exceptions. Building ORM entities for those only to copy them into the
 * engine's plain data cost most of such a request (measured with `npm run bench`), so the specs
 * are read here with one SQL statement per batch, PostgreSQL building the JSON of the rules and
 * exceptions in the engine's shape; a content seen before is not even parsed again
 * (shared-specs.ts). Writes still go through the entities.
 */
const SPEC_COLUMNS = `s.id,
  s.always_open as "alwaysOpen",
  s.holiday_policy as "holidayPolicy",
  coalesce((
    select json_agg(json_build_object(
      'weekdays', r.weekdays,
      'opens', left(r.opens::text, 5),
      'closes', left(r.closes::text, 5),
      'overMidnight', r.over_midnight,
      'interval', r.interval,
      'anchorDate', r.anchor_date,
      'nthOfMonth', r.nth_of_month,
      'validFrom', r.valid_from,
      'validTo', r.valid_to
    ) order by r.position)
    from schedule_rule r where r.schedule_id = s.id
  ), '[]'::json)::text as rules,
  coalesce((
    select json_agg(json_build_object(
      'startDate', e.start_date,
      'endDate', e.end_date,
      'closed', e.closed,
      'opens', left(e.opens::text, 5),
      'closes', left(e.closes::text, 5),
      'overMidnight', e.over_midnight,
      'reason', case when coalesce(e.reason_fi, '') <> ''
        then json_build_object('fi', e.reason_fi, 'sv', e.reason_sv, 'en', e.reason_en) end
    ) order by e.start_date, e.end_date)
    from schedule_exception e where e.schedule_id = s.id
  ), '[]'::json)::text as exceptions`;

const SPECS_SQL = `
select ${SPEC_COLUMNS}
from schedule s
where s.id = any(?::uuid[])`;

/**
 * An SQL column: the content of the schedule `scheduleId` names (an SQL expression of the outer
 * statement) as JSON, for `primeScheduleSpec`. Read with the stations themselves, a station's hours
 * cost no statement of their own.
 */
export function scheduleContentColumn(scheduleId: string, as: string): string {
  // Most services at stations keep their station's hours: no subquery run for them.
  return `case when ${scheduleId} is null then null else (select row_to_json(spec) from (
    select ${SPEC_COLUMNS} from schedule s where s.id = ${scheduleId}) spec) end as ${as}`;
}

/** A schedule's content read with its owner: the loader of this request answers it from now on. */
export function primeScheduleSpec(em: EntityManager, content: SpecRow | null | undefined): void {
  if (!content) return;
  const spec = sharedSpec(content);
  scheduleSpecLoader(em).prime(content.id, spec);
  knownOf(em).set(content.id, spec);
}

/**
 * The specs this EntityManager has read so far (primed or loaded), by schedule id, for
 * `knownScheduleSpec`: a field resolver answering from them returns a value, not a promise.
 */
const known = new WeakMap<EntityManager, Map<string, ScheduleSpec | null>>();

function knownOf(em: EntityManager): Map<string, ScheduleSpec | null> {
  let specs = known.get(em);
  if (!specs) {
    specs = new Map();
    known.set(em, specs);
  }
  return specs;
}

/** The spec of a schedule this EntityManager has read already (null: none stored), else undefined. */
export function knownScheduleSpec(em: EntityManager, id: string): ScheduleSpec | null | undefined {
  return known.get(em)?.get(id);
}

export interface SpecRow extends SpecContent {
  id: string;
}

/** One loader per EntityManager (per request, or per transaction): its cache lives as long. */
const loaders = new WeakMap<EntityManager, DataLoader<string, ScheduleSpec | null>>();

/** The engine's data of a schedule by id, batched with every other schedule of the same tick. */
export function scheduleSpecLoader(em: EntityManager): DataLoader<string, ScheduleSpec | null> {
  let loader = loaders.get(em);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      // ids are UUIDs of stored schedules (from foreign keys), never user text.
      const rows = await readRows<SpecRow>(em, SPECS_SQL, [uuidArray(ids)]);
      const byId = new Map(rows.map((row) => [row.id, sharedSpec(row)]));
      const specs = knownOf(em);
      return ids.map((id) => {
        const spec = byId.get(id) ?? null;
        specs.set(id, spec);
        return spec;
      });
    });
    loaders.set(em, loader);
  }
  return loader;
}
