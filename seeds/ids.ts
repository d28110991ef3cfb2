import { v5 as uuidv5 } from 'uuid';

/**
 * Fixed ids of seeded records, so tests and examples can name them. Derived deterministically
 * (UUID v5) from a readable key: the same key gives the same id in every database.
 */
const NAMESPACE = '6f1c1d0e-1d5b-4c0e-9a3e-2b7f3c9d8e01';

export const seedId = (kind: string, key: string): string => uuidv5(`${kind}:${key}`, NAMESPACE);

/** A welfare region by its code, e.g. `regionId('keski-suomi')`. */
export const regionId = (code: string): string => seedId('region', code);

/** A municipality by its official three-digit code, e.g. `municipalityId('179')` (Jyväskylä). */
export const municipalityId = (code: string): string => seedId('municipality', code);

/** A topic by its code, e.g. `categoryId('finances.debt')`. */
export const categoryId = (code: string): string => seedId('category', code);

/**
 * An organization by its key: a welfare region's own organization by the region code
 * (`organizationId('keski-suomi')`), the contractor by `organizationId('oma-laakarisi')`.
 */
export const organizationId = (key: string): string => seedId('organization', key);

/**
 * A station by its key, e.g. `stationId('lohja-keskusta')`, `stationId('espoo-1')`,
 * `stationId('jyvaskyla-1')`, `stationId('oma-laakarisi-jyvaskyla-1')`, `stationId('asikkala')`,
 * `stationId('varsinais-suomi-1')`. The keys are listed in seeds/data/stations.ts.
 */
export const stationId = (key: string): string => seedId('station', key);

/** A catalogue service by its key, e.g. `serviceId('sosiaaliohjaus-jyvaskyla')`. */
export const serviceId = (key: string): string => seedId('service', key);

/** The delivery of a service at a station. */
export const serviceAtStationId = (serviceKey: string, stationKey: string): string =>
  seedId('service-at-station', `${serviceKey}@${stationKey}`);

/** A counsellor by key, e.g. `counsellorId('marita-korhonen')`, `counsellorId('lohja')`. */
export const counsellorId = (key: string): string => seedId('counsellor', key);

/** A counsellor's reception at a station, e.g. `receptionId('lohja', 'lohja-keskusta')`. */
export const receptionId = (counsellorKey: string, stationKey: string): string =>
  seedId('reception', `${counsellorKey}@${stationKey}`);

/** The schedule of a reception (same keys as receptionId). */
export const receptionScheduleId = (counsellorKey: string, stationKey: string): string =>
  seedId('schedule', `reception:${counsellorKey}@${stationKey}`);

/** Frequently named records, as constants. */
export const SEED = {
  stations: {
    lohjaKeskusta: stationId('lohja-keskusta'),
    asikkala: stationId('asikkala'),
    hollola: stationId('hollola'),
    padasjoki: stationId('padasjoki'),
  },
  counsellors: {
    maritaKorhonen: counsellorId('marita-korhonen'),
    lohja: counsellorId('lohja'),
    paijatHame: counsellorId('paijat-hame'),
    espoo: counsellorId('espoo'),
  },
  organizations: {
    omaLaakarisi: organizationId('oma-laakarisi'),
  },
} as const;
