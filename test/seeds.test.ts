import { validateSchedule } from '../server/src/modules/schedule/engine';
import { CATEGORIES, parentCode } from '../seeds/data/categories';
import { COUNSELLORS } from '../seeds/data/counsellors';
import { ORGANIZATIONS } from '../seeds/data/organizations';
import { SERVICES } from '../seeds/data/services';
import { STATIONS } from '../seeds/data/stations';
import {
  categoryId,
  counsellorId,
  municipalityId,
  organizationId,
  receptionId,
  regionId,
  serviceAtStationId,
  serviceId,
  stationId,
} from '../seeds/ids';
import { startTestServer, TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** Stations of a municipality, with their operator. */
const stationsOf = (code: string) =>
  server.sql(
    `select s.id, s.name_fi, s.name_sv, s.operator_kind, o.name_fi as operator_name, o.kind as operator_org_kind
       from station s join municipality m on m.id = s.municipality_id
       left join organization o on o.id = s.operator_id
      where m.code = $1 order by s.name_fi`,
    [code],
  );

/** Receptions with their single rule (if any), as plain values. */
const receptionRules = (where: string, params: unknown[]) =>
  server.sql(
    `select r.id, r.station_id, r.counsellor_id, r.modes, r.target_groups,
            sr.weekdays, sr.opens::text as opens, sr.closes::text as closes, sr.interval,
            sr.anchor_date::text as anchor_date
       from reception r
       left join schedule_rule sr on sr.schedule_id = r.schedule_id
      where ${where}`,
    params,
  );

const DAY_MS = 24 * 60 * 60 * 1000;
/** Weeks since the Monday 1970-01-05, so equal numbers mean the same ISO week. */
const weekIndex = (date: string) => Math.floor((Date.parse(`${date}T00:00:00Z`) / DAY_MS - 4) / 7);
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

describe('seeded reference data', () => {
  it('has the 22 regions and 293 municipalities', async () => {
    const [counts] = await server.sql(
      'select (select count(*)::int from region) as regions, (select count(*)::int from municipality) as municipalities',
    );
    expect(counts).toEqual({ regions: 22, municipalities: 293 });
    const regions = await server.gql('{ regions(page: { limit: 50 }) { total } }');
    expect(regions.regions.total).toBe(22);
    const [lohja] = await server.sql('select id from municipality where code = $1', ['444']);
    expect(lohja.id).toBe(municipalityId('444'));
  });
});

describe('Jyväskylä (source-documents/004)', () => {
  it('has six own stations and three contracted Oma Lääkärisi stations', async () => {
    const stations = await stationsOf('179');
    expect(stations).toHaveLength(9);
    const own = stations.filter((s) => s.operator_kind === 'OWN');
    const contracted = stations.filter((s) => s.operator_kind === 'CONTRACTED');
    expect(own).toHaveLength(6);
    expect(contracted).toHaveLength(3);
    for (const s of contracted) {
      expect(s).toMatchObject({ operator_name: 'Oma Lääkärisi', operator_org_kind: 'PRIVATE' });
    }
  });

  it('gives Marita Korhonen one reception per station: weekly at own, every third week at contracted', async () => {
    const [marita] = await server.sql('select * from counsellor where id = $1', [
      counsellorId('marita-korhonen'),
    ]);
    expect(marita).toMatchObject({ name: 'Marita Korhonen', phone: '014 266 3160' });

    const stations = await server.sql(
      `select s.id, s.operator_kind from station s join municipality m on m.id = s.municipality_id where m.code = '179'`,
    );
    const rules = await receptionRules('r.counsellor_id = $1', [marita.id]);
    const anchors: string[] = [];
    for (const station of stations) {
      const here = rules.filter((r) => r.station_id === station.id);
      expect(here).toHaveLength(1);
      expect(here[0].modes).toEqual(['APPOINTMENT']);
      if (station.operator_kind === 'OWN') {
        expect(here[0].interval).toBe(1);
      } else {
        expect(here[0].interval).toBe(3);
        anchors.push(here[0].anchor_date);
      }
    }
    expect(anchors).toHaveLength(3);
    // Different anchor dates, and in different weeks of the three-week cycle: they rotate.
    expect(new Set(anchors).size).toBe(3);
    expect(new Set(anchors.map((a) => weekIndex(a) % 3)).size).toBe(3);
  });
});

describe('Lohja and Espoo (source-documents/000)', () => {
  it('has Lohja central station with a Monday walk-in reception and the Christmas closure', async () => {
    const [station] = await server.sql(
      `select s.*, m.code as municipality_code from station s join municipality m on m.id = s.municipality_id where s.id = $1`,
      [stationId('lohja-keskusta')],
    );
    expect(station).toMatchObject({
      name_fi: 'Lohjan keskustan terveysasema',
      name_sv: 'Lojo centrums hälsostation',
      municipality_code: '444',
    });
    const closure = await server.sql(
      `select e.start_date::text, e.end_date::text, e.closed from schedule_exception e
        where e.schedule_id = $1`,
      [station.schedule_id],
    );
    expect(closure).toEqual([{ start_date: '2026-12-28', end_date: '2026-12-31', closed: true }]);

    const [reception] = await receptionRules('r.id = $1', [receptionId('lohja', 'lohja-keskusta')]);
    expect(reception.station_id).toBe(station.id);
    expect(reception.modes).toEqual(expect.arrayContaining(['WALK_IN', 'APPOINTMENT']));
    expect(reception.target_groups).toEqual(['working-age', 'pensioners', 'families']);
    expect(reception.weekdays).toEqual([1]);

    const exceptions = await server.sql(
      `select e.start_date::text as start, e.end_date::text as end, e.closed, e.reason_fi, e.reason_sv, s.holiday_policy
         from reception r join schedule s on s.id = r.schedule_id
         join schedule_exception e on e.schedule_id = s.id where r.id = $1`,
      [receptionId('lohja', 'lohja-keskusta')],
    );
    expect(exceptions).toEqual([
      {
        start: '2026-12-24',
        end: '2026-12-26',
        closed: true,
        reason_fi: 'Joulun aika: vastaanotto suljettu',
        reason_sv: expect.any(String),
        holiday_policy: 'CLOSED_ON_HOLIDAYS',
      },
    ]);

    const [lohja] = await server.sql('select consultation_channels from counsellor where id = $1', [
      counsellorId('lohja'),
    ]);
    expect(lohja.consultation_channels).toEqual(['PHONE', 'EMAIL']);
  });

  it('has five Espoo stations, all with the Espoo social guidance delivered', async () => {
    const stations = await stationsOf('049');
    expect(stations).toHaveLength(5);
    const [delivered] = await server.sql(
      'select count(*)::int as n from service_at_station where service_id = $1',
      [serviceId('sosiaaliohjaus-espoo')],
    );
    expect(delivered.n).toBe(5);
  });
});

describe('Päijät-Häme and Varsinais-Suomi (source-documents/001, 002)', () => {
  it('has sote centres in Asikkala, Hollola and Padasjoki with receptions for the under-65', async () => {
    for (const code of ['016', '098', '576']) {
      const stations = await stationsOf(code);
      expect(stations).toHaveLength(1);
      expect(stations[0].name_fi).toMatch(/sote-keskus$/);
      const receptions = await receptionRules('r.station_id = $1', [stations[0].id]);
      expect(receptions).toHaveLength(1);
      expect(receptions[0].target_groups).toEqual(['under-65']);
      expect(receptions[0].weekdays).toBeNull(); // no times in the document
    }
    const [service] = await server.sql('select max_age, target_groups from service where id = $1', [
      serviceId('sote-keskuksen-sosiaaliohjaus-paijat-hame'),
    ]);
    expect(service).toEqual({ max_age: 64, target_groups: ['under-65'] });
  });

  it('has six Varsinais-Suomi health centres', async () => {
    const rows = await server.sql('select count(*)::int as n from station where region_id = $1', [
      regionId('varsinais-suomi'),
    ]);
    expect(rows[0].n).toBe(6);
  });
});

describe('what the seed must not do', () => {
  it('gives every record a source', async () => {
    for (const table of ['station', 'service', 'counsellor', 'reception', 'organization']) {
      const [row] = await server.sql(
        `select count(*)::int as total, count(*) filter (where coalesce(trim(source), '') = '')::int as missing from ${table}`,
      );
      expect({ table, total: row.total > 0, missing: row.missing }).toEqual({
        table,
        total: true,
        missing: 0,
      });
    }
  });

  it('invents no station address, postal code, coordinates or phone', async () => {
    const rows = await server.sql(
      `select name_fi from station where street_address is not null or postal_code is not null
         or post_office is not null or latitude is not null or phone is not null`,
    );
    expect(rows).toEqual([]);
    // Station hours exist only where the seed says they are illustrative.
    const withHours = await server.sql(`select source from station where schedule_id is not null`);
    expect(withHours).toHaveLength(10);
    for (const row of withHours) expect(row.source).toContain('illustrative');
    const orgs = await server.sql(
      'select name_fi from organization where phone is not null or email is not null',
    );
    expect(orgs).toEqual([]);
  });

  it('has Swedish texts for everything in a bilingual municipality', async () => {
    const stations = await server.sql(
      `select s.name_fi from station s join municipality m on m.id = s.municipality_id
        where m.language = 'BILINGUAL' and coalesce(s.name_sv, '') = ''`,
    );
    expect(stations).toEqual([]);
    const receptions = await server.sql(
      `select r.id from reception r join station s on s.id = r.station_id
         join municipality m on m.id = s.municipality_id
        where m.language = 'BILINGUAL'
          and ((r.notes_fi is not null and coalesce(r.notes_sv, '') = '')
            or (r.booking_fi is not null and coalesce(r.booking_sv, '') = ''))`,
    );
    expect(receptions).toEqual([]);
    const services = await server.sql(
      `select distinct sv.name_fi from service sv
         join service_at_station ss on ss.service_id = sv.id
         join station s on s.id = ss.station_id join municipality m on m.id = s.municipality_id
        where m.language = 'BILINGUAL'
          and (coalesce(sv.name_sv, '') = '' or coalesce(sv.description_sv, '') = ''
            or (ss.notes_fi is not null and coalesce(ss.notes_sv, '') = ''))`,
    );
    expect(services).toEqual([]);
    const [bilingual] = await server.sql(
      `select count(*)::int as n from station s join municipality m on m.id = s.municipality_id where m.language = 'BILINGUAL'`,
    );
    expect(bilingual.n).toBeGreaterThanOrEqual(6); // Lohja and the five Espoo stations at least
  });

  it('keeps every station in a municipality of its own region', async () => {
    const rows = await server.sql(
      `select s.name_fi from station s join municipality m on m.id = s.municipality_id where m.region_id <> s.region_id`,
    );
    expect(rows).toEqual([]);
  });

  it('never books a counsellor into two overlapping receptions', async () => {
    const rules = await receptionRules('sr.id is not null', []);
    const clashes: string[] = [];
    for (const a of rules) {
      for (const b of rules) {
        if (a.id >= b.id || a.counsellor_id !== b.counsellor_id) continue;
        const sameDay = a.weekdays.some((d: number) => b.weekdays.includes(d));
        const overlap =
          minutes(a.opens) < minutes(b.closes) && minutes(b.opens) < minutes(a.closes);
        // The week cycles meet unless the anchors fall in different weeks of a shared cycle.
        const g = gcd(a.interval, b.interval);
        const weeksMeet =
          g === 1 ||
          (a.anchor_date &&
            b.anchor_date &&
            (((weekIndex(a.anchor_date) - weekIndex(b.anchor_date)) % g) + g) % g === 0);
        if (sameDay && overlap && weeksMeet) clashes.push(`${a.id} / ${b.id}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('seeds only schedules the schedule validator accepts', () => {
    for (const counsellor of COUNSELLORS) {
      for (const reception of counsellor.receptions) {
        if (!reception.schedule) continue;
        const errors = validateSchedule({
          alwaysOpen: false,
          holidayPolicy: reception.schedule.holidayPolicy,
          rules: reception.schedule.rules,
          exceptions: reception.schedule.exceptions ?? [],
        });
        expect({ reception: reception.station, errors }).toEqual({
          reception: reception.station,
          errors: {},
        });
      }
    }
  });
});

describe('fixed ids', () => {
  /** All rows of the table, as a set of ids. */
  const idsOf = async (table: string) =>
    new Set((await server.sql(`select id from ${table}`)).map((r) => r.id as string));

  it('resolve every seeded record, and nothing else is seeded', async () => {
    const expected: Record<string, string[]> = {
      service_category: CATEGORIES.map((c) => categoryId(c.code)),
      organization: ORGANIZATIONS.map((o) => organizationId(o.key)),
      station: STATIONS.map((s) => stationId(s.key)),
      service: SERVICES.map((s) => serviceId(s.key)),
      service_at_station: SERVICES.flatMap((s) =>
        s.stations.map((at) => serviceAtStationId(s.key, at.station)),
      ),
      counsellor: COUNSELLORS.map((c) => counsellorId(c.key)),
      reception: COUNSELLORS.flatMap((c) => c.receptions.map((r) => receptionId(c.key, r.station))),
    };
    for (const [table, ids] of Object.entries(expected)) {
      expect({ table, ids: [...(await idsOf(table))].sort() }).toEqual({
        table,
        ids: [...new Set(ids)].sort(),
      });
    }
    expect(STATIONS).toHaveLength(1 + 5 + 3 + 6 + 9);
  });

  it('builds the topic hierarchy from the dotted codes, with the topics the documents name', async () => {
    const rows = await server.sql(
      `select c.code, p.code as parent from service_category c left join service_category p on p.id = c.parent_id`,
    );
    for (const row of rows) expect(row.parent).toBe(parentCode(row.code));
    const codes = rows.map((r) => r.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'kela-benefits',
        'finances',
        'finances.debt',
        'housing',
        'work-ability',
        'rehabilitation',
        'rehabilitation.social',
        'rehabilitation.psychosocial',
        'mental-health',
        'substance-use',
        'family',
        'loneliness',
        'studying',
        'crisis',
        'social-services',
        'health-services',
        'third-sector',
      ]),
    );
    const untranslated = await server.sql(
      `select code from service_category where coalesce(name_sv, '') = '' or coalesce(name_en, '') = ''`,
    );
    expect(untranslated).toEqual([]);
  });
});
