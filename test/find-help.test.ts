import { DateTime } from 'luxon';
import {
  categoryId,
  counsellorId,
  municipalityId,
  organizationId,
  receptionId,
  serviceId,
} from '../seeds/ids';
import { distanceKm } from '../server/src/modules/directory/geo';
import { useAdminServer } from './support/admin-server';

// findHelp, the directory question, asked the way a public app asks it: anonymously, against the
// seed (plus a few records of this file's own where the seed has no coordinates or hours).
const { server, admin } = useAdminServer();

const LOHJA_RECEPTION = receptionId('lohja', 'lohja-keskusta');
const PAIJAT_HAME_GUIDANCE = serviceId('sote-keskuksen-sosiaaliohjaus-paijat-hame');

describe('findHelp against the seed', () => {
  it('gives a person in Lohja (08100) asking about Kela benefits on a Monday the walk-in reception first', async () => {
    const monday = await nextMondayWithLohjaWalkIn();
    const { findHelp } = await server.gql(FIND_HELP, {
      input: {
        topics: ['kela-benefits'],
        where: { postalCode: '08100' },
        when: { from: monday, to: monday },
      },
    });
    expect(findHelp.municipality).toMatchObject({ code: '444', name: { fi: 'Lohja' } });
    const [first, ...rest] = findHelp.options;
    expect(first).toMatchObject({
      rank: 1,
      kind: 'RECEPTION',
      reception: { id: LOHJA_RECEPTION, modes: expect.arrayContaining(['WALK_IN']) },
      station: { name: { fi: 'Lohjan keskustan terveysasema' } },
      why: { topics: ['kela-benefits'], area: 'MUNICIPALITY', language: null },
      accessModes: expect.arrayContaining(['WALK_IN']),
      hoursKnown: true,
    });
    expect(first.nextAvailable.start).toMatch(new RegExp(`^${monday}T08:00:00\\+0[23]:00$`));
    expect(first.nextAvailable.end).toMatch(new RegExp(`^${monday}T12:00:00\\+0[23]:00$`));
    // The guidance service at the same station is an option too, after the reception.
    expect(rest.map((o: any) => o.kind)).toContain('SERVICE_AT_STATION');
    for (const option of findHelp.options) expect(option.why.topics).toContain('kela-benefits');
  });

  it('gives a Swedish speaker in Raasepori (10600) options that serve Swedish', async () => {
    const input = { where: { postalCode: '10600' }, language: 'sv' };
    const { findHelp } = await server.gql(FIND_HELP, { input });
    expect(findHelp.municipality.name).toMatchObject({ fi: 'Raasepori', sv: 'Raseborg' });
    expect(findHelp.options.length).toBeGreaterThan(0);
    for (const option of findHelp.options) {
      const languages = option.service?.languages ?? option.reception.counsellor.languages;
      expect(languages).toContain('sv');
      expect(option.why).toMatchObject({ language: 'sv', area: 'REGION' });
    }
    // The counsellors of the region speak Finnish only: without the language they are options.
    const { findHelp: anyLanguage } = await server.gql(FIND_HELP, {
      input: { where: { postalCode: '10600' } },
    });
    expect(anyLanguage.options.map((o: any) => o.kind)).toContain('RECEPTION');
  });

  it('does not give a person over 65 the Päijät-Häme under-65 guidance', async () => {
    const ask = async (age: number) =>
      (await server.gql(FIND_HELP, { input: { where: { municipalityCode: '098' }, age } })).findHelp
        .options;
    const under65 = await ask(40);
    expect(under65.map((o: any) => o.service?.id)).toContain(PAIJAT_HAME_GUIDANCE);
    expect(under65.map((o: any) => o.reception?.counsellor.id)).toContain(
      counsellorId('paijat-hame'),
    );
    const over65 = await ask(70);
    expect(over65.map((o: any) => o.service?.id)).not.toContain(PAIJAT_HAME_GUIDANCE);
    expect(over65.map((o: any) => o.reception?.counsellor.id)).not.toContain(
      counsellorId('paijat-hame'),
    );
  });

  it('refuses an unknown postal code as a field error', async () => {
    const error = await server.gqlError(FIND_HELP, { input: { where: { postalCode: '12345' } } });
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'where.postalCode': ['unknown postal code'] },
    });
    const malformed = await server.gqlError(FIND_HELP, { input: { where: { postalCode: '081' } } });
    expect(Object.keys(malformed.extensions.fields ?? {})).toEqual(['where.postalCode']);
  });

  it('refuses unknown topics and contradictory times as field errors', async () => {
    const topic = await server.gqlError(FIND_HELP, { input: { topics: ['no-such-topic'] } });
    expect(topic.extensions.fields).toEqual({ topics: ['unknown topic: no-such-topic'] });
    const when = await server.gqlError(FIND_HELP, {
      input: { when: { openNow: true, from: '2027-01-11' } },
    });
    expect(Object.keys(when.extensions.fields ?? {})).toEqual(['when.openNow']);
  });

  it('includes region-wide services that serve the municipality, and a parent topic finds its subtopics', async () => {
    const { findHelp } = await server.gql(FIND_HELP, {
      input: { topics: ['social-services'], where: { municipalityCode: '564' }, age: 30 },
    });
    expect(findHelp.options[0]).toMatchObject({
      kind: 'SERVICE',
      service: { id: serviceId('aikuisten-sosiaalipalvelujen-ohjaus-pohde') },
      station: null,
      why: { area: 'REGION', topics: ['social-services'] },
      hoursKnown: false,
      nextAvailable: null,
    });
    const { findHelp: rehabilitation } = await server.gql(FIND_HELP, {
      input: { topics: ['rehabilitation'], where: { municipalityCode: '444' } },
    });
    expect(rehabilitation.topics.map((t: any) => t.code)).toEqual(
      expect.arrayContaining(['rehabilitation', 'rehabilitation.social']),
    );
    expect(rehabilitation.options[0].why.topics).toEqual([
      'rehabilitation',
      'rehabilitation.social',
    ]);
  });

  it('filters by how the person wants to be served', async () => {
    const { findHelp } = await server.gql(FIND_HELP, {
      input: { where: { municipalityCode: '098' }, accessModes: ['PHONE'] },
    });
    expect(findHelp.options.length).toBeGreaterThan(0);
    for (const option of findHelp.options) expect(option.accessModes).toContain('PHONE');
  });
});

