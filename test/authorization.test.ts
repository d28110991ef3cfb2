import type { Variables } from 'graphql-request';
import { Role } from '../server/src/modules/auth/role';
import {
  counsellorId,
  municipalityId,
  organizationId,
  receptionId,
  regionId,
  serviceAtStationId,
  serviceId,
  stationId,
} from '../seeds/ids';
import { ApiClient, startTestServer, TestServer } from './support/test-server';

/**
 * Who may write what in the directory (DESIGN.md, roles), over HTTP. "Own" records are in
 * Keski-Suomi, the region of the region administrator and of the counsellor (Marita Korhonen);
 * "other" records are in Länsi-Uusimaa.
 */
let server: TestServer;
type Who = 'anonymous' | Role;
const clients = {} as Record<Who, ApiClient>;
const WHO: Who[] = [
  'anonymous',
  Role.PROFESSIONAL,
  Role.COUNSELLOR,
  Role.REGION_ADMIN,
  Role.NATIONAL_ADMIN,
];

const OWN = regionId('keski-suomi');
const OTHER = regionId('lansi-uusimaa');
const MARITA = counsellorId('marita-korhonen');
const freeMunicipalityCodes: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  clients.anonymous = server;
  clients[Role.PROFESSIONAL] = await server.as(Role.PROFESSIONAL, { region: 'keski-suomi' });
  clients[Role.COUNSELLOR] = await server.as(Role.COUNSELLOR, {
    region: 'keski-suomi',
    counsellorId: MARITA,
  });
  clients[Role.REGION_ADMIN] = await server.as(Role.REGION_ADMIN, { region: 'keski-suomi' });
  clients[Role.NATIONAL_ADMIN] = await server.as(Role.NATIONAL_ADMIN);
  const taken = new Set((await server.sql('select code from municipality')).map((r) => r.code));
  for (let n = 999; n > 0; n--) {
    const code = String(n).padStart(3, '0');
    if (!taken.has(code)) freeMunicipalityCodes.push(code);
  }
});
afterAll(() => server?.stop());

// ---------------------------------------------------------------------------------------------
// Fixtures: records the national administrator makes for one case to act on.

interface Saved {
  id: string;
  version: number;
}
interface Write {
  document: string;
  variables: Variables;
}

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;

async function adminCreate(entity: string, input: object): Promise<Saved> {
  const data = await clients[Role.NATIONAL_ADMIN].gql(CREATE(entity), { input });
  return data[`create${entity}`];
}

async function adminSetSchedule(owner: string, record: Saved, schedule: object): Promise<Saved> {
  const data = await clients[Role.NATIONAL_ADMIN].gql(SET_SCHEDULE(owner), {
    input: { id: record.id, version: record.version, schedule },
  });
  return data[`set${owner}Schedule`];
}

const make = {
  region: () => adminCreate('Region', { code: unique('auth-region'), name: { fi: 'Testialue' } }),
  municipality: () =>
    adminCreate('Municipality', {
      code: freeMunicipalityCodes.shift(),
      name: { fi: unique('Testikunta') },
      language: 'FI',
      regionId: OWN,
    }),
  category: () =>
    adminCreate('ServiceCategory', { code: unique('auth-topic'), name: { fi: 'Testiaihe' } }),
  organization: (kind: string, region: string | null = OWN) =>
    adminCreate('Organization', { kind, name: { fi: unique('Testijärjestö') }, regionId: region }),
  service: async (sector: string, organization: string | Promise<Saved>) =>
    adminCreate('Service', {
      name: { fi: unique('Testipalvelu') },
      organizationId: typeof organization === 'string' ? organization : (await organization).id,
      sector,
    }),
  station: (code = '179') =>
    adminCreate('Station', {
      name: { fi: unique('Testiasema'), sv: unique('Teststation') },
      municipalityId: municipalityId(code),
    }),
  serviceAtStation: async (station?: Saved) =>
    adminCreate('ServiceAtStation', {
      serviceId: serviceId('sosiaaliohjaus-jyvaskyla'),
      stationId: (station ?? (await make.station())).id,
    }),
  counsellor: (region = OWN) =>
    adminCreate('Counsellor', {
      name: unique('Testi Ohjaaja'),
      title: { fi: 'Sosiaaliohjaaja' },
      regionId: region,
    }),
  /** A reception of the counsellor (a new one by default) at a new station of their region. */
  reception: async (counsellor?: string) =>
    adminCreate('Reception', {
      counsellorId: counsellor ?? (await make.counsellor()).id,
      stationId: (await make.station()).id,
      modes: ['APPOINTMENT'],
    }),
  /** A reception with weekly hours, as a counsellor would find it. */
  receptionWithHours: async (counsellor?: string) =>
    adminSetSchedule('Reception', await make.reception(counsellor), WEEKLY),
};

