import { randomUUID } from 'node:crypto';
import { regionId } from '../seeds/ids';
import { UNKNOWN_ID, useAdminServer } from './support/admin-server';
import {
  expectDeleteRefused,
  expectStaleVersionRefused,
  expectUnknownIdNotFound,
} from './support/refused-writes';
import { sqlFixtures } from './support/fixtures';

const { server, admin } = useAdminServer();
const {
  countRows,
  municipalityId,
  insertOrganization,
  insertService,
  insertDelivery,
  insertCounsellor,
  insertReception,
} = sqlFixtures(server.sql);

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const names = (data: any) => data.stations.items.map((s: any) => s.name.fi);
const ids = (data: any) => data.stations.items.map((s: any) => s.id);

async function stationRow(id: string) {
  const [row] = await server.sql('select * from station where id = $1', [id]);
  return row;
}

async function createStation(name: object, code = '179', extra: object = {}) {
  const input = { name, municipalityId: await municipalityId(code), ...extra };
  return (await admin.gql(CREATE, { input })).createStation;
}

/** Stations straight into the database, for fixtures the API under test should not build. */
async function insertStations(count: number, tag: string, operatorId: string): Promise<string[]> {
  const municipality = await municipalityId('179');
  const created: string[] = [];
  for (let n = 0; n < count; n++) {
    const id = randomUUID();
    await server.sql(
      `insert into station (id, version, created_at, updated_at, name_fi, region_id,
         municipality_id, languages, operator_id)
       values ($1, 1, now(), now(), $2, $3, $4, '{fi}', $5)`,
      [id, `${tag} ${n}`, regionId('keski-suomi'), municipality, operatorId],
    );
    created.push(id);
  }
  return created;
}