describe('findHelp’s services, asked by name only or with more', () => {
  // Asked only by name, its services are read with the ranking's columns only; anything more
  // asked of them, also through their services at stations or another alias, comes from them all.
  const FIELDS = `id name { fi sv en } description { fi sv en } sector targetGroups minAge maxAge
    languages free accessModes phone email website area status lastVerified organization { id }`;
  const input = { where: { postalCode: '08100' }, limit: 50 };

  async function servicesById(ids: string[]): Promise<Map<string, unknown>> {
    const answers = await Promise.all(
      ids.map((id) => server.gql(`query ($id: ID!) { service(id: $id) { ${FIELDS} } }`, { id })),
    );
    return new Map(answers.map((a: any) => [a.service.id, a.service]));
  }

  it('ranks the same and answers every field as service(id) does', async () => {
    const names = await server.gql(
      `query ($input: FindHelpInput!) { findHelp(input: $input) {
        options { rank kind serviceAtStation { id } service { __typename id name { fi sv en } } }
      } }`,
      { input },
    );
    const full = await server.gql(
      `query ($input: FindHelpInput!) { findHelp(input: $input) {
        options { rank kind serviceAtStation { id service { ${FIELDS} } } service { ${FIELDS} } }
      } }`,
      { input },
    );
    const options = full.findHelp.options;
    expect(options.filter((o: any) => o.service).length).toBeGreaterThan(2);
    expect(
      names.findHelp.options.map((o: any) => [
        o.rank,
        o.kind,
        o.serviceAtStation?.id,
        o.service?.id,
      ]),
    ).toEqual(options.map((o: any) => [o.rank, o.kind, o.serviceAtStation?.id, o.service?.id]));
    const ids: string[] = options.filter((o: any) => o.service).map((o: any) => o.service.id);
    const expected = await servicesById([...new Set(ids)]);
    for (const [i, option] of options.entries()) {
      if (!option.service) continue;
      expect(option.service).toEqual(expected.get(option.service.id));
      if (option.serviceAtStation) expect(option.serviceAtStation.service).toEqual(option.service);
      const { name } = option.service as { name: unknown };
      expect(names.findHelp.options[i].service).toEqual({
        __typename: 'Service',
        id: option.service.id,
        name,
      });
    }
  });

  it('answers its services at stations’ version, state and timestamps when asked', async () => {
    const RECORD = 'id version active createdAt updatedAt notes { fi sv en }';
    const { findHelp } = await server.gql(
      `query ($input: FindHelpInput!) { findHelp(input: $input) {
        options { serviceAtStation { ${RECORD} } }
      } }`,
      { input },
    );
    const deliveries = findHelp.options.map((o: any) => o.serviceAtStation).filter(Boolean);
    expect(deliveries.length).toBeGreaterThan(0);
    for (const delivery of deliveries) {
      const { serviceAtStation } = await server.gql(
        `query ($id: ID!) { serviceAtStation(id: $id) { ${RECORD} } }`,
        { id: delivery.id },
      );
      expect(delivery).toEqual(serviceAtStation);
      expect(delivery.version).toBeGreaterThan(0);
    }
  });

  it('answers every field when another alias of its options asks more than the names', async () => {
    const { findHelp } = await server.gql(
      `query ($input: FindHelpInput!) { findHelp(input: $input) {
        byName: options { service { id name { fi } } }
        full: options { service { ${FIELDS} } }
      } }`,
      { input },
    );
    const services = findHelp.full.map((o: any) => o.service).filter(Boolean);
    expect(services.length).toBeGreaterThan(2);
    const expected = await servicesById(services.map((s: any) => s.id));
    for (const service of services) expect(service).toEqual(expected.get(service.id));
    expect(findHelp.byName.map((o: any) => o.service?.name.fi)).toEqual(
      findHelp.full.map((o: any) => o.service?.name.fi),
    );
  });
});