const create = (entity: string, input: object): Write => ({
  document: CREATE(entity),
  variables: { input },
});
const update = (entity: string, record: Saved, changes: object): Write => ({
  document: UPDATE(entity),
  variables: { input: { id: record.id, version: record.version, ...changes } },
});
const remove = (entity: string, record: Saved): Write => ({
  document: DELETE(entity),
  variables: { id: record.id },
});
const setSchedule = (owner: string, record: Saved, schedule: object | null): Write => ({
  document: SET_SCHEDULE(owner),
  variables: { input: { id: record.id, version: record.version, schedule } },
});

async function seeded(table: string, id: string): Promise<Saved> {
  const [row] = await server.sql(`select id, version from ${table} where id = $1`, [id]);
  return row;
}

const WEEKLY = { rules: [{ weekdays: [1], opens: '08:30', closes: '11:30' }] };
const TRAINING_DAY = {
  startDate: '2027-03-01',
  endDate: '2027-03-01',
  closed: true,
  reason: { fi: 'Koulutuspäivä' },
};
const WEEKLY_WITH_EXCEPTION = { ...WEEKLY, exceptions: [TRAINING_DAY] };
const OTHER_RULES = { rules: [{ weekdays: [2], opens: '12:00', closes: '15:00' }] };

// ---------------------------------------------------------------------------------------------
// Running a write and checking that a refused one changed nothing.

/** The GraphQL error code of the answer, or 'OK'. */
async function outcome(client: ApiClient, write: Write): Promise<string> {
  const response = await client.post(write.document, write.variables);
  const body = await response.json();
  return body.errors ? body.errors[0].extensions.code : 'OK';
}

const TABLES = [
  'region',
  'municipality',
  'organization',
  'station',
  'service',
  'service_categories',
  'service_municipalities',
  'service_category',
  'service_at_station',
  'counsellor',
  'reception',
  'schedule',
  'schedule_rule',
  'schedule_exception',
  'audit_event',
];

/** A fingerprint of every row of the directory (and the audit trail), per table. */
async function snapshot(): Promise<Record<string, string>> {
  const rows = await server.sql(
    TABLES.map(
      (table) =>
        `select '${table}' as name, md5(coalesce(string_agg(to_jsonb(t)::text, ',' order by to_jsonb(t)::text), '')) as hash from ${table} t`,
    ).join(' union all '),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.hash]));
}

/** Runs a write that must be refused with the code, and checks that no row changed. */
async function expectRefused(client: ApiClient, write: Write, code = 'FORBIDDEN') {
  const before = await snapshot();
  expect(await outcome(client, write)).toBe(code);
  expect(await snapshot()).toEqual(before);
}

// ---------------------------------------------------------------------------------------------

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const OK = 'OK';

