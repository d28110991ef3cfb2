import { UNKNOWN_ID, useAdminServer } from './support/admin-server';
import { expectStaleVersionRefused, expectUnknownIdNotFound } from './support/refused-writes';
import { sqlFixtures } from './support/fixtures';

const { server, admin } = useAdminServer();
const { insertOrganization, insertService, insertStation, countRows } = sqlFixtures(server.sql);

const ids = (data: any) => data.servicesAtStations.items.map((s: any) => s.id);

async function deliveryRow(id: string) {
  const [row] = await server.sql('select * from service_at_station where id = $1', [id]);
  return row;
}

async function create(input: object) {
  return (await admin.gql(CREATE, { input })).createServiceAtStation;
}

let organization: string;
let debt: string;
let housing: string;
let north: string;
let south: string;
beforeAll(async () => {
  organization = await insertOrganization();
  debt = await insertService('Velkaneuvonta Testi', organization);
  housing = await insertService('Asumisneuvonta Testi', organization);
  north = await insertStation('Pohjoinen testiasema');
  south = await insertStation('Eteläinen testiasema');
});

describe('services at stations: lists', () => {
  it('lists in creation order by default, sorts by creation and change, pages, and counts', async () => {
    const a = await create({ serviceId: debt, stationId: north });
    const b = await create({ serviceId: housing, stationId: north, active: false });
    const c = await create({ serviceId: debt, stationId: south, notes: { fi: 'Tiistaisin' } });
    await admin.gql(UPDATE, { input: { id: a.id, version: 1, notes: { fi: 'Muutettu' } } });
    const mine = [a.id, b.id, c.id];
    const filter = { ids: mine };

    const byDefault = await admin.gql(LIST, { filter });
    expect(byDefault.servicesAtStations.total).toBe(3);
    expect(ids(byDefault)).toEqual([a.id, b.id, c.id]);
    const newest = await admin.gql(LIST, { filter, sort: { field: 'CREATED_AT', order: 'DESC' } });
    expect(ids(newest)).toEqual([c.id, b.id, a.id]);
    const changed = await admin.gql(LIST, {
      filter,
      sort: { field: 'UPDATED_AT', order: 'DESC' },
    });
    expect(ids(changed)[0]).toBe(a.id);

    const page = await admin.gql(LIST, { filter, page: { offset: 1, limit: 1 } });
    expect(page.servicesAtStations).toMatchObject({ total: 3, items: [{ id: b.id }] });

    const all = await admin.gql(LIST, { page: { limit: 100 } });
    expect(all.servicesAtStations.total).toBe(await countRows('service_at_station'));
  });

  it('filters by ids, text in the notes or the service name, station, service and active', async () => {
    const service = await insertService('Suodatettava palvelu', organization);
    const station = await insertStation('Suodatusasema');
    const plain = await create({ serviceId: service, stationId: station });
    const noted = await create({
      serviceId: debt,
      stationId: station,
      notes: { fi: 'Ajanvaraus puhelimitse', sv: 'Tidsbokning per telefon' },
      active: false,
    });
    const mine = [plain.id, noted.id];
    const match = async (filter: object) =>
      ids(await admin.gql(LIST, { filter: { ids: mine, ...filter } }));

    expect(ids(await admin.gql(LIST, { filter: { ids: [noted.id] } }))).toEqual([noted.id]);
    expect(await match({ q: 'AJANVARAUS' })).toEqual([noted.id]);
    expect(await match({ q: 'suodatettava' })).toEqual([plain.id]);
    expect(await match({ q: 'velkaneuvonta' })).toEqual([noted.id]);
    expect(await match({ q: '_' })).toEqual([]);
    expect(await match({ stationId: station })).toEqual([plain.id, noted.id]);
    expect(await match({ serviceId: debt })).toEqual([noted.id]);
    expect(await match({ active: true })).toEqual([plain.id]);
    expect(await match({ active: false, serviceId: debt })).toEqual([noted.id]);

    const atStation = await admin.gql(LIST, { filter: { stationId: station } });
    expect(atStation.servicesAtStations.total).toBe(2);
    const error = await admin.gqlError(LIST, { filter: { stationId: 'asema-1' } });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {})).toEqual(['stationId']);
  });
});

describe('services at stations: one', () => {
  it('gets one with its service and station, and null for an unknown or malformed id', async () => {
    const station = await insertStation('Haettava testiasema');
    const created = await create({ serviceId: housing, stationId: station });
    const { serviceAtStation } = await admin.gql(GET, { id: created.id });
    expect(serviceAtStation).toMatchObject({
      id: created.id,
      service: { id: housing, name: { fi: 'Asumisneuvonta Testi' } },
      station: { id: station, name: { fi: 'Haettava testiasema' } },
    });
    expect((await admin.gql(GET, { id: UNKNOWN_ID })).serviceAtStation).toBeNull();
    expect((await admin.gql(GET, { id: 'not-a-uuid' })).serviceAtStation).toBeNull();
  });

  it('lists the services of a station through the station', async () => {
    const station = await insertStation('Monen palvelun asema');
    const first = await create({ serviceId: debt, stationId: station });
    const second = await create({ serviceId: housing, stationId: station });
    const { station: found } = await admin.gql(STATION, { id: station });
    expect(found.services.map((s: any) => s.id).sort()).toEqual([first.id, second.id].sort());
  });
});

