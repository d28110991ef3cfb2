import { regionId } from '../seeds/ids';
import { useAdminServer } from './support/admin-server';
import { expectDeleteRefused, expectStaleVersionRefused } from './support/refused-writes';

const { server, admin } = useAdminServer();

describe('regions', () => {
  it('lists all 22 seeded regions with their names, sorted and paged', async () => {
    const all = await admin.gql(LIST, { page: { limit: 50 } });
    expect(all.regions.total).toBe(22);
    expect(all.regions.items).toHaveLength(22);
    const names = all.regions.items.map((r: any) => r.name.fi);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));

    const page = await admin.gql(LIST, {
      sort: { field: 'CODE', order: 'DESC' },
      page: { offset: 2, limit: 5 },
    });
    expect(page.regions.total).toBe(22);
    const codes = all.regions.items
      .map((r: any) => r.code)
      .sort()
      .reverse();
    expect(page.regions.items.map((r: any) => r.code)).toEqual(codes.slice(2, 7));
  });

  it('filters by ids, codes and text', async () => {
    const byId = await admin.gql(LIST, { filter: { ids: [regionId('keski-suomi')] } });
    expect(byId.regions.items.map((r: any) => r.code)).toEqual(['keski-suomi']);

    const byText = await admin.gql(LIST, { filter: { q: 'päijät' } });
    expect(byText.regions.items.map((r: any) => r.code)).toEqual(['paijat-hame']);

    const byCode = await admin.gql(LIST, { filter: { codes: ['helsinki', 'lappi'] } });
    expect(byCode.regions.total).toBe(2);
  });

  it('gets one region by id with its municipalities, and null for an unknown id', async () => {
    const found = await admin.gql(GET, { id: regionId('keski-suomi') });
    expect(found.region.code).toBe('keski-suomi');
    const codes = found.region.municipalities.map((m: any) => m.code);
    expect(codes).toContain('179');

    const missing = await admin.gql(GET, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.region).toBeNull();
    const malformed = await admin.gql(GET, { id: 'not-a-uuid' });
    expect(malformed.region).toBeNull();
  });

  it('creates, updates with the version read, and deletes a region', async () => {
    const created = await admin.gql(CREATE, {
      input: { code: 'testi-alue', name: { fi: 'Testialue', sv: 'Testområde' } },
    });
    const region = created.createRegion;
    expect(region).toMatchObject({ code: 'testi-alue', version: 1, name: { fi: 'Testialue' } });

    const updated = await admin.gql(UPDATE, {
      input: { id: region.id, version: 1, name: { fi: 'Uusi nimi' } },
    });
    expect(updated.updateRegion).toMatchObject({ version: 2, name: { fi: 'Uusi nimi', sv: null } });

    expect((await admin.gql(DELETE, { id: region.id })).deleteRegion).toBe(true);
    expect(await server.sql('select 1 from region where id = $1', [region.id])).toHaveLength(0);
  });

  it('refuses a stale version with CONFLICT and keeps the newer data', async () => {
    const { createRegion: region } = await admin.gql(CREATE, {
      input: { code: 'stale-test', name: { fi: 'Ensimmäinen' } },
    });
    await expectStaleVersionRefused(admin, UPDATE, region.id, {
      newer: { name: { fi: 'Toinen' } },
      stale: { name: { fi: 'Kolmas' } },
    });
    const [row] = await server.sql('select name_fi, version from region where id = $1', [
      region.id,
    ]);
    expect(row).toEqual({ name_fi: 'Toinen', version: 2 });
  });

  it('rejects invalid input per field and stores nothing', async () => {
    const before = await server.sql('select count(*)::int as n from region');
    const error = await admin.gqlError(CREATE, {
      input: { code: 'Not Valid!', name: { fi: '' } },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {}).sort()).toEqual(['code', 'name.fi']);
    expect(error.message).not.toContain('Not Valid!');

    const duplicate = await admin.gqlError(CREATE, {
      input: { code: 'lappi', name: { fi: 'Toinen Lappi' } },
    });
    expect(duplicate.extensions.code).toBe('BAD_USER_INPUT');
    expect(duplicate.extensions.fields).toHaveProperty('code');
    expect(await server.sql('select count(*)::int as n from region')).toEqual(before);
  });

  it('names the field of a malformed variable without echoing what was sent', async () => {
    const unknown = await admin.gqlError(CREATE, {
      input: { code: 'uusi', name: { fi: 'Uusi', nickname: 'Matti Meikäläinen' } },
    });
    expect(unknown.extensions.code).toBe('BAD_USER_INPUT');
    expect(unknown.extensions.fields).toEqual({ 'name.nickname': ['is not a known field'] });
    expect(JSON.stringify(unknown)).not.toContain('Matti');

    const missing = await admin.gqlError(CREATE, { input: { code: 'uusi-alue-2' } });
    expect(missing.extensions.fields).toEqual({ name: ['is required'] });
    expect(JSON.stringify(missing)).not.toContain('uusi-alue-2');

    const badVersion = await admin.gqlError(UPDATE, {
      input: { id: regionId('lappi'), version: 'Matti', name: { fi: 'x' } },
    });
    expect(Object.keys(badVersion.extensions.fields ?? {})).toEqual(['version']);
    expect(JSON.stringify(badVersion)).not.toContain('Matti');
  });

  it('refuses to clear a required field on update', async () => {
    const error = await admin.gqlError(UPDATE, {
      input: { id: regionId('lappi'), version: 1, name: null },
    });
    expect(error.extensions.fields).toHaveProperty('name');
    const [row] = await server.sql('select name_fi from region where code = $1', ['lappi']);
    expect(row.name_fi).toBe('Lapin hyvinvointialue');
  });

  it('refuses to delete a region that still has municipalities, and keeps it', async () => {
    await expectDeleteRefused(admin, DELETE, regionId('lappi'), /municipalities/);
    expect(await server.sql('select 1 from region where code = $1', ['lappi'])).toHaveLength(1);
  });

  it('answers unknown ids in writes with NOT_FOUND', async () => {
    const error = await admin.gqlError(DELETE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(error.extensions.code).toBe('NOT_FOUND');
  });
});

const FIELDS = 'id code version name { fi sv en }';
const LIST = `query ($filter: RegionFilter, $sort: RegionSort, $page: PageInput) {
  regions(filter: $filter, sort: $sort, page: $page) { total items { ${FIELDS} } }
}`;
const GET = `query ($id: ID!) { region(id: $id) { ${FIELDS} municipalities { code } } }`;
const CREATE = `mutation ($input: CreateRegionInput!) { createRegion(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateRegionInput!) { updateRegion(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation ($id: ID!) { deleteRegion(id: $id) }`;