/** Each operation builds a fresh record of the own region and returns the write to try on it. */
const OPERATIONS: Record<string, () => Promise<Write>> = {
  createRegion: async () => create('Region', { code: unique('auth-new'), name: { fi: 'Uusi' } }),
  'updateRegion (own)': async () =>
    update('Region', await seeded('region', OWN), {
      name: {
        fi: 'Keski-Suomen hyvinvointialue',
        sv: 'Mellersta Finlands välfärdsområde',
        en: unique('Wellbeing services county of Central Finland'),
      },
    }),
  deleteRegion: async () => remove('Region', await make.region()),

  createMunicipality: async () =>
    create('Municipality', {
      code: freeMunicipalityCodes.shift(),
      name: { fi: 'Uusi kunta' },
      language: 'FI',
      regionId: OWN,
    }),
  updateMunicipality: async () =>
    update('Municipality', await make.municipality(), { name: { fi: 'Muutettu' } }),
  deleteMunicipality: async () => remove('Municipality', await make.municipality()),

  createServiceCategory: async () =>
    create('ServiceCategory', { code: unique('auth-new'), name: { fi: 'Uusi aihe' } }),
  updateServiceCategory: async () =>
    update('ServiceCategory', await make.category(), { name: { fi: 'Muutettu' } }),
  deleteServiceCategory: async () => remove('ServiceCategory', await make.category()),

  'createOrganization (NGO)': async () =>
    create('Organization', { kind: 'NGO', name: { fi: 'Uusi yhdistys' }, regionId: OWN }),
  'updateOrganization (NGO)': async () =>
    update('Organization', await make.organization('NGO'), { phone: '+358 40 123 4567' }),
  'deleteOrganization (NGO)': async () => remove('Organization', await make.organization('NGO')),
  'updateOrganization (PARISH)': async () =>
    update('Organization', await make.organization('PARISH'), { phone: '+358 40 123 4567' }),
  'createOrganization (PRIVATE)': async () =>
    create('Organization', { kind: 'PRIVATE', name: { fi: 'Uusi yritys' }, regionId: OWN }),
  'updateOrganization (PRIVATE)': async () =>
    update('Organization', await make.organization('PRIVATE'), { phone: '+358 40 123 4567' }),
  'deleteOrganization (PRIVATE)': async () =>
    remove('Organization', await make.organization('PRIVATE')),
  'updateOrganization (national)': async () =>
    update('Organization', await make.organization('KELA', null), { phone: '+358 20 634 11' }),

  'createService (THIRD_SECTOR)': async () =>
    create('Service', {
      name: { fi: 'Uusi vertaisryhmä' },
      organizationId: (await make.organization('NGO')).id,
      sector: 'THIRD_SECTOR',
    }),
  'updateService (THIRD_SECTOR)': async () =>
    update('Service', await make.service('THIRD_SECTOR', make.organization('NGO')), {
      phone: '+358 40 765 4321',
    }),
  'deleteService (THIRD_SECTOR)': async () =>
    remove('Service', await make.service('THIRD_SECTOR', make.organization('NGO'))),
  'createService (PUBLIC)': async () =>
    create('Service', {
      name: { fi: 'Uusi palvelu' },
      organizationId: organizationId('keski-suomi'),
      sector: 'PUBLIC',
    }),
  'updateService (PUBLIC)': async () =>
    update('Service', await make.service('PUBLIC', organizationId('keski-suomi')), {
      phone: '+358 14 266 0000',
    }),
  'deleteService (PUBLIC)': async () =>
    remove('Service', await make.service('PUBLIC', organizationId('keski-suomi'))),
  'updateService (national)': async () =>
    update('Service', await make.service('PUBLIC', make.organization('KELA', null)), {
      phone: '+358 20 692 200',
    }),

  createStation: async () =>
    create('Station', { name: { fi: 'Uusi asema' }, municipalityId: municipalityId('179') }),
  updateStation: async () => update('Station', await make.station(), { phone: '+358 14 123' }),
  deleteStation: async () => remove('Station', await make.station()),
  setStationSchedule: async () => setSchedule('Station', await make.station(), WEEKLY),

  createServiceAtStation: async () =>
    create('ServiceAtStation', {
      serviceId: serviceId('sosiaaliohjaus-jyvaskyla'),
      stationId: (await make.station()).id,
    }),
  updateServiceAtStation: async () =>
    update('ServiceAtStation', await make.serviceAtStation(), { notes: { fi: 'Tiistaisin' } }),
  deleteServiceAtStation: async () => remove('ServiceAtStation', await make.serviceAtStation()),
  setServiceAtStationSchedule: async () =>
    setSchedule('ServiceAtStation', await make.serviceAtStation(), WEEKLY),

  createCounsellor: async () =>
    create('Counsellor', { name: 'Uusi Ohjaaja', title: { fi: 'Sosiaaliohjaaja' }, regionId: OWN }),
  updateCounsellor: async () =>
    update('Counsellor', await make.counsellor(), { phone: '+358 40 111 2222' }),
  deleteCounsellor: async () => remove('Counsellor', await make.counsellor()),

  createReception: async () =>
    create('Reception', {
      counsellorId: (await make.counsellor()).id,
      stationId: (await make.station()).id,
      modes: ['WALK_IN'],
    }),
  'updateReception (own)': async () =>
    update('Reception', await make.reception(MARITA), { modes: ['WALK_IN'] }),
  deleteReception: async () => remove('Reception', await make.reception()),
  'setReceptionSchedule (own, exceptions only)': async () =>
    setSchedule('Reception', await make.receptionWithHours(MARITA), WEEKLY_WITH_EXCEPTION),
  'setReceptionSchedule (own, rules changed)': async () =>
    setSchedule('Reception', await make.receptionWithHours(MARITA), OTHER_RULES),
  'setReceptionSchedule (own, holiday policy changed)': async () =>
    setSchedule('Reception', await make.receptionWithHours(MARITA), {
      ...WEEKLY,
      holidayPolicy: 'IGNORE_HOLIDAYS',
    }),
  "setReceptionSchedule (another counsellor's, exceptions only)": async () =>
    setSchedule('Reception', await make.receptionWithHours(), WEEKLY_WITH_EXCEPTION),
};

