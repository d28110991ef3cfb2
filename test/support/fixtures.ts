import { randomUUID } from 'node:crypto';
import { regionId } from '../../seeds/ids';
import type { TestServer } from './test-server';

export interface CounsellorFixture {
  title?: string;
  email?: string;
  languages?: string[];
  active?: boolean;
  updatedAt?: string;
}

export interface ReceptionFixture {
  modes?: string[];
  createdAt?: string;
  active?: boolean;
}

/**
 * Records written straight into a test file's database with SQL: for tests whose subject is not
 * these records' API, and so that the seeds may change freely. Each returns the new record's id.
 */
export function sqlFixtures(sql: TestServer['sql']) {
  return {
    /** How many rows the table has, to check that a refused write stored nothing. */
    async countRows(table: string): Promise<number> {
      const [{ n }] = await sql(`select count(*)::int as n from ${table}`);
      return n;
    },

    async municipalityId(code: string): Promise<string> {
      const [row] = await sql('select id from municipality where code = $1', [code]);
      return row.id;
    },

    async insertOrganization(name = 'Testijärjestö ry', kind = 'NGO'): Promise<string> {
      const id = randomUUID();
      await sql(
        `insert into organization (id, version, created_at, updated_at, kind, name_fi)
         values ($1, 1, now(), now(), $2, $3)`,
        [id, kind, name],
      );
      return id;
    },

    /** A third-sector service in Finnish with no categories or access modes. */
    async insertService(name: string, organizationId: string): Promise<string> {
      const id = randomUUID();
      await sql(
        `insert into service (id, version, created_at, updated_at, name_fi, organization_id, sector,
           target_groups, languages, access_modes)
         values ($1, 1, now(), now(), $2, $3, 'THIRD_SECTOR', '{}', '{fi}', '{}')`,
        [id, name, organizationId],
      );
      return id;
    },

    /** An active station of the region's own, in the municipality with this code. */
    async insertStation(name: string, municipalityCode = '179'): Promise<string> {
      const [row] = await sql(
        `insert into station (id, version, created_at, updated_at, name_fi, region_id,
           municipality_id, languages, operator_kind, active)
         select $1, 1, now(), now(), $2, region_id, id, '{fi}', 'OWN', true
           from municipality where code = $3 returning id`,
        [randomUUID(), name, municipalityCode],
      );
      return row.id;
    },

    /** A counsellor of the region with this code: by default an active Finnish-speaking one. */
    async insertCounsellor(
      name: string,
      regionCode: string,
      o: CounsellorFixture = {},
    ): Promise<string> {
      const id = randomUUID();
      await sql(
        `insert into counsellor (id, version, created_at, updated_at, name, title_fi, region_id,
           email, languages, consultation_channels, active)
         values ($1, 1, now(), coalesce($2::timestamptz, now()), $3, $4, $5, $6, $7, '{}', $8)`,
        [
          id,
          o.updatedAt ?? null,
          name,
          o.title ?? 'sosiaaliohjaaja',
          regionId(regionCode),
          o.email ?? null,
          o.languages ?? ['fi'],
          o.active ?? true,
        ],
      );
      return id;
    },

    /** A service delivered at a station, by default active and without notes or hours. */
    async insertDelivery(
      stationId: string,
      serviceId: string,
      o: { notes?: string; active?: boolean } = {},
    ): Promise<string> {
      const id = randomUUID();
      await sql(
        `insert into service_at_station (id, version, created_at, updated_at, station_id,
           service_id, notes_fi, active)
         values ($1, 1, now(), now(), $2, $3, $4, $5)`,
        [id, stationId, serviceId, o.notes ?? null, o.active ?? true],
      );
      return id;
    },

    /** A free reception, by default an active walk-in one created now. */
    async insertReception(
      counsellorId: string,
      stationId: string,
      o: ReceptionFixture = {},
    ): Promise<string> {
      const id = randomUUID();
      await sql(
        `insert into reception (id, version, created_at, updated_at, counsellor_id, station_id,
           modes, target_groups, free, active)
         values ($1, 1, coalesce($2::timestamptz, now()), now(), $3, $4, $5, '{}', true, $6)`,
        [
          id,
          o.createdAt ?? null,
          counsellorId,
          stationId,
          o.modes ?? ['WALK_IN'],
          o.active ?? true,
        ],
      );
      return id;
    },
  };
}
