import { randomUUID } from 'node:crypto';
import { stationId } from '../seeds/ids';
import { Role } from '../server/src/modules/auth/role';
import { ApiClient, startTestServer, TestServer } from './support/test-server';

/**
 * A station's services and their catalogue services are read as plain records by their own SQL
 * (service-catalogue/station-deliveries.loader.ts, service-rows.loader.ts) instead of ORM
 * entities. Every field must answer exactly as the same records read through the ORM do (the
 * servicesAtStations list), with the same visibility for the public and for a signed-in user.
 */
let server: TestServer;
let admin: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.as(Role.NATIONAL_ADMIN);
});
afterAll(() => server?.stop());

const SERVICE_FIELDS = `id version createdAt updatedAt name { fi sv en } description { fi sv en }
  cost { fi sv en } sector targetGroups minAge maxAge languages free accessModes phone email
  website area status lastVerified source organization { id } region { id } categories { code }
  municipalities { code } stations { id } missingTranslations`;
const DELIVERY_FIELDS = `id version createdAt updatedAt active notes { fi sv en } missingTranslations
  hoursSummary { fi sv en } openingHours(from: "2026-12-21", to: "2027-01-07") {
    date closed intervals { start end } closedReason { kind text { fi sv en } }
  }
  schedule { id alwaysOpen rules { weekdays opens closes } }
  station { id name { fi } } service { ${SERVICE_FIELDS} }`;
const AS_PLAIN_RECORDS = `query ($id: ID!) { station(id: $id) { services { ${DELIVERY_FIELDS} } } }`;
const AS_ENTITIES = `query ($id: ID!) {
  servicesAtStations(filter: { stationId: $id }, page: { limit: 100 }) { items { ${DELIVERY_FIELDS} } }
}`;

const byId = (items: any[]): any[] => [...items].sort((a, b) => a.id.localeCompare(b.id));

async function bothWays(client: ApiClient, id: string) {
  const plain = await client.gql(AS_PLAIN_RECORDS, { id });
  const entities = await client.gql(AS_ENTITIES, { id });
  return { plain: byId(plain.station.services), entities: byId(entities.servicesAtStations.items) };
}