/**
 * Per operation, the answer for each of WHO in order: anonymous, PROFESSIONAL, COUNSELLOR,
 * REGION_ADMIN, NATIONAL_ADMIN.
 */
// prettier-ignore
const MATRIX: [operation: string, ...expected: string[]][] = [
  //                                                     anon prof couns region national
  ['createRegion',                                          U, F, F,  F,  OK],
  ['updateRegion (own)',                                    U, F, F,  OK, OK],
  ['deleteRegion',                                          U, F, F,  F,  OK],
  ['createMunicipality',                                    U, F, F,  F,  OK],
  ['updateMunicipality',                                    U, F, F,  F,  OK],
  ['deleteMunicipality',                                    U, F, F,  F,  OK],
  ['createServiceCategory',                                 U, F, F,  F,  OK],
  ['updateServiceCategory',                                 U, F, F,  F,  OK],
  ['deleteServiceCategory',                                 U, F, F,  F,  OK],
  ['createOrganization (NGO)',                              U, F, OK, OK, OK],
  ['updateOrganization (NGO)',                              U, F, OK, OK, OK],
  ['deleteOrganization (NGO)',                              U, F, OK, OK, OK],
  ['updateOrganization (PARISH)',                           U, F, OK, OK, OK],
  ['createOrganization (PRIVATE)',                          U, F, F,  OK, OK],
  ['updateOrganization (PRIVATE)',                          U, F, F,  OK, OK],
  ['deleteOrganization (PRIVATE)',                          U, F, F,  OK, OK],
  ['updateOrganization (national)',                         U, F, F,  F,  OK],
  ['createService (THIRD_SECTOR)',                          U, F, OK, OK, OK],
  ['updateService (THIRD_SECTOR)',                          U, F, OK, OK, OK],
  ['deleteService (THIRD_SECTOR)',                          U, F, OK, OK, OK],
  ['createService (PUBLIC)',                                U, F, F,  OK, OK],
  ['updateService (PUBLIC)',                                U, F, F,  OK, OK],
  ['deleteService (PUBLIC)',                                U, F, F,  OK, OK],
  ['updateService (national)',                              U, F, F,  F,  OK],
  ['createStation',                                         U, F, F,  OK, OK],
  ['updateStation',                                         U, F, F,  OK, OK],
  ['deleteStation',                                         U, F, F,  OK, OK],
  ['setStationSchedule',                                    U, F, F,  OK, OK],
  ['createServiceAtStation',                                U, F, F,  OK, OK],
  ['updateServiceAtStation',                                U, F, F,  OK, OK],
  ['deleteServiceAtStation',                                U, F, F,  OK, OK],
  ['setServiceAtStationSchedule',                           U, F, F,  OK, OK],
  ['createCounsellor',                                      U, F, F,  OK, OK],
  ['updateCounsellor',                                      U, F, F,  OK, OK],
  ['deleteCounsellor',                                      U, F, F,  OK, OK],
  ['createReception',                                       U, F, F,  OK, OK],
  ['updateReception (own)',                                 U, F, F,  OK, OK],
  ['deleteReception',                                       U, F, F,  OK, OK],
  ['setReceptionSchedule (own, exceptions only)',           U, F, OK, OK, OK],
  ['setReceptionSchedule (own, rules changed)',             U, F, F,  OK, OK],
  ['setReceptionSchedule (own, holiday policy changed)',    U, F, F,  OK, OK],
  ["setReceptionSchedule (another counsellor's, exceptions only)", U, F, F, OK, OK],
];