describe('stations: lists', () => {
  it('lists stations sorted by name, municipality, creation and change, paged, with the total', async () => {
    const a = await createStation({ fi: 'Sorttitesti Alfa' }, '179');
    const b = await createStation({ fi: 'Sorttitesti Beta', sv: 'Sorttest Beta' }, '444');
    const c = await createStation({ fi: 'Sorttitesti Gamma' }, '398');
    await admin.gql(UPDATE, { input: { id: a.id, version: 1, phone: '+358 3 123 456' } });
    const filter = { q: 'Sorttitesti' };

    const byName = await admin.gql(LIST, { filter });
    expect(byName.stations.total).toBe(3);
    expect(names(byName)).toEqual(['Sorttitesti Alfa', 'Sorttitesti Beta', 'Sorttitesti Gamma']);
    const desc = await admin.gql(LIST, { filter, sort: { field: 'NAME', order: 'DESC' } });
    expect(ids(desc)).toEqual([c.id, b.id, a.id]);

    // Jyväskylä < Lahti < Lohja
    const byMunicipality = await admin.gql(LIST, { filter, sort: { field: 'MUNICIPALITY' } });
    expect(ids(byMunicipality)).toEqual([a.id, c.id, b.id]);
    const byCreation = await admin.gql(LIST, { filter, sort: { field: 'CREATED_AT' } });
    expect(ids(byCreation)).toEqual([a.id, b.id, c.id]);
    const byChange = await admin.gql(LIST, {
      filter,
      sort: { field: 'UPDATED_AT', order: 'DESC' },
    });
    expect(ids(byChange)[0]).toBe(a.id);

    const page = await admin.gql(LIST, { filter, page: { offset: 1, limit: 1 } });
    expect(page.stations.total).toBe(3);
    expect(ids(page)).toEqual([b.id]);

    const all = await admin.gql(LIST, { page: { limit: 100 } });
    expect(all.stations.total).toBe(await countRows('station'));
    expect(names(all)).toEqual([...names(all)].sort(byCodeUnit));
  });

  it('filters by ids, text, region, municipality, municipality codes, active and operator kind', async () => {
    const jkl = await createStation({ fi: 'Suodatin Kuokkala' }, '179', {
      streetAddress: 'Syöttäjänkatu 9',
      postOffice: 'Jyväskylä',
      operatorKind: 'CONTRACTED',
    });
    const lohja = await createStation(
      { fi: 'Suodatin Lohjan asema', sv: 'Filter Lojo station', en: 'Filter Lohja station' },
      '444',
      { postOffice: 'Lohja', active: false },
    );
    const mine = [jkl.id, lohja.id];
    const match = async (filter: object) =>
      ids(await admin.gql(LIST, { filter: { ids: mine, ...filter } }));

    expect(await match({})).toEqual([jkl.id, lohja.id]);
    expect(ids(await admin.gql(LIST, { filter: { ids: [lohja.id] } }))).toEqual([lohja.id]);
    expect(await match({ q: 'kuokkala' })).toEqual([jkl.id]);
    expect(await match({ q: 'lojo' })).toEqual([lohja.id]);
    expect(await match({ q: 'LOHJA STATION' })).toEqual([lohja.id]);
    expect(await match({ q: 'syöttäjänkatu' })).toEqual([jkl.id]);
    expect(await match({ q: 'jyväskylä' })).toEqual([jkl.id]);
    expect(await match({ q: '%' })).toEqual([]);
    expect(await match({ regionId: regionId('lansi-uusimaa') })).toEqual([lohja.id]);
    expect(await match({ municipalityId: await municipalityId('179') })).toEqual([jkl.id]);
    expect(await match({ municipalityCodes: ['444', '049'] })).toEqual([lohja.id]);
    expect(await match({ active: true })).toEqual([jkl.id]);
    expect(await match({ active: false })).toEqual([lohja.id]);
    expect(await match({ operatorKind: 'CONTRACTED' })).toEqual([jkl.id]);
    expect(await match({ operatorKind: 'OWN', municipalityCodes: ['179'] })).toEqual([]);

    const [{ n }] = await server.sql(
      `select count(*)::int as n from station s join municipality m on m.id = s.municipality_id
       where m.code = '179'`,
    );
    const inJyvaskyla = await admin.gql(LIST, { filter: { municipalityCodes: ['179'] } });
    expect(inJyvaskyla.stations.total).toBe(n);
  });

  it('rejects a malformed filter with BAD_USER_INPUT', async () => {
    const error = await admin.gqlError(LIST, {
      filter: { regionId: 'nope', municipalityCodes: ['1790'] },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {}).sort()).toEqual([
      'municipalityCodes',
      'regionId',
    ]);
  });

  it('loads region, municipality and operator of many stations in a bounded number of statements', async () => {
    const operator = await insertOrganization('Laskuri Oy', 'PRIVATE');
    await insertStations(25, 'Laskuriasema', operator);
    const statements = async (limit: number) => {
      const response = await admin.post(NESTED_LIST, { filter: { q: 'Laskuriasema' }, limit });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.stations.items).toHaveLength(limit);
      expect(body.data.stations.items[0]).toMatchObject({
        region: { code: 'keski-suomi' },
        municipality: { code: '179' },
        operator: { name: { fi: 'Laskuri Oy' } },
      });
      return Number(response.headers.get('x-sql-statements'));
    };
    const five = await statements(5);
    const twentyFive = await statements(25);
    expect(five).toBeGreaterThan(0);
    expect(twentyFive).toBe(five);
  });
});

