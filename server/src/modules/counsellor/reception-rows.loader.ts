import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type BaseRow,
  lazyRef,
  localizedTextOf,
  plainRecord,
  timestampsAsText,
} from '../../common/plain-records';
import { Schedule } from '../schedule/schedule.entity';
import { Station } from '../station/station.entity';
import { Counsellor } from './counsellor.entity';
import type { ReceptionMode } from './counsellor.enums';
import { Reception } from './reception.entity';

/**
 * The public receptions at each station of a statement on stations (`st`), for findHelp, as a
 * JSON column of rows for `publicReceptionsOf`: findHelp reads them with its stations, one
 * statement fewer. Plain records (common/plain-records.ts) with their counsellor's languages: the
 * ORM find with the counsellor populated cost about 4 ms of a 20 ms findHelp for a handful of
 * receptions (measured on the benchmark's dataset), nearly all of it building the query and the
 * entities. The public rule of receptions (directory/visibility.ts) is written out: an active
 * reception of an active counsellor; the stations are active ones already.
 */
export function publicReceptionsColumn(as: string): string {
  return `(select coalesce(json_agg(x order by x.id), '[]') from (
  select r.*, ${timestampsAsText('r')}, c.languages as counsellor_languages
  from reception r
  join counsellor c on c.id = r.counsellor_id
  where r.station_id = st.id and r.active and c.active) x) as ${as}`;
}

export interface ReceptionRow extends BaseRow {
  counsellor_id: string;
  station_id: string;
  modes: ReceptionMode[];
  target_groups: string[];
  booking_fi: string | null;
  booking_sv: string | null;
  booking_en: string | null;
  notes_fi: string | null;
  notes_sv: string | null;
  notes_en: string | null;
  free: boolean;
  active: boolean;
  source: string | null;
  schedule_id: string | null;
  counsellor_languages: string[];
}

/** A public reception and what findHelp needs of its counsellor. */
export interface PublicReception {
  reception: Reception;
  counsellorLanguages: string[];
}

/** The receptions of one station's `publicReceptionsColumn`. */
export function publicReceptionsOf(em: EntityManager, rows: ReceptionRow[]): PublicReception[] {
  return rows.map((row) => ({
    reception: receptionOf(em, row),
    counsellorLanguages: row.counsellor_languages,
  }));
}

function receptionOf(em: EntityManager, row: ReceptionRow): Reception {
  return plainRecord(Reception, row, {
    // The counsellor and the station load as entities (under the ORM's visibility filters) only
    // when a field asks for them.
    counsellor: lazyRef(em, Counsellor, row.counsellor_id),
    station: lazyRef(em, Station, row.station_id),
    modes: row.modes,
    targetGroups: row.target_groups,
    bookingInstructions: localizedTextOf(row.booking_fi, row.booking_sv, row.booking_en),
    notes: localizedTextOf(row.notes_fi, row.notes_sv, row.notes_en),
    free: row.free,
    active: row.active,
    source: row.source,
    schedule: row.schedule_id ? lazyRef(em, Schedule, row.schedule_id) : null,
  });
}