const DIRECTORY_MUTATION =
  /^(create|update|delete|set)(Region|Municipality|Organization|Station|Service|ServiceAtStation|ServiceCategory|Counsellor|Reception)(Schedule)?$/;

const CASES = MATRIX.flatMap(([operation, ...expected]) =>
  WHO.map((who, i) => [who, operation, expected[i]] as const),
);

describe('the role x operation matrix', () => {
  it('covers every mutation of the directory', async () => {
    const { __schema } = await server.gql(`{ __schema { mutationType { fields { name } } } }`);
    const directory = __schema.mutationType.fields
      .map((field: { name: string }) => field.name)
      .filter((name: string) => DIRECTORY_MUTATION.test(name));
    const covered = new Set(MATRIX.map(([operation]) => operation.split(' ')[0]));
    expect(directory.filter((name: string) => !covered.has(name))).toEqual([]);
    expect(Object.keys(OPERATIONS).sort()).toEqual(MATRIX.map(([op]) => op).sort());
  });

  // A refused write changes nothing, so the next role may try the very same write on the same
  // record; an allowed one used its record up, and the next case builds a fresh one.
  let last: { operation: string; write: Write } | null = null;

  it.each(CASES)('%s: %s -> %s', async (who, operation, expected) => {
    if (last?.operation !== operation) last = { operation, write: await OPERATIONS[operation]() };
    const before = await snapshot();
    expect(await outcome(clients[who], last.write)).toBe(expected);
    // A refused write changes no row; an allowed one is seen to change something.
    if (expected === OK) {
      last = null;
      expect(await snapshot()).not.toEqual(before);
    } else {
      expect(await snapshot()).toEqual(before);
    }
  });
});

describe('reading', () => {
  it.each(WHO)('lets %s read the directory, of every region', async (who) => {
    const { station, counsellor } = await clients[who].gql(READ, {
      station: stationId('lohja-keskusta'),
      counsellor: MARITA,
    });
    expect(station).toMatchObject({
      id: stationId('lohja-keskusta'),
      region: { code: 'lansi-uusimaa' },
    });
    expect(counsellor).toMatchObject({ id: MARITA, region: { code: 'keski-suomi' } });
  });
});

