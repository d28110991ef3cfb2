import { categoryId, organizationId } from '../seeds/ids';
import { distanceKm } from '../server/src/modules/directory/geo';
import { useAdminServer } from './support/admin-server';

// Search and filters on stations and services, over HTTP against the seed plus a few records of
// this file's own: three stations with coordinates around Jyväskylä and two services.
const { server, admin } = useAdminServer();

const CENTRE = { latitude: 62.2426, longitude: 25.7473 };
const PLACES = {
  centre: CENTRE,
  north6km: { latitude: 62.3, longitude: 25.75 },
  north40km: { latitude: 62.6, longitude: 25.75 },
};
const ids = { centre: '', north6km: '', north40km: '', debt: '', housing: '' };
// A Wednesday morning, when the 6 km station is open (Mon-Fri 8-16) and the 40 km one (Mon 8-12)
// is not.
const WEDNESDAY_10 = '2027-01-13T10:00:00+02:00';

beforeAll(async () => {
  const [jyvaskyla] = await server.sql(`select id from municipality where code = '179'`);
  for (const [key, point] of Object.entries(PLACES)) {
    const { createStation } = await admin.gql(CREATE_STATION, {
      input: {
        name: { fi: `Hakutestin asema ${key}` },
        municipalityId: jyvaskyla.id,
        ...point,
        languages: key === 'centre' ? ['fi', 'sv'] : ['fi'],
      },
    });
    ids[key as keyof typeof PLACES] = createStation.id;
  }
  await setHours(ids.north6km, [1, 2, 3, 4, 5], '08:00', '16:00');
  await setHours(ids.north40km, [1], '08:00', '12:00');

  ids.debt = await createService({
    name: { fi: 'Velkaneuvonta', sv: 'Skuldrådgivning' },
    description: { fi: 'Neuvontaa raha-asioissa.', sv: 'Råd i penningfrågor.' },
    categoryIds: [categoryId('finances.debt')],
    area: 'MUNICIPALITIES',
    municipalityIds: [jyvaskyla.id],
    languages: ['fi', 'sv'],
    targetGroups: ['working-age'],
    minAge: 18,
    maxAge: 64,
  });
  ids.housing = await createService({
    name: { fi: 'Asumisneuvonta' },
    categoryIds: [categoryId('housing')],
    area: 'NATIONAL',
    languages: ['fi'],
    targetGroups: ['families'],
  });
  await deliver(ids.debt, ids.north6km);
  await deliver(ids.housing, ids.north40km);
});

describe('full-text search', () => {
  it('finds "velkaneuvonta" from the prefix "velka" and from inflected forms', async () => {
    for (const text of [
      'velka',
      'Velkaneuvonta',
      'velkaneuvontaa',
      'velkaneuvonnan',
      'velkaneuvontaan',
      'velkaneuvonnassa',
    ]) {
      expect({ text, names: await serviceNames({ search: text }) }).toEqual({
        text,
        names: ['Velkaneuvonta'],
      });
    }
  });

  it('understands Swedish word forms too', async () => {
    expect(await serviceNames({ search: 'skulder' })).toEqual(['Velkaneuvonta']);
    expect(await serviceNames({ search: 'skuldrådgivningen' })).toEqual(['Velkaneuvonta']);
    expect(await serviceNames({ search: 'penningfrågorna' })).toEqual(['Velkaneuvonta']);
  });

  it('needs every word, and leaves out what does not match', async () => {
    // The seeded Jyväskylä guidance names housing ("asuminen") among its topics.
    expect(await serviceNames({ search: 'asuminen' })).toEqual([
      'Asumisneuvonta',
      'Terveysaseman sosiaaliohjaus (Jyväskylä)',
    ]);
    expect(await serviceNames({ search: 'velka asuminen' })).toEqual([]);
    expect(await serviceNames({ search: 'velkaneuvonta ja raha-asioita' })).toEqual([
      'Velkaneuvonta',
    ]);
    expect(await serviceNames({ search: '*:& | !' })).toEqual([]);
  });

  it('searches station names and post offices in Finnish and Swedish', async () => {
    const lohja = await stationNames({ search: 'Lohjan' });
    expect(lohja).toEqual(['Lohjan keskustan terveysasema']);
    expect(await stationNames({ search: 'lojo hälsostationen' })).toEqual(lohja);
    expect(await stationNames({ search: 'hakutestin asemalla' })).toHaveLength(3);
  });

  it('is served by the GIN expression indexes', async () => {
    await server.sql('set enable_seqscan = off');
    const plan = await server.sql(
      `explain select id from station where to_tsvector('finnish', coalesce(name_fi, '') || ' ' || coalesce(street_address, '') || ' ' || coalesce(post_office, '')) @@ to_tsquery('simple', 'lohj:*')`,
    );
    await server.sql('reset enable_seqscan');
    expect(JSON.stringify(plan)).toContain('station_search_fi');
  });
});