describe('findHelp with places, times and distances of its own', () => {
  const POINT = { latitude: 62.2426, longitude: 25.7473 };
  const NEAR = { latitude: 62.25, longitude: 25.75 };
  const FAR = { latitude: 62.4, longitude: 25.75 };
  const ids = { near: '', mid: '', far: '', closed: '', service: '', thirdSector: '' };

  beforeAll(async () => {
    ids.service = await createService({
      name: { fi: 'Velkaneuvonnan testipalvelu' },
      categoryIds: [categoryId('finances.debt')],
      area: 'STATIONS',
      accessModes: ['APPOINTMENT'],
    });
    ids.near = await createStation('Lähiasema', NEAR.latitude, NEAR.longitude);
    ids.far = await createStation('Kaukoasema', FAR.latitude, FAR.longitude);
    ids.mid = await createStation('Väliasema', 62.3, 25.75);
    ids.closed = await createStation('Suljettu asema', 62.243, 25.748);
    for (const station of [ids.near, ids.mid, ids.far, ids.closed])
      await deliver(ids.service, station);
    await admin.gql(SET_SCHEDULE, {
      input: { id: ids.near, version: 1, schedule: { alwaysOpen: true, rules: [] } },
    });
    await admin.gql(SET_SCHEDULE, {
      input: {
        id: ids.closed,
        version: 1,
        schedule: { rules: [{ weekdays: [1], opens: '00:00', closes: '00:01' }] },
      },
    });
    ids.thirdSector = await createService({
      name: { fi: 'Järjestön velkapuhelin', sv: 'Föreningens skuldtelefon' },
      sector: 'THIRD_SECTOR',
      categoryIds: [categoryId('finances.debt')],
      area: 'MUNICIPALITIES',
      municipalityIds: [municipalityId('179')],
      accessModes: ['PHONE'],
      languages: ['fi', 'sv'],
    });
  });

  it('gives the distance from a point, and orders by it what is otherwise equal', async () => {
    const { findHelp } = await server.gql(FIND_HELP, {
      input: { topics: ['finances.debt'], where: { near: { ...POINT, radiusKm: 25 } } },
    });
    const atStations = findHelp.options.filter((o: any) => o.kind === 'SERVICE_AT_STATION');
    // Open around the clock comes first; the closed-most-of-the-week one next (its next Monday
    // minute); the two without hours last, the nearer first.
    expect(atStations.map((o: any) => o.station.id)).toEqual([
      ids.near,
      ids.closed,
      ids.mid,
      ids.far,
    ]);
    expect(atStations[0].distanceKm).toBeCloseTo(distanceKm(POINT, NEAR), 2);
    expect(atStations[3].distanceKm).toBeCloseTo(distanceKm(POINT, FAR), 2);
    expect(atStations[3].distanceKm).toBeCloseTo(17.5, 0);
    expect(atStations.every((o: any) => o.why.area === 'NEARBY')).toBe(true);
    // The third-sector service for Jyväskylä's residents serves the stations' municipality.
    expect(findHelp.options.map((o: any) => o.service?.id)).toContain(ids.thirdSector);
  });

  it('answers "open now" with what is open at this moment only', async () => {
    const { findHelp } = await server.gql(FIND_HELP, {
      input: {
        topics: ['finances.debt'],
        where: { near: { ...POINT, radiusKm: 25 } },
        when: { openNow: true },
      },
    });
    expect(findHelp.options.map((o: any) => o.station?.id)).toEqual([ids.near]);
    const [open] = findHelp.options;
    expect(Date.parse(open.nextAvailable.start)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(open.nextAvailable.end)).toBeGreaterThan(Date.now());
  });

  it('leaves out options with known hours and no time in the dates asked, keeps unknown hours last', async () => {
    const tuesday = nextWeekday(2);
    const { findHelp } = await server.gql(FIND_HELP, {
      input: {
        topics: ['finances.debt'],
        where: { municipalityCode: '179', near: { ...POINT, radiusKm: 25 } },
        when: { from: tuesday, to: tuesday },
      },
    });
    const stations = findHelp.options.filter((o: any) => o.station).map((o: any) => o.station.id);
    expect(stations).toEqual([ids.near, ids.mid, ids.far]);
    // A point with a municipality: the stations in it are in the person's municipality.
    const areas = findHelp.options.filter((o: any) => o.station).map((o: any) => o.why.area);
    expect(new Set(areas)).toEqual(new Set(['MUNICIPALITY']));
    expect(findHelp.options.find((o: any) => o.station?.id === ids.far)).toMatchObject({
      hoursKnown: false,
      nextAvailable: null,
    });
  });

  it('costs a bounded number of SQL statements, however many options it finds', async () => {
    const few = await statementsFor({
      topics: ['finances.debt'],
      where: { municipalityCode: '179' },
    });
    const many = await statementsFor({ where: { municipalityCode: '179' }, limit: 100 });
    expect(many.options).toBeGreaterThan(few.options + 5);
    expect(many.statements).toBeLessThanOrEqual(16);
    expect(many.statements).toBeLessThanOrEqual(few.statements + 2);
  });

  it('answers what a directory app shows in at most six SQL statements, with topics and a municipality', async () => {
    // The public app's list: each option's name, place and next time.
    const question = {
      topics: ['finances.debt', 'housing'],
      where: { municipalityCode: '179' },
    };
    const { statements, options } = await statementsFor(question, APP_LIST);
    expect(options).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(6);
  });
});

