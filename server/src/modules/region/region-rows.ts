import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type BaseRow,
  lazyCollection,
  lazyRef,
  localizedTextOf,
  plainRecord,
} from '../../common/plain-records';
import type { LocalizedText } from '../../common/localized-text';
import { Municipality, type LanguageStatus } from './municipality.entity';
import { Region } from './region.entity';

/** A region's columns, as `to_jsonb(r)` gives them (timestamps as ISO 8601 text). */
export interface RegionRow extends BaseRow {
  code: string;
  name_fi: string;
  name_sv: string | null;
  name_en: string | null;
}

/** A municipality's columns, as `to_jsonb(m)` gives them. */
export interface MunicipalityRow extends RegionRow {
  language: LanguageStatus;
  region_id: string;
}

/**
 * Plain records (common/plain-records.ts) of the region and the municipality read with each station
 * of a list (station-rows.loader.ts): building their ORM entities was about a third of the ORM's
 * part of a list of stations.
 */
export function regionOf(em: EntityManager, row: RegionRow): Region {
  return plainRecord(Region, row, {
    code: row.code,
    name: localizedTextOf(row.name_fi, row.name_sv, row.name_en) as LocalizedText,
    municipalities: lazyCollection(em, Region, row.id, 'municipalities'),
    stations: lazyCollection(em, Region, row.id, 'stations'),
  });
}

export function municipalityOf(em: EntityManager, row: MunicipalityRow): Municipality {
  return plainRecord(Municipality, row, {
    code: row.code,
    name: localizedTextOf(row.name_fi, row.name_sv, row.name_en) as LocalizedText,
    language: row.language,
    region: lazyRef(em, Region, row.region_id),
    stations: lazyCollection(em, Municipality, row.id, 'stations'),
  });
}