describe('distance', () => {
  it('lists the stations within the radius, nearest first, whatever the sort', async () => {
    const near = { ...CENTRE, radiusKm: 50 };
    const { stations } = await server.gql(STATIONS, {
      filter: { near },
      sort: { field: 'NAME', order: 'DESC' },
    });
    expect(stations.items.map((s: any) => s.id)).toEqual([ids.centre, ids.north6km, ids.north40km]);
    const within10 = await server.gql(STATIONS, { filter: { near: { ...CENTRE, radiusKm: 10 } } });
    expect(within10.stations.items.map((s: any) => s.id)).toEqual([ids.centre, ids.north6km]);
    expect(within10.stations.total).toBe(2);
  });

  it('agrees with the haversine distance computed by hand', () => {
    // 62.3 - 62.2426 = 0.0574 degrees of latitude = 6.38 km; the longitude differs a little.
    expect(distanceKm(CENTRE, PLACES.north6km)).toBeCloseTo(6.39, 1);
    expect(distanceKm(CENTRE, PLACES.north40km)).toBeCloseTo(39.8, 0);
  });

  it('orders services by their nearest delivery', async () => {
    expect(await serviceNames({ near: { ...CENTRE, radiusKm: 50 } })).toEqual([
      'Velkaneuvonta',
      'Asumisneuvonta',
    ]);
    const farFirst = { latitude: 62.7, longitude: 25.75, radiusKm: 100 };
    expect(await serviceNames({ near: farFirst })).toEqual(['Asumisneuvonta', 'Velkaneuvonta']);
    expect(await serviceNames({ near: { ...CENTRE, radiusKm: 10 } })).toEqual(['Velkaneuvonta']);
  });

  it('refuses a radius over 500 km as a field error', async () => {
    const error = await server.gqlError(STATIONS, {
      filter: { near: { ...CENTRE, radiusKm: 5000 } },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {})).toEqual(['near.radiusKm']);
  });
});