describe('stations: one', () => {
  it('reads one station with its services and their catalogue services in one statement, as a list gives them', async () => {
    const operator = await insertOrganization('Palvelulaskuri Oy', 'PRIVATE');
    const [one, other] = await insertStations(2, 'Palvelulaskuri', operator);
    // One after another: the fixtures share one database connection.
    const services: string[] = [];
    for (const name of ['Näkyvä', 'Toinen näkyvä', 'Luonnos', 'Ei tarjolla']) {
      services.push(await insertService(`Palvelulaskuri ${name}`, operator));
    }
    const [shown, alsoShown, draft, inactive] = services;
    await server.sql(`update service set status = 'DRAFT' where id = $1`, [draft]);
    const deliver = (station: string, service: string, active = true) =>
      insertDelivery(station, service, { notes: `Huomio ${service}`, active });
    for (const service of [shown, alsoShown, draft]) await deliver(one, service);
    await deliver(one, inactive, false);
    await deliver(other, shown);

    const statements = async (client: { post: typeof admin.post }, query: string) => {
      const response = await client.post(query, { id: one });
      const { data, errors } = await response.json();
      expect(errors).toBeUndefined();
      return {
        station: data.station,
        statements: Number(response.headers.get('x-sql-statements')),
      };
    };
    // The services cost no statement: the deliveries with their services in the station's.
    const oneStation = async (client: { post: typeof admin.post }) => {
      const alone = await statements(client, `query ($id: ID!) { station(id: $id) { id } }`);
      const withServices = await statements(client, ONE_STATION_SERVICES);
      expect(withServices.statements).toBe(alone.statements);
      return withServices;
    };
    // A list reads its stations' services in a statement of their own: the same answer.
    const listed = async (client: { gql: typeof admin.gql }) => {
      const data = await client.gql(LISTED_STATION_SERVICES, { q: 'Palvelulaskuri' });
      expect(data.stations.items).toHaveLength(2);
      return data.stations.items.find((station: any) => station.id === one);
    };
    const serviceNames = (station: any) =>
      station.services.map((d: any) => d.service.name.fi.replace('Palvelulaskuri ', '')).sort();

    const { station: anonymous, statements: anonymousStatements } = await oneStation(server);
    expect(anonymousStatements).toBe(1);
    expect(serviceNames(anonymous)).toEqual(['Näkyvä', 'Toinen näkyvä']);
    expect(anonymous.services[0]).toMatchObject({
      active: true,
      notes: { fi: expect.stringMatching(/^Huomio /) },
      service: { status: 'ACTIVE', sector: 'THIRD_SECTOR', languages: ['fi'] },
    });
    expect(await listed(server)).toEqual(anonymous);

    const { station: signedIn } = await oneStation(admin);
    expect(serviceNames(signedIn)).toEqual(['Ei tarjolla', 'Luonnos', 'Näkyvä', 'Toinen näkyvä']);
    expect(await listed(admin)).toEqual(signedIn);
  });

  it("reads one station's services in its statement also through fragments and aliases, and none when it has none", async () => {
    const operator = await insertOrganization('Katselulaskuri Oy', 'PRIVATE');
    const [one, empty] = await insertStations(2, 'Katselulaskuri', operator);
    const service = await insertService('Katselulaskuri Neuvonta', operator);
    const delivery = await insertDelivery(one, service, { notes: 'Ajanvaraus päivystäjältä' });
    const ask = async (query: string, id: string) => {
      const response = await server.post(query, { id });
      const text = await response.text();
      // Written as it is (http-server.ts plainPostAnswers): the length counts bytes, not letters.
      expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
      expect(response.headers.get('etag')).toBeNull();
      const { data, errors } = JSON.parse(text);
      expect(errors).toBeUndefined();
      return { station: data.station, statements: response.headers.get('x-sql-statements') };
    };
    // Through a fragment of the station: still one statement, the same services.
    const viaFragment = await ask(
      `query ($id: ID!) { station(id: $id) { ...Card } }
       fragment Card on Station { id services { id notes { fi } service { name { fi } } } }`,
      one,
    );
    expect(viaFragment).toEqual({
      statements: '1',
      station: {
        id: one,
        services: [
          {
            id: delivery,
            notes: { fi: 'Ajanvaraus päivystäjältä' },
            service: { name: { fi: 'Katselulaskuri Neuvonta' } },
          },
        ],
      },
    });
    // Two aliases asking different things of the services: each gets what it asked.
    const aliased = await ask(
      `query ($id: ID!) { station(id: $id) {
         ids: services { id }
         names: services { service { name { fi } } }
       } }`,
      one,
    );
    expect(aliased.station).toEqual({
      ids: [{ id: delivery }],
      names: [{ service: { name: { fi: 'Katselulaskuri Neuvonta' } } }],
    });
    // A station without services: an empty list, in the station's statement.
    expect(await ask(ONE_STATION_SERVICES, empty)).toEqual({
      statements: '1',
      station: { id: empty, services: [] },
    });
  });

  it("reads the hours of a page of stations' services with the services, as each answers alone", async () => {
    const operator = await insertOrganization('Tuntilaskuri Oy', 'PRIVATE');
    const [one, other] = await insertStations(2, 'Tuntilaskuri', operator);
    const first = await insertService('Tuntilaskuri Aamu', operator);
    const second = await insertService('Tuntilaskuri Ilta', operator);
    const morning = await insertDelivery(one, first);
    await insertDelivery(one, second); // no hours of its own
    const evening = await insertDelivery(other, first);
    const weekly = (opens: string, closes: string) => ({
      rules: [{ weekdays: [1, 3], opens, closes, interval: 1 }],
      exceptions: [{ startDate: '2026-12-09', endDate: '2026-12-09', closed: true }],
    });
    await admin.gql(SET_DELIVERY_SCHEDULE, {
      input: { id: morning, version: 1, schedule: weekly('08:00', '11:00') },
    });
    await admin.gql(SET_DELIVERY_SCHEDULE, {
      input: { id: evening, version: 1, schedule: weekly('17:00', '20:00') },
    });

    const week = { from: '2026-12-07', to: '2026-12-13' };
    const page = async (query: string) => {
      const response = await server.post(query, { q: 'Tuntilaskuri', ...week });
      const { data, errors } = await response.json();
      expect(errors).toBeUndefined();
      const statements = Number(response.headers.get('x-sql-statements'));
      return { items: data.stations.items, statements };
    };
    const withHours = await page(PAGE_WITH_SERVICE_HOURS);
    // The services' hours are read in the same rows as the services at stations.
    expect(withHours.statements).toBe((await page(PAGE_WITH_SERVICES)).statements);

    const deliveries = withHours.items.flatMap((station: any) => station.services);
    expect(deliveries).toHaveLength(3);
    const hoursOf = (id: string) => deliveries.find((d: any) => d.id === id);
    expect(hoursOf(morning).hoursSummary.fi).toMatch(/8\.00/);
    expect(hoursOf(evening).openingHours[0].intervals).toEqual([
      { start: '2026-12-07T17:00:00+02:00', end: '2026-12-07T20:00:00+02:00' },
    ]);
    expect(hoursOf(evening).openingHours[2]).toMatchObject({ date: '2026-12-09', closed: true });
    for (const delivery of deliveries) {
      const alone = await server.gql(DELIVERY_HOURS, { id: delivery.id, ...week });
      expect(delivery).toEqual({ ...alone.serviceAtStation, service: delivery.service });
    }
    // One station: its services and their hours in the station's statement.
    const response = await server.post(ONE_STATION_WITH_SERVICE_HOURS, { id: one, ...week });
    const { data } = await response.json();
    expect(response.headers.get('x-sql-statements')).toBe('1');
    expect(data.station).toEqual(withHours.items.find((s: any) => s.id === one));
  });

  it('gets a station with its region, municipality, operator, services and receptions', async () => {
    const operator = await insertOrganization('Operaattori Oy', 'PRIVATE');
    const station = await createStation({ fi: 'Haettava asema' }, '179', {
      operatorId: operator,
    });
    const { station: found } = await admin.gql(GET, { id: station.id });
    expect(found).toMatchObject({
      id: station.id,
      name: { fi: 'Haettava asema' },
      region: { code: 'keski-suomi' },
      municipality: { code: '179' },
      operator: { id: operator },
      services: [],
      receptions: [],
    });
  });

  it('answers null for an unknown or malformed id', async () => {
    expect((await admin.gql(GET, { id: UNKNOWN_ID })).station).toBeNull();
    expect((await admin.gql(GET, { id: 'not-a-uuid' })).station).toBeNull();
  });
});

