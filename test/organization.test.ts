import { DateTime } from 'luxon';
import { regionId } from '../seeds/ids';
import { UNKNOWN_ID, useAdminServer } from './support/admin-server';
import {
  expectDeleteRefused,
  expectStaleVersionRefused,
  expectUnknownIdNotFound,
} from './support/refused-writes';
import { sqlFixtures } from './support/fixtures';

const { server, admin } = useAdminServer();
const { insertService, countRows } = sqlFixtures(server.sql);

// Every fixture name carries this token, so seeded organizations never reach the assertions.
const TOKEN = 'Qzx';
const names = (list: any) => list.organizations.items.map((o: any) => o.name.fi);

async function create(input: Record<string, unknown>) {
  return (await admin.gql(CREATE, { input })).createOrganization;
}

describe('organizations', () => {
  const fixtures: Record<string, any> = {};
  beforeAll(async () => {
    fixtures.alfa = await create({
      kind: 'NGO',
      name: { fi: `${TOKEN} Alfa ry` },
      regionId: regionId('keski-suomi'),
      verifiedAt: '2025-01-10',
    });
    fixtures.beta = await create({
      kind: 'KELA',
      name: { fi: `${TOKEN} Beta`, sv: `${TOKEN} Bäta på svenska`, en: `${TOKEN} Beta in English` },
    });
    fixtures.gamma = await create({
      kind: 'PARISH',
      name: { fi: `${TOKEN} Gamma seurakunta` },
      regionId: regionId('lansi-uusimaa'),
      verifiedAt: '2024-06-01',
    });
    fixtures.delta = await create({
      kind: 'NGO',
      name: { fi: `${TOKEN} Delta` },
      regionId: regionId('keski-suomi'),
      verifiedAt: '2025-05-05',
    });
  });

  it('lists by name, kind or verification date, paged, with the total', async () => {
    const byName = await admin.gql(LIST, { filter: { q: TOKEN } });
    expect(byName.organizations.total).toBe(4);
    expect(names(byName)).toEqual(['Alfa ry', 'Beta', 'Delta', 'Gamma seurakunta'].map(fixture));

    const byNameDesc = await admin.gql(LIST, {
      filter: { q: TOKEN },
      sort: { field: 'NAME', order: 'DESC' },
    });
    expect(names(byNameDesc)).toEqual(names(byName).reverse());

    // Kinds sort in the declared order of OrganizationKind (the database enum's order).
    const byKind = await admin.gql(LIST, { filter: { q: TOKEN }, sort: { field: 'KIND' } });
    expect(byKind.organizations.items.map((o: any) => o.kind)).toEqual([
      'KELA',
      'PARISH',
      'NGO',
      'NGO',
    ]);

    const newestFirst = await admin.gql(LIST, {
      filter: { q: TOKEN },
      sort: { field: 'VERIFIED_AT', order: 'DESC' },
    });
    expect(newestFirst.organizations.items.map((o: any) => o.verifiedAt)).toEqual([
      '2025-05-05',
      '2025-01-10',
      '2024-06-01',
      null,
    ]);
    const oldestFirst = await admin.gql(LIST, {
      filter: { q: TOKEN },
      sort: { field: 'VERIFIED_AT', order: 'ASC' },
    });
    expect(oldestFirst.organizations.items.map((o: any) => o.verifiedAt)).toEqual([
      '2024-06-01',
      '2025-01-10',
      '2025-05-05',
      null,
    ]);

    const page = await admin.gql(LIST, { filter: { q: TOKEN }, page: { offset: 1, limit: 2 } });
    expect(page.organizations.total).toBe(4);
    expect(names(page)).toEqual(['Beta', 'Delta'].map(fixture));
  });

  it('filters by ids, kinds, region and text in the Finnish, Swedish or English name', async () => {
    const byIds = await admin.gql(LIST, {
      filter: { ids: [fixtures.beta.id, fixtures.gamma.id] },
    });
    expect(names(byIds)).toEqual(['Beta', 'Gamma seurakunta'].map(fixture));

    const ngos = await admin.gql(LIST, { filter: { q: TOKEN, kinds: ['NGO'] } });
    expect(names(ngos)).toEqual(['Alfa ry', 'Delta'].map(fixture));
    const kelaOrParish = await admin.gql(LIST, {
      filter: { q: TOKEN, kinds: ['KELA', 'PARISH'] },
    });
    expect(names(kelaOrParish)).toEqual(['Beta', 'Gamma seurakunta'].map(fixture));

    const inKeskiSuomi = await admin.gql(LIST, {
      filter: { q: TOKEN, regionId: regionId('keski-suomi') },
    });
    expect(names(inKeskiSuomi)).toEqual(['Alfa ry', 'Delta'].map(fixture));
    expect(inKeskiSuomi.organizations.items[0].region).toEqual({ code: 'keski-suomi' });

    expect(names(await admin.gql(LIST, { filter: { q: 'bäta på SVENSKA' } }))).toEqual([
      fixture('Beta'),
    ]);
    expect(names(await admin.gql(LIST, { filter: { q: `${TOKEN} beta in english` } }))).toEqual([
      fixture('Beta'),
    ]);
  });

  it('gets one organization with its region and services, and null for unknown or malformed ids', async () => {
    const serviceId = await insertService('Velkaneuvonta', fixtures.alfa.id);
    const found = await admin.gql(GET, { id: fixtures.alfa.id });
    expect(found.organization).toMatchObject({
      kind: 'NGO',
      name: { fi: fixture('Alfa ry') },
      region: { code: 'keski-suomi' },
      services: [{ id: serviceId }],
    });
    await server.sql('delete from service where id = $1', [serviceId]);

    const national = await admin.gql(GET, { id: fixtures.beta.id });
    expect(national.organization).toMatchObject({ region: null, services: [] });
    expect((await admin.gql(GET, { id: UNKNOWN_ID })).organization).toBeNull();
    expect((await admin.gql(GET, { id: 'not-a-uuid' })).organization).toBeNull();
  });

  it('loads the regions and services of a whole page in a fixed number of statements', async () => {
    const statements = async (limit: number) => {
      const response = await admin.post(LIST, { filter: { q: TOKEN }, page: { limit } });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.organizations.items).toHaveLength(limit);
      return Number(response.headers.get('x-sql-statements'));
    };
    expect(await statements(4)).toBe(await statements(1));
  });

  it('creates with every field, updates keeping omitted fields and clearing nulls, and deletes', async () => {
    const created = await create({
      kind: 'NGO',
      name: { fi: 'Takuusäätiö', sv: 'Garantistiftelsen' },
      description: { fi: 'Velkaneuvontaa puhelimessa ja verkossa.' },
      regionId: regionId('helsinki'),
      phone: '+358 9 7272 7272',
      email: 'info@takuusaatio.fi',
      website: 'https://www.takuusaatio.fi',
      verifiedAt: '2025-03-01',
      source: 'test fixture',
    });
    expect(created).toMatchObject({
      version: 1,
      kind: 'NGO',
      name: { fi: 'Takuusäätiö', sv: 'Garantistiftelsen', en: null },
      description: { fi: 'Velkaneuvontaa puhelimessa ja verkossa.' },
      region: { code: 'helsinki' },
      phone: '+358 9 7272 7272',
      email: 'info@takuusaatio.fi',
      website: 'https://www.takuusaatio.fi',
      verifiedAt: '2025-03-01',
      source: 'test fixture',
    });

    const kindChanged = await admin.gql(UPDATE, {
      input: { id: created.id, version: 1, kind: 'STATE' },
    });
    expect(kindChanged.updateOrganization).toMatchObject({
      version: 2,
      kind: 'STATE',
      name: { fi: 'Takuusäätiö' },
      region: { code: 'helsinki' },
      phone: '+358 9 7272 7272',
      verifiedAt: '2025-03-01',
    });

    const cleared = await admin.gql(UPDATE, {
      input: {
        id: created.id,
        version: 2,
        description: null,
        regionId: null,
        phone: null,
        email: null,
        website: null,
        verifiedAt: null,
        source: null,
      },
    });
    expect(cleared.updateOrganization).toMatchObject({
      version: 3,
      kind: 'STATE',
      name: { fi: 'Takuusäätiö', sv: 'Garantistiftelsen' },
      description: null,
      region: null,
      phone: null,
      email: null,
      website: null,
      verifiedAt: null,
      source: null,
    });
    const [row] = await server.sql(
      'select region_id, description_fi, verified_at, version from organization where id = $1',
      [created.id],
    );
    expect(row).toEqual({ region_id: null, description_fi: null, verified_at: null, version: 3 });

    expect((await admin.gql(DELETE, { id: created.id })).deleteOrganization).toBe(true);
    expect(await server.sql('select 1 from organization where id = $1', [created.id])).toEqual([]);
  });

  it('rejects invalid contact details per field without echoing them, and stores nothing', async () => {
    const before = await countRows('organization');
    const bad = {
      phone: 'call me maybe',
      email: 'not-an-address',
      website: 'javascript:alert(1)',
      regionId: 'bogus-region',
    };
    const error = await admin.gqlError(CREATE, {
      input: { kind: 'NGO', name: { fi: '' }, ...bad },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {}).sort()).toEqual([
      'email',
      'name.fi',
      'phone',
      'regionId',
      'website',
    ]);
    for (const value of Object.values(bad)) expect(error.message).not.toContain(value);

    const ftp = await admin.gqlError(CREATE, {
      input: { kind: 'NGO', name: { fi: 'Ftp' }, website: 'ftp://files.example.fi' },
    });
    expect(Object.keys(ftp.extensions.fields ?? {})).toEqual(['website']);
    const noProtocol = await admin.gqlError(CREATE, {
      input: { kind: 'NGO', name: { fi: 'Ei protokollaa' }, website: 'www.example.fi' },
    });
    expect(Object.keys(noProtocol.extensions.fields ?? {})).toEqual(['website']);
    expect(await countRows('organization')).toBe(before);
  });

  it('rejects a future verification date and an unknown region, and stores nothing', async () => {
    const before = await countRows('organization');
    const tomorrow = DateTime.now().setZone('Europe/Helsinki').plus({ days: 1 }).toISODate();
    const future = await admin.gqlError(CREATE, {
      input: { kind: 'NGO', name: { fi: 'Tulevaisuus' }, verifiedAt: tomorrow },
    });
    expect(future.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(future.extensions.fields ?? {})).toEqual(['verifiedAt']);

    const unknownRegion = await admin.gqlError(CREATE, {
      input: { kind: 'NGO', name: { fi: 'Eiole' }, regionId: UNKNOWN_ID },
    });
    expect(unknownRegion.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(unknownRegion.extensions.fields ?? {})).toEqual(['regionId']);
    expect(await countRows('organization')).toBe(before);

    const today = DateTime.now().setZone('Europe/Helsinki').toISODate();
    const verifiedToday = await create({ kind: 'NGO', name: { fi: 'Tänään' }, verifiedAt: today });
    expect(verifiedToday.verifiedAt).toBe(today);
  });

  it('refuses to clear the kind or name or to set bad values on update, and keeps the row', async () => {
    const organization = await create({
      kind: 'NGO',
      name: { fi: 'Pysyvä' },
      phone: '040 123 4567',
    });
    const read = () =>
      server.sql(
        'select kind, name_fi, phone, region_id, version from organization where id = $1',
        [organization.id],
      );
    const before = await read();

    const cleared = await admin.gqlError(UPDATE, {
      input: { id: organization.id, version: 1, kind: null, name: null },
    });
    expect(cleared.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(cleared.extensions.fields ?? {}).sort()).toEqual(['kind', 'name']);

    const badPhone = await admin.gqlError(UPDATE, {
      input: { id: organization.id, version: 1, phone: 'abc', email: 'x@' },
    });
    expect(Object.keys(badPhone.extensions.fields ?? {}).sort()).toEqual(['email', 'phone']);

    const unknownRegion = await admin.gqlError(UPDATE, {
      input: { id: organization.id, version: 1, name: { fi: 'Muutettu' }, regionId: UNKNOWN_ID },
    });
    expect(Object.keys(unknownRegion.extensions.fields ?? {})).toEqual(['regionId']);
    expect(await read()).toEqual(before);
  });

  it('refuses a stale version with CONFLICT and keeps the newer data', async () => {
    const organization = await create({ kind: 'NGO', name: { fi: 'Ensimmäinen' } });
    await expectStaleVersionRefused(admin, UPDATE, organization.id, {
      newer: { name: { fi: 'Toinen' } },
      stale: { name: { fi: 'Kolmas' } },
    });
    const [row] = await server.sql('select name_fi, version from organization where id = $1', [
      organization.id,
    ]);
    expect(row).toEqual({ name_fi: 'Toinen', version: 2 });
  });

  it('refuses to delete an organization that provides a service, and keeps it', async () => {
    const organization = await create({ kind: 'NGO', name: { fi: 'Palveluntuottaja' } });
    const serviceId = await insertService('Velkaneuvonta', organization.id);
    await expectDeleteRefused(admin, DELETE, organization.id, /1 service/);
    expect(
      await server.sql('select 1 from organization where id = $1', [organization.id]),
    ).toHaveLength(1);

    await server.sql('delete from service where id = $1', [serviceId]);
    expect((await admin.gql(DELETE, { id: organization.id })).deleteOrganization).toBe(true);
  });

  it('refuses to delete an organization that operates a station, and keeps it', async () => {
    const organization = await create({ kind: 'PRIVATE', name: { fi: 'Oma Lääkärisi' } });
    const [municipality] = await server.sql("select id from municipality where code = '179'");
    await server.sql(
      `insert into station (id, created_at, updated_at, name_fi, region_id, municipality_id,
         languages, operator_kind, operator_id)
       values (gen_random_uuid(), now(), now(), 'Sopimusasema', $1, $2, '{fi}', 'CONTRACTED', $3)`,
      [regionId('keski-suomi'), municipality.id, organization.id],
    );
    await expectDeleteRefused(admin, DELETE, organization.id, /1 operated station/);
    expect(
      await server.sql('select 1 from organization where id = $1', [organization.id]),
    ).toHaveLength(1);
  });

  it('answers unknown ids in writes with NOT_FOUND', async () => {
    await expectUnknownIdNotFound(
      admin,
      { update: UPDATE, delete: DELETE },
      { name: { fi: 'Ei ole' } },
    );
  });
});

function fixture(name: string): string {
  return `${TOKEN} ${name}`;
}

const FIELDS = `id version kind name { fi sv en } description { fi sv en } region { code }
  phone email website verifiedAt source`;
const LIST = `query ($filter: OrganizationFilter, $sort: OrganizationSort, $page: PageInput) {
  organizations(filter: $filter, sort: $sort, page: $page) {
    total
    items { ${FIELDS} services { id } }
  }
}`;
const GET = `query ($id: ID!) { organization(id: $id) { ${FIELDS} services { id } } }`;
const CREATE = `mutation ($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { ${FIELDS} }
}`;
const UPDATE = `mutation ($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { ${FIELDS} }
}`;
const DELETE = `mutation ($id: ID!) { deleteOrganization(id: $id) }`;