describe('a region administrator of Keski-Suomi in another region', () => {
  const lohja = () => seeded('station', stationId('lohja-keskusta'));
  const lohjaCounsellor = counsellorId('lohja');

  it.each<[string, () => Promise<Write>]>([
    [
      'updates a Länsi-Uusimaa station by id',
      async () => update('Station', await lohja(), { phone: '+358 19 000 000' }),
    ],
    ['sets its opening hours', async () => setSchedule('Station', await lohja(), WEEKLY)],
    ['deletes it', async () => remove('Station', await lohja())],
    [
      'creates a station in a Länsi-Uusimaa municipality (Lohja)',
      async () =>
        create('Station', {
          name: { fi: 'Lohjan uusi asema', sv: 'Lojo nya station' },
          municipalityId: municipalityId('444'),
        }),
    ],
    [
      "moves an own station into another region's municipality",
      async () =>
        update('Station', await make.station(), { municipalityId: municipalityId('444') }),
    ],
    [
      "creates a reception at another region's station",
      async () =>
        create('Reception', {
          counsellorId: lohjaCounsellor,
          stationId: stationId('espoo-1'),
          modes: ['APPOINTMENT'],
        }),
    ],
    [
      "changes another region's reception",
      async () =>
        update('Reception', await seeded('reception', receptionId('lohja', 'lohja-keskusta')), {
          modes: ['PHONE'],
        }),
    ],
    [
      "sets the hours of another region's reception",
      async () =>
        setSchedule(
          'Reception',
          await seeded('reception', receptionId('lohja', 'lohja-keskusta')),
          WEEKLY,
        ),
    ],
    [
      "updates another region's counsellor",
      async () =>
        update('Counsellor', await seeded('counsellor', lohjaCounsellor), { phone: '+358 1' }),
    ],
    [
      'moves an own counsellor into another region',
      async () => update('Counsellor', await make.counsellor(), { regionId: OTHER }),
    ],
    [
      "adds an own service at another region's station",
      async () =>
        create('ServiceAtStation', {
          serviceId: serviceId('sosiaaliohjaus-jyvaskyla'),
          stationId: stationId('espoo-1'),
        }),
    ],
    [
      "changes a service at another region's station",
      async () =>
        update(
          'ServiceAtStation',
          await seeded(
            'service_at_station',
            serviceAtStationId('sosiaaliohjaus-lohja', 'lohja-keskusta'),
          ),
          { active: false },
        ),
    ],
    [
      "sets the hours of a service at another region's station",
      async () =>
        setSchedule(
          'ServiceAtStation',
          await seeded(
            'service_at_station',
            serviceAtStationId('sosiaaliohjaus-lohja', 'lohja-keskusta'),
          ),
          WEEKLY,
        ),
    ],
    [
      "updates another region's service",
      async () =>
        update('Service', await seeded('service', serviceId('sosiaaliohjaus-lohja')), {
          phone: '+358 1',
        }),
    ],
    [
      'moves an own service into another region',
      async () =>
        update('Service', await make.service('PUBLIC', organizationId('keski-suomi')), {
          area: 'REGION',
          regionId: OTHER,
        }),
    ],
    [
      "updates another region's organization",
      async () =>
        update('Organization', await seeded('organization', organizationId('lansi-uusimaa')), {
          phone: '+358 1',
        }),
    ],
    [
      'moves an own organization into another region',
      async () => update('Organization', await make.organization('PRIVATE'), { regionId: OTHER }),
    ],
    [
      'creates an organization in another region',
      async () =>
        create('Organization', { kind: 'NGO', name: { fi: 'Lohjan yhdistys' }, regionId: OTHER }),
    ],
    [
      "updates another region's record",
      async () => update('Region', await seeded('region', OTHER), { name: { fi: 'Muutettu' } }),
    ],
  ])('is refused when it %s', async (_what, write) => {
    await expectRefused(clients[Role.REGION_ADMIN], await write());
  });
});