describe('stations: writes', () => {
  it('creates a station with every field and derives its region from the municipality', async () => {
    const operator = await insertOrganization('Sopimuskumppani Oy', 'PRIVATE');
    const station = await createStation(
      { fi: ' Kaikki kentät ', sv: 'Alla fält', en: 'All fields' },
      '179',
      {
        streetAddress: 'Keskussairaalantie 19',
        postalCode: '40620',
        postOffice: 'Jyväskylä',
        latitude: 62.2295,
        longitude: 25.7085,
        phone: '+358 14 266 0000',
        accessibility: { fi: 'Esteetön sisäänkäynti' },
        languages: ['fi', 'en', 'fi'],
        operatorKind: 'CONTRACTED',
        operatorId: operator,
        active: false,
        source: 'test',
      },
    );
    expect(station).toMatchObject({
      version: 1,
      name: { fi: 'Kaikki kentät', sv: 'Alla fält', en: 'All fields' },
      region: { code: 'keski-suomi' },
      municipality: { code: '179' },
      operator: { id: operator },
      postalCode: '40620',
      latitude: 62.2295,
      longitude: 25.7085,
      accessibility: { fi: 'Esteetön sisäänkäynti', sv: null },
      languages: ['fi', 'en'],
      operatorKind: 'CONTRACTED',
      active: false,
    });
    const row = await stationRow(station.id);
    expect(row).toMatchObject({
      region_id: regionId('keski-suomi'),
      operator_id: operator,
      street_address: 'Keskussairaalantie 19',
      post_office: 'Jyväskylä',
      phone: '+358 14 266 0000',
      source: 'test',
    });
  });

  it('defaults languages, operator kind and activity', async () => {
    const station = await createStation({ fi: 'Oletusasema' });
    expect(station).toMatchObject({
      languages: ['fi'],
      operatorKind: 'OWN',
      active: true,
      operator: null,
      latitude: null,
    });
  });

  it('updates with the version read, and the region follows a change of municipality', async () => {
    const station = await createStation({ fi: 'Muuttuva asema' }, '179', {
      phone: '014 123 456',
      latitude: 62.2,
      longitude: 25.7,
    });
    const { updateStation: moved } = await admin.gql(UPDATE, {
      input: { id: station.id, version: 1, municipalityId: await municipalityId('398') },
    });
    expect(moved).toMatchObject({
      version: 2,
      name: { fi: 'Muuttuva asema' },
      municipality: { code: '398' },
      region: { code: 'paijat-hame' },
      phone: '014 123 456',
    });
    expect((await stationRow(station.id)).region_id).toBe(regionId('paijat-hame'));

    const { updateStation: changed } = await admin.gql(UPDATE, {
      input: { id: station.id, version: 2, phone: null, latitude: 61.0 },
    });
    expect(changed).toMatchObject({ version: 3, phone: null, latitude: 61, longitude: 25.7 });

    const { updateStation: cleared } = await admin.gql(UPDATE, {
      input: { id: station.id, version: 3, latitude: null, longitude: null },
    });
    expect(cleared).toMatchObject({ version: 4, latitude: null, longitude: null });
  });

  it('deletes a station', async () => {
    const station = await createStation({ fi: 'Poistettava asema' });
    expect((await admin.gql(DELETE, { id: station.id })).deleteStation).toBe(true);
    expect(await stationRow(station.id)).toBeUndefined();
  });

  it('answers unknown ids in writes with NOT_FOUND', async () => {
    await expectUnknownIdNotFound(admin, { update: UPDATE, delete: DELETE });
  });

  it('refuses a stale version with CONFLICT and keeps the newer data', async () => {
    const station = await createStation({ fi: 'Ensimmäinen' });
    await expectStaleVersionRefused(admin, UPDATE, station.id, {
      newer: { name: { fi: 'Toinen' } },
      stale: { name: { fi: 'Kolmas' } },
    });
    expect(await stationRow(station.id)).toMatchObject({ name_fi: 'Toinen', version: 2 });
  });
});