describe('filters', () => {
  const mine = (names: string[]) =>
    names.filter((name) => ['Velkaneuvonta', 'Asumisneuvonta'].includes(name));

  it('by topic, a parent topic including its subtopics', async () => {
    expect(mine(await serviceNames({ categoryCodes: ['finances'] }))).toEqual(['Velkaneuvonta']);
    expect(await stationIdsOf({ categoryCodes: ['finances'], ids: allMine() })).toEqual([
      ids.north6km,
    ]);
  });

  it('by municipality served, language, target group and age', async () => {
    const jyvaskyla = await serviceNames({ servesMunicipalityCode: '179' });
    expect(jyvaskyla).toEqual(expect.arrayContaining(['Velkaneuvonta', 'Asumisneuvonta']));
    expect(jyvaskyla).toContain('Terveysaseman sosiaaliohjaus (Jyväskylä)');
    expect(jyvaskyla).not.toContain('Aikuisten sosiaalipalvelujen ohjaus ja neuvonta');
    expect(jyvaskyla).not.toContain('Sote-keskuksen sosiaaliohjaus');

    expect(mine(await serviceNames({ languages: ['sv'] }))).toEqual(['Velkaneuvonta']);
    expect(mine(await serviceNames({ targetGroups: ['families'] }))).toEqual(['Asumisneuvonta']);
    const seventy = await serviceNames({ age: 70 });
    expect(mine(seventy)).toEqual(['Asumisneuvonta']);
    expect(seventy).not.toContain('Sote-keskuksen sosiaaliohjaus');
    expect(mine(await serviceNames({ age: 30 }))).toEqual(['Asumisneuvonta', 'Velkaneuvonta']);

    expect(await stationIdsOf({ languages: ['sv'], ids: allMine() })).toEqual([ids.centre]);
    expect(await stationIdsOf({ age: 70, ids: allMine() })).toEqual([ids.north40km]);
    expect(await stationIdsOf({ targetGroups: ['working-age'], ids: allMine() })).toEqual([
      ids.north6km,
    ]);
  });

  it('by region', async () => {
    const { stations } = await server.gql(STATIONS, {
      filter: { regionId: (await regionOf(ids.centre)).region_id, search: 'hakutestin' },
    });
    expect(stations.total).toBe(3);
  });

  it('open at a given time, by the opening-hours engine', async () => {
    expect(await stationIdsOf({ openAt: WEDNESDAY_10, ids: allMine() })).toEqual([ids.north6km]);
    expect(mine(await serviceNames({ openAt: WEDNESDAY_10 }))).toEqual(['Velkaneuvonta']);
    const monday = '2027-01-11T09:00:00+02:00';
    expect(mine(await serviceNames({ openAt: monday }))).toEqual([
      'Asumisneuvonta',
      'Velkaneuvonta',
    ]);
    // Combined with other conditions and paging, the total still counts only the open ones.
    const { stations } = await server.gql(STATIONS, {
      filter: { openAt: monday, search: 'hakutestin' },
      page: { limit: 1 },
    });
    expect(stations.total).toBe(2);
  });
});

function allMine(): string[] {
  return [ids.centre, ids.north6km, ids.north40km];
}

async function regionOf(stationId: string) {
  const [row] = await server.sql(`select region_id from station where id = $1`, [stationId]);
  return row;
}

async function serviceNames(filter: object): Promise<string[]> {
  const { services } = await server.gql(SERVICES, { filter });
  return services.items.map((s: any) => s.name.fi);
}

async function stationNames(filter: object): Promise<string[]> {
  const { stations } = await server.gql(STATIONS, { filter });
  return stations.items.map((s: any) => s.name.fi);
}

async function stationIdsOf(filter: object): Promise<string[]> {
  const { stations } = await server.gql(STATIONS, { filter });
  return stations.items
    .map((s: any) => s.id)
    .sort((a: string, b: string) => allMine().indexOf(a) - allMine().indexOf(b));
}

async function createService(input: object): Promise<string> {
  const { createService } = await admin.gql(CREATE_SERVICE, {
    input: {
      organizationId: organizationId('keski-suomi'),
      sector: 'PUBLIC',
      accessModes: ['APPOINTMENT'],
      ...input,
    },
  });
  return createService.id;
}

async function deliver(serviceId: string, stationId: string): Promise<void> {
  await admin.gql(
    `mutation ($input: CreateServiceAtStationInput!) { createServiceAtStation(input: $input) { id } }`,
    {
      input: { serviceId, stationId },
    },
  );
}

async function setHours(id: string, weekdays: number[], opens: string, closes: string) {
  await admin.gql(SET_STATION_SCHEDULE, {
    input: { id, version: 1, schedule: { rules: [{ weekdays, opens, closes }] } },
  });
}

const CREATE_STATION = `mutation ($input: CreateStationInput!) { createStation(input: $input) { id } }`;
const CREATE_SERVICE = `mutation ($input: CreateServiceInput!) { createService(input: $input) { id } }`;
const SET_STATION_SCHEDULE = `mutation ($input: SetScheduleInput!) {
  setStationSchedule(input: $input) { id version }
}`;
const STATIONS = `query ($filter: StationFilter, $sort: StationSort, $page: PageInput) {
  stations(filter: $filter, sort: $sort, page: $page) { total items { id name { fi } } }
}`;
const SERVICES = `query ($filter: ServiceFilter) {
  services(filter: $filter, page: { limit: 100 }) { total items { id name { fi } } }
}`;