describe('a counsellor', () => {
  const counsellor = () => clients[Role.COUNSELLOR];
  const ngoService = () => make.service('THIRD_SECTOR', make.organization('NGO'));

  it('edits a third-sector service of their region, and the change is stored', async () => {
    const service = await ngoService();
    const data = await counsellor().gql(UPDATE('Service'), {
      input: { id: service.id, version: service.version, phone: '+358 40 999 8888' },
    });
    expect(data.updateService.version).toBe(service.version + 1);
    const [row] = await server.sql('select phone from service where id = $1', [service.id]);
    expect(row.phone).toBe('+358 40 999 8888');
  });

  it('may not edit a public service of their own region', async () => {
    const service = await seeded('service', serviceId('sosiaaliohjaus-jyvaskyla'));
    await expectRefused(counsellor(), update('Service', service, { phone: '+358 1' }));
  });

  it("may not edit another region's third-sector service", async () => {
    const service = await make.service('THIRD_SECTOR', make.organization('NGO', OTHER));
    await expectRefused(counsellor(), update('Service', service, { phone: '+358 1' }));
  });

  it('may not move a third-sector service into another region, or make it public', async () => {
    await expectRefused(
      counsellor(),
      update('Service', await ngoService(), { area: 'REGION', regionId: OTHER }),
    );
    await expectRefused(counsellor(), update('Service', await ngoService(), { sector: 'PUBLIC' }));
    await expectRefused(
      counsellor(),
      update('Organization', await make.organization('NGO'), { kind: 'PRIVATE' }),
    );
  });

  it('adds an exception to the schedule of their own reception', async () => {
    // Every third week: the rule has an anchor date, which must compare as unchanged.
    const id = receptionId('marita-korhonen', 'oma-laakarisi-jyvaskyla-1');
    const { reception } = await counsellor().gql(RECEPTION_SCHEDULE, { id });
    const { alwaysOpen, holidayPolicy, rules, exceptions } = reception.schedule;
    const schedule = {
      alwaysOpen,
      holidayPolicy,
      rules: rules.map(withoutNulls),
      exceptions: [...exceptions.map(withoutNulls), TRAINING_DAY],
    };

    const data = await counsellor().gql(SET_SCHEDULE('Reception'), {
      input: { id, version: reception.version, schedule },
    });
    expect(data.setReceptionSchedule.version).toBe(reception.version + 1);
    const after = (await server.gql(RECEPTION_SCHEDULE, { id })).reception.schedule;
    expect(rules[0]).toMatchObject({ interval: 3, anchorDate: expect.any(String) });
    expect(after.rules).toEqual(rules);
    expect(after.exceptions).toContainEqual({
      ...TRAINING_DAY,
      opens: null,
      closes: null,
      overMidnight: false,
      reason: { fi: 'Koulutuspäivä', sv: null, en: null },
    });
  });

  it('may not change the rules of their own reception', async () => {
    const id = receptionId('marita-korhonen', 'jyvaskyla-2');
    const { reception } = await counsellor().gql(RECEPTION_SCHEDULE, { id });
    await expectRefused(
      counsellor(),
      setSchedule('Reception', { id, version: reception.version }, OTHER_RULES),
    );
    // Nor clear the schedule, which removes its rules too.
    await expectRefused(
      counsellor(),
      setSchedule('Reception', { id, version: reception.version }, null),
    );
  });

  it("may not touch another counsellor's reception", async () => {
    const id = receptionId('lohja', 'lohja-keskusta');
    const { reception } = await counsellor().gql(RECEPTION_SCHEDULE, { id });
    const schedule = {
      ...reception.schedule,
      rules: reception.schedule.rules.map(withoutNulls),
      exceptions: [TRAINING_DAY],
    };
    const record = { id, version: reception.version };
    await expectRefused(counsellor(), setSchedule('Reception', record, schedule));
    await expectRefused(counsellor(), update('Reception', record, { modes: ['PHONE'] }));
    await expectRefused(counsellor(), remove('Reception', record));
  });
});

/** Drops null fields (and ids) of a schedule part read from the API, to send it back. */
function withoutNulls(part: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(part).filter(([key, v]) => v != null && key !== 'id'));
}

function CREATE(entity: string): string {
  return `mutation ($input: Create${entity}Input!) { create${entity}(input: $input) { id version } }`;
}
function UPDATE(entity: string): string {
  return `mutation ($input: Update${entity}Input!) { update${entity}(input: $input) { id version } }`;
}
function DELETE(entity: string): string {
  return `mutation ($id: ID!) { delete${entity}(id: $id) }`;
}
function SET_SCHEDULE(owner: string): string {
  return `mutation ($input: SetScheduleInput!) { set${owner}Schedule(input: $input) { id version } }`;
}
const RECEPTION_SCHEDULE = `query ($id: ID!) { reception(id: $id) { id version schedule {
  alwaysOpen holidayPolicy
  rules { weekdays opens closes overMidnight interval anchorDate nthOfMonth validFrom validTo }
  exceptions { startDate endDate closed opens closes overMidnight reason { fi sv en } } } } }`;
const READ = `query ($station: ID!, $counsellor: ID!) {
  station(id: $station) { id region { code } receptions { id } }
  counsellor(id: $counsellor) { id region { code } receptions { id } } }`;