describe('stations: validation', () => {
  it('rejects invalid input per field without echoing the values, and stores nothing', async () => {
    const before = await countRows('station');
    const error = await admin.gqlError(CREATE, {
      input: {
        name: { fi: '' },
        municipalityId: 'kunta-179',
        postalCode: '4010X',
        latitude: 95.5,
        longitude: -200.25,
        phone: 'soita<script>',
        languages: ['suomi'],
        operatorId: 'operaattori-x',
        accessibility: { fi: '' },
      },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {}).sort()).toEqual([
      'accessibility.fi',
      'languages',
      'latitude',
      'longitude',
      'municipalityId',
      'name.fi',
      'operatorId',
      'phone',
      'postalCode',
    ]);
    for (const value of ['kunta-179', '4010X', '95.5', '-200.25', 'soita<script>', 'suomi']) {
      expect(error.message).not.toContain(value);
      expect(JSON.stringify(error.extensions.fields)).not.toContain(value);
    }
    expect(error.message).not.toContain('operaattori-x');
    expect(await countRows('station')).toBe(before);
  });

  it('requires both coordinates or neither, naming the missing one', async () => {
    const before = await countRows('station');
    const noLongitude = await admin.gqlError(CREATE, {
      input: {
        name: { fi: 'Puolikas' },
        municipalityId: await municipalityId('179'),
        latitude: 62,
      },
    });
    expect(noLongitude.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(noLongitude.extensions.fields ?? {})).toEqual(['longitude']);
    const noLatitude = await admin.gqlError(CREATE, {
      input: {
        name: { fi: 'Puolikas' },
        municipalityId: await municipalityId('179'),
        longitude: 25,
      },
    });
    expect(Object.keys(noLatitude.extensions.fields ?? {})).toEqual(['latitude']);
    expect(await countRows('station')).toBe(before);

    const station = await createStation({ fi: 'Koordinaatit' }, '179', {
      latitude: 62,
      longitude: 25,
    });
    const clearOne = await admin.gqlError(UPDATE, {
      input: { id: station.id, version: 1, latitude: null },
    });
    expect(Object.keys(clearOne.extensions.fields ?? {})).toEqual(['latitude']);
    expect(await stationRow(station.id)).toMatchObject({ latitude: 62, longitude: 25, version: 1 });
  });

  it('rejects a municipality or operator that does not exist, and stores nothing', async () => {
    const before = await countRows('station');
    const municipality = await admin.gqlError(CREATE, {
      input: { name: { fi: 'Ei kuntaa' }, municipalityId: UNKNOWN_ID },
    });
    expect(municipality.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(municipality.extensions.fields ?? {})).toEqual(['municipalityId']);
    const operator = await admin.gqlError(CREATE, {
      input: {
        name: { fi: 'Ei tuottajaa' },
        municipalityId: await municipalityId('179'),
        operatorId: UNKNOWN_ID,
      },
    });
    expect(Object.keys(operator.extensions.fields ?? {})).toEqual(['operatorId']);
    expect(await countRows('station')).toBe(before);

    const station = await createStation({ fi: 'Pysyvä asema' });
    const move = await admin.gqlError(UPDATE, {
      input: { id: station.id, version: 1, municipalityId: UNKNOWN_ID, phone: '014 111 222' },
    });
    expect(Object.keys(move.extensions.fields ?? {})).toEqual(['municipalityId']);
    expect(await stationRow(station.id)).toMatchObject({ phone: null, version: 1 });
  });

  it('requires a Swedish name in Lohja (bilingual) and Närpiö (Swedish) but not in Jyväskylä', async () => {
    const before = await countRows('station');
    for (const code of ['444', '545']) {
      const error = await admin.gqlError(CREATE, {
        input: {
          name: { fi: 'Vain suomeksi', sv: ' ' },
          municipalityId: await municipalityId(code),
        },
      });
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(error.extensions.fields ?? {})).toEqual(['name.sv']);
    }
    expect(await countRows('station')).toBe(before);

    const jkl = await createStation({ fi: 'Vain suomeksi' }, '179');
    expect(jkl.name).toEqual({ fi: 'Vain suomeksi', sv: null, en: null });
    const lohja = await createStation({ fi: 'Kaksikielinen', sv: 'Tvåspråkig' }, '444');
    expect(lohja.region.code).toBe('lansi-uusimaa');

    // Moving the Finnish-only station to Lohja needs the Swedish name too.
    const moved = await admin.gqlError(UPDATE, {
      input: { id: jkl.id, version: 1, municipalityId: await municipalityId('444') },
    });
    expect(Object.keys(moved.extensions.fields ?? {})).toEqual(['name.sv']);
    expect(await stationRow(jkl.id)).toMatchObject({
      municipality_id: await municipalityId('179'),
      region_id: regionId('keski-suomi'),
      version: 1,
    });
    // Dropping the Swedish name of a Lohja station is refused as well.
    const dropped = await admin.gqlError(UPDATE, {
      input: { id: lohja.id, version: 1, name: { fi: 'Kaksikielinen' } },
    });
    expect(Object.keys(dropped.extensions.fields ?? {})).toEqual(['name.sv']);
    expect(await stationRow(lohja.id)).toMatchObject({ name_sv: 'Tvåspråkig', version: 1 });

    const { updateStation } = await admin.gql(UPDATE, {
      input: {
        id: jkl.id,
        version: 1,
        municipalityId: await municipalityId('444'),
        name: { fi: 'Vain suomeksi', sv: 'Bara finska' },
      },
    });
    expect(updateStation).toMatchObject({ version: 2, region: { code: 'lansi-uusimaa' } });
  });
});