describe('a station’s services read as plain records', () => {
  const station = stationId('jyvaskyla-1');
  let hiddenIds: string[];

  beforeAll(async () => {
    // One inactive delivery and one delivery of a draft service: hidden from the public only.
    const [{ organization_id: organizationId }] = await server.sql(
      `select organization_id from service limit 1`,
    );
    const draft = randomUUID();
    await server.sql(
      `insert into service (id, version, created_at, updated_at, name_fi, name_sv, organization_id,
         sector, target_groups, languages, access_modes, status, last_verified)
       values ($1, 1, now(), now(), 'Luonnospalvelu', 'Utkast', $2, 'THIRD_SECTOR', '{}', '{fi,sv}',
         '{PHONE}', 'DRAFT', '2026-10-01')`,
      [draft, organizationId],
    );
    const [{ id: activeService }] = await server.sql(
      `select id from service s where status = 'ACTIVE' and not exists (
         select 1 from service_at_station d where d.service_id = s.id and d.station_id = $1)
       limit 1`,
      [station],
    );
    hiddenIds = [randomUUID(), randomUUID()];
    await server.sql(
      `insert into service_at_station (id, version, created_at, updated_at, service_id, station_id,
         notes_fi, notes_en, active)
       values ($1, 3, now(), now(), $3, $5, 'Ei julkinen', 'Not public', false),
              ($2, 1, now(), now(), $4, $5, null, null, true)`,
      [...hiddenIds, activeService, draft, station],
    );
  });

  it('answers every field as the ORM does, for a signed-in user (who sees everything)', async () => {
    const { plain, entities } = await bothWays(admin, station);
    expect(plain.map((d: any) => d.id)).toEqual(expect.arrayContaining(hiddenIds));
    expect(plain.length).toBeGreaterThan(2);
    expect(plain).toEqual(entities);
    const inactive = plain.find((d: any) => d.id === hiddenIds[0]);
    expect(inactive).toMatchObject({
      version: 3,
      active: false,
      notes: { fi: 'Ei julkinen', sv: null, en: 'Not public' },
    });
    const draft = plain.find((d: any) => d.id === hiddenIds[1]).service;
    expect(draft).toMatchObject({
      status: 'DRAFT',
      lastVerified: '2026-10-01',
      accessModes: ['PHONE'],
      name: { fi: 'Luonnospalvelu', sv: 'Utkast', en: null },
      description: null,
    });
    expect(Date.parse(draft.createdAt)).not.toBeNaN();
  });

  it('answers every field as the ORM does for the public, without the hidden ones', async () => {
    const { plain, entities } = await bothWays(server, station);
    const ids = plain.map((d: any) => d.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain(hiddenIds[0]);
    expect(ids).not.toContain(hiddenIds[1]);
    expect(plain).toEqual(entities);
  });
});

describe.each(['one station by id', 'a page of stations'])(
  'a station’s services asked only by name, %s',
  (reader) => {
    // Then only their names' columns are read (SERVICE_NAME_FIELDS): one station's in its own
    // statement, a page's in a statement of their own. Anything more asked of them, also through a
    // fragment or another alias, must come from all the columns.
    const station = stationId('jyvaskyla-1');
    const NAMES = 'id name { fi sv en }';

    async function servicesOf(selection: string, fragments = '') {
      if (reader === 'one station by id') {
        const data = await server.gql(
          `query ($id: ID!) { station(id: $id) { ${selection} } } ${fragments}`,
          { id: station },
        );
        return data.station;
      }
      const [{ municipality_id: municipality }] = await server.sql(
        `select municipality_id from station where id = $1`,
        [station],
      );
      const data = await server.gql(
        `query ($municipality: ID!) {
          stations(filter: { municipalityId: $municipality }, page: { limit: 100 }) {
            items { id ${selection} }
          }
        } ${fragments}`,
        { municipality },
      );
      // Several stations: their services are read for all of them at once.
      expect(data.stations.items.length).toBeGreaterThan(1);
      return data.stations.items.find((s: any) => s.id === station);
    }

    it('answers the names as the ORM does, directly, through a fragment and with __typename', async () => {
      const { entities } = await bothWays(server, station);
      const names = entities.map((d: any) => ({
        id: d.id,
        service: { id: d.service.id, name: d.service.name },
      }));
      expect(names.length).toBeGreaterThan(0);
      const direct = await servicesOf(`services { id service { ${NAMES} } }`);
      expect(byId(direct.services)).toEqual(names);
      const fragment = await servicesOf(
        'services { id service { ...Names } }',
        `fragment Names on Service { ${NAMES} }`,
      );
      expect(byId(fragment.services)).toEqual(names);
      const typed = await servicesOf(`services { id service { __typename ${NAMES} } }`);
      expect(byId(typed.services).map((d: any) => d.service.__typename)).toEqual(
        names.map(() => 'Service'),
      );
    });

    it('answers a delivery’s version, state and timestamps only when asked, as the ORM does', async () => {
      const { entities } = await bothWays(server, station);
      const slim = await servicesOf(
        `services { id notes { fi sv en } hoursSummary { fi } station { id } service { id } }`,
      );
      expect(byId(slim.services)).toEqual(
        byId(entities).map((d: any) => ({
          id: d.id,
          notes: d.notes,
          hoursSummary: { fi: d.hoursSummary.fi },
          station: { id: d.station.id },
          service: { id: d.service.id },
        })),
      );
      const more = await servicesOf(
        `services { id notes { fi } ...Record } slim: services { id }`,
        'fragment Record on ServiceAtStation { version active createdAt updatedAt }',
      );
      expect(byId(more.services)).toEqual(
        byId(entities).map((d: any) => ({
          id: d.id,
          notes: d.notes && { fi: d.notes.fi },
          version: d.version,
          active: d.active,
          createdAt: d.createdAt,
          updatedAt: d.updatedAt,
        })),
      );
    });

    it('answers every other field as the ORM does when more is asked beside the names', async () => {
      const { entities } = await bothWays(server, station);
      const services = byId(entities).map((d: any) => d.service);
      const withFragment = await servicesOf(
        `services { id service { ...Names ${SERVICE_FIELDS} } }`,
        `fragment Names on Service { ${NAMES} }`,
      );
      expect(byId(withFragment.services).map((d: any) => d.service)).toEqual(services);
      const twoAliases = await servicesOf(
        `byName: services { id service { ${NAMES} } } full: services { id service { ${SERVICE_FIELDS} } }`,
      );
      expect(byId(twoAliases.full).map((d: any) => d.service)).toEqual(services);
      expect(byId(twoAliases.byName).map((d: any) => d.service.name)).toEqual(
        services.map((s: any) => s.name),
      );
    });
  },
);

const STATION_FIELDS = `id version createdAt updatedAt name { fi sv en } streetAddress postalCode
  postOffice latitude longitude phone accessibility { fi sv en } languages operatorKind active source
  missingTranslations region { id code } municipality { code } operator { id name { fi } }
  schedule { id alwaysOpen } hoursSummary { fi sv en }
  openingHours(from: "2026-12-21", to: "2027-01-07") { date closed intervals { start end } }
  isOpen(at: "2026-12-22T10:00:00+02:00") nextOpening(after: "2026-12-24T12:00:00+02:00") { start end }
  distanceKm(latitude: 62.24, longitude: 25.75)
  upcomingReceptions(from: "2026-12-21", to: "2026-12-27") { start end reception { id } }
  services { id service { id } } receptions { id }`;
const STATION_AS_PLAIN_RECORD = `query ($id: ID!) { station(id: $id) { ${STATION_FIELDS} } }`;
const STATIONS_AS_ENTITIES = `query ($municipality: ID!) {
  stations(filter: { municipalityId: $municipality }, page: { limit: 100 }) { items { ${STATION_FIELDS} } }
}`;

describe('stations read as plain records', () => {
  const station = stationId('jyvaskyla-1');
  let inactive: string;
  let municipality: string;

  /** `station(id)` (a plain record) beside the same station in the list (ORM entities). */
  async function bothWays(client: ApiClient, id: string) {
    const plain = (await client.gql(STATION_AS_PLAIN_RECORD, { id })).station;
    const list = await client.gql(STATIONS_AS_ENTITIES, { municipality });
    return { plain, entity: list.stations.items.find((s: any) => s.id === id) ?? null };
  }

  beforeAll(async () => {
    [{ municipality_id: municipality }] = await server.sql(
      `select municipality_id from station where id = $1`,
      [station],
    );
    // Accessibility text and an operator on the seeded station; an inactive one beside it.
    const [{ id: operator }] = await server.sql(`select id from organization limit 1`);
    await server.sql(
      `update station set accessibility_fi = 'Esteetön sisäänkäynti', accessibility_sv = null,
         accessibility_en = 'Step-free entrance', operator_id = $2, operator_kind = 'CONTRACTED'
       where id = $1`,
      [station, operator],
    );
    inactive = randomUUID();
    await server.sql(
      `insert into station (id, version, created_at, updated_at, name_fi, name_sv, region_id,
         municipality_id, languages, operator_kind, active)
       select $1, 2, now(), now(), 'Suljettu asema', null, region_id, municipality_id, '{fi}', 'OWN',
         false
       from station where id = $2`,
      [inactive, station],
    );
  });

  it('answers every field as the ORM does, for the public and for a signed-in user', async () => {
    for (const client of [server, admin]) {
      const { plain, entity } = await bothWays(client, station);
      expect(plain).toMatchObject({
        id: station,
        accessibility: { fi: 'Esteetön sisäänkäynti', sv: null, en: 'Step-free entrance' },
        operatorKind: 'CONTRACTED',
      });
      expect(plain.operator.id).toBeTruthy();
      expect(plain.services.length).toBeGreaterThan(0);
      expect(plain.openingHours).toHaveLength(18);
      expect(plain).toEqual(entity);
    }
  });

  it('hides an inactive station from the public only', async () => {
    expect((await bothWays(server, inactive)).plain).toBeNull();
    const { plain, entity } = await bothWays(admin, inactive);
    expect(plain).toMatchObject({
      id: inactive,
      version: 2,
      active: false,
      name: { fi: 'Suljettu asema', sv: null, en: null },
      accessibility: null,
      operator: null,
      schedule: null,
      latitude: null,
      distanceKm: null,
    });
    expect(plain).toEqual(entity);
  });
});

describe('plain-record statements (prepared once per connection, db/read-rows.ts)', () => {
  it('keep answering when a table they read gains a column while the server runs', async () => {
    const id = stationId('jyvaskyla-1');
    const query = `query ($id: ID!) { station(id: $id) { id name { fi } services { id } } }`;
    // A variable the query does not use makes each request a new one for the answer cache.
    const ask = (nonce: number) => server.gql(query, { id, nonce });
    const before = await ask(0);
    expect(before.station.services.length).toBeGreaterThan(0);
    // A newer version's migration while this one runs: `select st.*` was prepared before it.
    await server.sql('alter table station add column added_while_running text');
    try {
      for (let nonce = 1; nonce <= 4; nonce++) expect(await ask(nonce)).toEqual(before);
    } finally {
      await server.sql('alter table station drop column added_while_running');
    }
    expect(await ask(5)).toEqual(before);
  });
});