describe('services at stations: writes', () => {
  it('creates, updates with the version read, and deletes', async () => {
    const station = await insertStation('Kirjoitusasema');
    const created = await create({
      serviceId: debt,
      stationId: station,
      notes: { fi: ' Maanantaisin ', sv: 'Måndagar' },
    });
    expect(created).toMatchObject({
      version: 1,
      active: true,
      notes: { fi: 'Maanantaisin', sv: 'Måndagar', en: null },
      service: { id: debt },
      station: { id: station },
    });
    expect(await deliveryRow(created.id)).toMatchObject({
      service_id: debt,
      station_id: station,
      notes_fi: 'Maanantaisin',
    });

    const { updateServiceAtStation: updated } = await admin.gql(UPDATE, {
      input: { id: created.id, version: 1, active: false },
    });
    expect(updated).toMatchObject({ version: 2, active: false, notes: { fi: 'Maanantaisin' } });
    const { updateServiceAtStation: cleared } = await admin.gql(UPDATE, {
      input: { id: created.id, version: 2, notes: null },
    });
    expect(cleared).toMatchObject({ version: 3, active: false, notes: null });

    expect((await admin.gql(DELETE, { id: created.id })).deleteServiceAtStation).toBe(true);
    expect(await deliveryRow(created.id)).toBeUndefined();
  });

  it('keeps the service and station fixed after creation', async () => {
    const station = await insertStation('Kiinteä asema');
    const created = await create({ serviceId: debt, stationId: station });
    const error = await admin.gqlError(UPDATE, {
      input: { id: created.id, version: 1, serviceId: housing },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(await deliveryRow(created.id)).toMatchObject({ service_id: debt, version: 1 });
  });

  it('answers unknown ids in writes with NOT_FOUND', async () => {
    await expectUnknownIdNotFound(admin, { update: UPDATE, delete: DELETE });
  });

  it('refuses a stale version with CONFLICT and keeps the newer data', async () => {
    const station = await insertStation('Vanhentuva asema');
    const created = await create({ serviceId: debt, stationId: station });
    await expectStaleVersionRefused(admin, UPDATE, created.id, {
      newer: { notes: { fi: 'Toinen' } },
      stale: { notes: { fi: 'Kolmas' } },
    });
    expect(await deliveryRow(created.id)).toMatchObject({ notes_fi: 'Toinen', version: 2 });
  });
});

describe('services at stations: validation', () => {
  it('rejects invalid input per field without echoing the values, and stores nothing', async () => {
    const before = await countRows('service_at_station');
    const error = await admin.gqlError(CREATE, {
      input: { serviceId: 'palvelu-x', stationId: 'asema-y', notes: { fi: '' } },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {}).sort()).toEqual([
      'notes.fi',
      'serviceId',
      'stationId',
    ]);
    for (const value of ['palvelu-x', 'asema-y']) {
      expect(error.message).not.toContain(value);
      expect(JSON.stringify(error.extensions.fields)).not.toContain(value);
    }
    expect(await countRows('service_at_station')).toBe(before);
  });

  it('rejects a service or station that does not exist, and stores nothing', async () => {
    const before = await countRows('service_at_station');
    const service = await admin.gqlError(CREATE, {
      input: { serviceId: UNKNOWN_ID, stationId: north },
    });
    expect(service.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(service.extensions.fields ?? {})).toEqual(['serviceId']);
    const station = await admin.gqlError(CREATE, {
      input: { serviceId: debt, stationId: UNKNOWN_ID },
    });
    expect(Object.keys(station.extensions.fields ?? {})).toEqual(['stationId']);
    expect(await countRows('service_at_station')).toBe(before);
  });

  it('refuses the same service twice at one station, on serviceId, and stores nothing', async () => {
    const station = await insertStation('Kaksoisasema');
    const first = await create({ serviceId: housing, stationId: station });
    const before = await countRows('service_at_station');
    const error = await admin.gqlError(CREATE, {
      input: { serviceId: housing, stationId: station, notes: { fi: 'Toinen kerta' } },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual({ serviceId: ['already delivered at this station'] });
    expect(await countRows('service_at_station')).toBe(before);
    expect(await deliveryRow(first.id)).toMatchObject({ notes_fi: null, version: 1 });

    // The same service at another station is fine.
    const elsewhere = await create({ serviceId: housing, stationId: await insertStation('Muu') });
    expect(elsewhere.service.id).toBe(housing);
  });
});

const FIELDS = `id version active notes { fi sv en } service { id name { fi } }
  station { id name { fi } }`;
const LIST = `query ($filter: ServiceAtStationFilter, $sort: ServiceAtStationSort, $page: PageInput) {
  servicesAtStations(filter: $filter, sort: $sort, page: $page) { total items { id } }
}`;
const GET = `query ($id: ID!) { serviceAtStation(id: $id) { ${FIELDS} } }`;
const STATION = `query ($id: ID!) { station(id: $id) { id services { id } } }`;
const CREATE = `mutation ($input: CreateServiceAtStationInput!) {
  createServiceAtStation(input: $input) { ${FIELDS} }
}`;
const UPDATE = `mutation ($input: UpdateServiceAtStationInput!) {
  updateServiceAtStation(input: $input) { ${FIELDS} }
}`;
const DELETE = `mutation ($id: ID!) { deleteServiceAtStation(id: $id) }`;