describe('stations: delete refused while referenced', () => {
  it('refuses to delete a station that still has services or receptions, and keeps it', async () => {
    const station = await createStation({ fi: 'Viitattu asema' });
    const organization = await insertOrganization('Järjestö ry', 'PRIVATE');
    const serviceId = await insertService('Velkaneuvonta', organization);
    const deliveryId = await insertDelivery(station.id, serviceId);

    await expectDeleteRefused(admin, DELETE, station.id, /1 service at the station/);
    expect(await stationRow(station.id)).toBeDefined();

    const nested = await admin.gql(GET, { id: station.id });
    expect(nested.station.services).toEqual([{ id: deliveryId }]);

    await server.sql('delete from service_at_station where id = $1', [deliveryId]);
    const counsellorId = await insertCounsellor('Testi Ohjaaja', 'keski-suomi');
    const receptionId = await insertReception(counsellorId, station.id);
    await expectDeleteRefused(admin, DELETE, station.id, /1 reception/);
    expect(await stationRow(station.id)).toBeDefined();
    expect((await admin.gql(GET, { id: station.id })).station.receptions).toEqual([
      { id: receptionId },
    ]);
  });
});

const FIELDS = `id version name { fi sv en } streetAddress postalCode postOffice latitude longitude
  phone accessibility { fi sv en } languages operatorKind active source
  region { code } municipality { code } operator { id }`;