async function statementsFor(
  input: object,
  query = FIND_HELP,
): Promise<{ statements: number; options: number }> {
  const response = await server.post(query, { input });
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  return {
    statements: Number(response.headers.get('x-sql-statements')),
    options: body.data.findHelp.options.length,
  };
}

/** The next Monday (from tomorrow on) when Lohja's walk-in reception is held. */
async function nextMondayWithLohjaWalkIn(): Promise<string> {
  let day = DateTime.now().setZone('Europe/Helsinki').plus({ days: 1 });
  while (day.weekday !== 1) day = day.plus({ days: 1 });
  for (let week = 0; week < 8; week++, day = day.plus({ weeks: 1 })) {
    const date = day.toISODate()!;
    const { reception } = await server.gql(
      `query ($id: ID!, $day: Date!) { reception(id: $id) { openingHours(from: $day, to: $day) { closed } } }`,
      { id: LOHJA_RECEPTION, day: date },
    );
    if (!reception.openingHours[0].closed) return date;
  }
  throw new Error('no Monday with the walk-in reception in eight weeks');
}

function nextWeekday(weekday: number): string {
  let day = DateTime.now().setZone('Europe/Helsinki').plus({ days: 1 });
  while (day.weekday !== weekday) day = day.plus({ days: 1 });
  return day.toISODate()!;
}

async function createStation(name: string, latitude: number, longitude: number): Promise<string> {
  const { createStation } = await admin.gql(
    `mutation ($input: CreateStationInput!) { createStation(input: $input) { id } }`,
    { input: { name: { fi: name }, municipalityId: municipalityId('179'), latitude, longitude } },
  );
  return createStation.id;
}

async function createService(input: object): Promise<string> {
  const { createService } = await admin.gql(
    `mutation ($input: CreateServiceInput!) { createService(input: $input) { id } }`,
    { input: { organizationId: organizationId('keski-suomi'), sector: 'PUBLIC', ...input } },
  );
  return createService.id;
}

async function deliver(serviceId: string, stationId: string): Promise<void> {
  await admin.gql(
    `mutation ($input: CreateServiceAtStationInput!) { createServiceAtStation(input: $input) { id } }`,
    { input: { serviceId, stationId } },
  );
}

const SET_SCHEDULE = `mutation ($input: SetScheduleInput!) { setStationSchedule(input: $input) { id } }`;

const FIND_HELP = `query ($input: FindHelpInput!) {
  findHelp(input: $input) {
    municipality { code name { fi sv } }
    topics { code }
    total
    options {
      rank
      kind
      why { topics area language }
      distanceKm
      accessModes
      hoursKnown
      nextAvailable { start end }
      nextTimes { start end }
      reception { id modes counsellor { id name languages } }
      serviceAtStation { id }
      service { id name { fi } languages categories { code } }
      station { id name { fi } municipality { code } }
    }
  }
}`;

/** A public app's list of options: what each is, where, why it was chosen and when it is open. */
const APP_LIST = `query ($input: FindHelpInput!) {
  findHelp(input: $input) {
    total
    options {
      rank
      kind
      why { topics area }
      accessModes
      station { id name { fi } streetAddress postOffice }
      service { id name { fi } }
      reception { id modes }
      nextAvailable { start end }
    }
  }
}`;