const LIST = `query ($filter: StationFilter, $sort: StationSort, $page: PageInput) {
  stations(filter: $filter, sort: $sort, page: $page) { total items { id name { fi } } }
}`;
const NESTED_LIST = `query ($filter: StationFilter, $limit: Int!) {
  stations(filter: $filter, page: { limit: $limit }) {
    total
    items {
      id region { code } municipality { code } operator { name { fi } } services { id }
      receptions { id }
    }
  }
}`;
const GET = `query ($id: ID!) {
  station(id: $id) { ${FIELDS} services { id } receptions { id } }
}`;
const CREATE = `mutation ($input: CreateStationInput!) { createStation(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateStationInput!) { updateStation(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation ($id: ID!) { deleteStation(id: $id) }`;

const SERVICES_OF_STATION = `
  id
  services {
    id
    active
    notes { fi sv }
    service {
      id name { fi sv en } description { fi } status area sector languages accessModes
      lastVerified free phone website minAge maxAge targetGroups
    }
  }`;
const ONE_STATION_SERVICES = `query ($id: ID!) { station(id: $id) { ${SERVICES_OF_STATION} } }`;
const LISTED_STATION_SERVICES = `query ($q: String) {
  stations(filter: { q: $q }) { items { ${SERVICES_OF_STATION} } }
}`;

const SET_DELIVERY_SCHEDULE = `mutation ($input: SetScheduleInput!) {
  setServiceAtStationSchedule(input: $input) { id version }
}`;
const DELIVERY_HOURS_FIELDS = `
  id
  hoursSummary { fi sv }
  openingHours(from: $from, to: $to) { date closed intervals { start end } }`;
const DELIVERY_HOURS = `query ($id: ID!, $from: Date!, $to: Date!) {
  serviceAtStation(id: $id) { ${DELIVERY_HOURS_FIELDS} }
}`;
// The hours asked through a fragment: they are read with the services all the same.
const PAGE_WITH_SERVICE_HOURS = `query ($q: String, $from: Date!, $to: Date!) {
  stations(filter: { q: $q }) {
    items { id services { ...DeliveryHours service { name { fi } } } }
  }
}
fragment DeliveryHours on ServiceAtStation { ${DELIVERY_HOURS_FIELDS} }`;
const PAGE_WITH_SERVICES = `query ($q: String) {
  stations(filter: { q: $q }) { items { id services { id service { name { fi } } } } }
}`;
const ONE_STATION_WITH_SERVICE_HOURS = `query ($id: ID!, $from: Date!, $to: Date!) {
  station(id: $id) {
    id
    services { ... on ServiceAtStation { ${DELIVERY_HOURS_FIELDS} } service { name { fi } } }
  }
}`;
