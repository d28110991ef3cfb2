import { regionId } from '../seeds/ids';
import { UNKNOWN_ID, useAdminServer } from './support/admin-server';
import {
  expectDeleteRefused,
  expectStaleVersionRefused,
  expectUnknownIdNotFound,
} from './support/refused-writes';
import { sqlFixtures } from './support/fixtures';

const { server, admin } = useAdminServer();
const { municipalityId, insertStation, insertOrganization, insertService, countRows } = sqlFixtures(
  server.sql,
);

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const codes = (list: any) => list.municipalities.items.map((m: any) => m.code);

async function createMunicipality(code: string, name: string, region = 'keski-suomi') {
  const { createMunicipality: created } = await admin.gql(CREATE, {
    input: { code, name: { fi: name }, language: 'FI', regionId: regionId(region) },
  });
  return created;
}

describe('municipalities', () => {
  it('lists the 293 seeded municipalities sorted by Finnish name, paged, with the total', async () => {
    const first = await admin.gql(LIST, { page: { limit: 100 } });
    expect(first.municipalities.total).toBe(293);
    expect(first.municipalities.items).toHaveLength(100);
    const names = first.municipalities.items.map((m: any) => m.name.fi);
    expect(names).toEqual([...names].sort(byCodeUnit));

    const rows = await server.sql('select code from municipality order by code desc');
    const page = await admin.gql(LIST, {
      sort: { field: 'CODE', order: 'DESC' },
      page: { offset: 10, limit: 5 },
    });
    expect(page.municipalities.total).toBe(293);
    expect(codes(page)).toEqual(rows.slice(10, 15).map((r: any) => r.code));
  });

  it('filters by ids, codes, region, language and text in the Finnish or Swedish name or code', async () => {
    const byIds = await admin.gql(LIST, { filter: { ids: [await municipalityId('179')] } });
    expect(codes(byIds)).toEqual(['179']);

    const byCodes = await admin.gql(LIST, { filter: { codes: ['444', '049'] } });
    expect(codes(byCodes).sort()).toEqual(['049', '444']);

    const [{ n: inKeskiSuomi }] = await server.sql(
      'select count(*)::int as n from municipality where region_id = $1',
      [regionId('keski-suomi')],
    );
    const byRegion = await admin.gql(LIST, {
      filter: { regionId: regionId('keski-suomi') },
      page: { limit: 100 },
    });
    expect(byRegion.municipalities.total).toBe(inKeskiSuomi);
    expect(byRegion.municipalities.items.every((m: any) => m.region.code === 'keski-suomi')).toBe(
      true,
    );

    const swedish = await admin.gql(LIST, { filter: { language: 'SV' } });
    expect(codes(swedish)).toEqual(['545']);
    const bilingualInLansiUusimaa = await admin.gql(LIST, {
      filter: { language: 'BILINGUAL', regionId: regionId('lansi-uusimaa') },
      page: { limit: 50 },
    });
    expect(codes(bilingualInLansiUusimaa)).toEqual(expect.arrayContaining(['049', '444']));

    expect(codes(await admin.gql(LIST, { filter: { q: 'jyväsky' } }))).toEqual(['179']);
    expect(codes(await admin.gql(LIST, { filter: { q: 'Esbo' } }))).toEqual(['049']);
    expect(codes(await admin.gql(LIST, { filter: { q: '444' } }))).toEqual(['444']);
    const none = await admin.gql(LIST, { filter: { q: '100%_' } });
    expect(none.municipalities.total).toBe(0);
  });

  it('gets one municipality with its region and stations, and null for unknown or malformed ids', async () => {
    const id = await municipalityId('179');
    const found = await admin.gql(GET, { id });
    expect(found.municipality).toMatchObject({
      code: '179',
      name: { fi: 'Jyväskylä' },
      language: 'FI',
      region: { code: 'keski-suomi' },
    });
    const stations = await server.sql('select id from station where municipality_id = $1', [id]);
    expect(found.municipality.stations.map((s: any) => s.id).sort()).toEqual(
      stations.map((s: any) => s.id).sort(),
    );
    expect((await admin.gql(GET, { id: UNKNOWN_ID })).municipality).toBeNull();
    expect((await admin.gql(GET, { id: 'not-a-uuid' })).municipality).toBeNull();
  });

  it('loads the region and stations of a whole page in a fixed number of statements', async () => {
    const statements = async (limit: number) => {
      // Anonymous: a signed-in request adds the statement that looks up its session.
      const response = await server.post(LIST, { page: { limit } });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.municipalities.items).toHaveLength(limit);
      return Number(response.headers.get('x-sql-statements'));
    };
    // count + page + one batch for regions + one batch for stations, whatever the page size.
    expect(await statements(100)).toBe(await statements(1));
    expect(await statements(100)).toBeLessThanOrEqual(4);
  });

  it('creates, updates with the version read, and deletes a municipality', async () => {
    const created = await admin.gql(CREATE, {
      input: {
        code: '900',
        name: { fi: 'Testilä', sv: 'Testby' },
        language: 'BILINGUAL',
        regionId: regionId('lansi-uusimaa'),
      },
    });
    const municipality = created.createMunicipality;
    expect(municipality).toMatchObject({
      code: '900',
      version: 1,
      language: 'BILINGUAL',
      name: { fi: 'Testilä', sv: 'Testby' },
      region: { code: 'lansi-uusimaa' },
    });

    const renamed = await admin.gql(UPDATE, {
      input: { id: municipality.id, version: 1, name: { fi: 'Uusi Testilä', sv: 'Nya Testby' } },
    });
    expect(renamed.updateMunicipality).toMatchObject({
      version: 2,
      code: '900',
      language: 'BILINGUAL',
      name: { fi: 'Uusi Testilä', sv: 'Nya Testby' },
      region: { code: 'lansi-uusimaa' },
    });

    const moved = await admin.gql(UPDATE, {
      input: {
        id: municipality.id,
        version: 2,
        code: '901',
        language: 'FI',
        regionId: regionId('keski-suomi'),
      },
    });
    expect(moved.updateMunicipality).toMatchObject({
      version: 3,
      code: '901',
      language: 'FI',
      name: { fi: 'Uusi Testilä' },
      region: { code: 'keski-suomi' },
    });
    const [row] = await server.sql(
      'select code, region_id, version from municipality where id = $1',
      [municipality.id],
    );
    expect(row).toEqual({ code: '901', region_id: regionId('keski-suomi'), version: 3 });

    expect((await admin.gql(DELETE, { id: municipality.id })).deleteMunicipality).toBe(true);
    expect(await server.sql('select 1 from municipality where id = $1', [municipality.id])).toEqual(
      [],
    );
  });

  it('rejects invalid shapes per field without echoing the values, and stores nothing', async () => {
    const before = await countRows('municipality');
    const error = await admin.gqlError(CREATE, {
      input: { code: 'X9Z', name: { fi: '' }, language: 'FI', regionId: 'bogus-region' },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {}).sort()).toEqual([
      'code',
      'name.fi',
      'regionId',
    ]);
    expect(error.message).not.toContain('X9Z');
    expect(error.message).not.toContain('bogus-region');
    expect(await countRows('municipality')).toBe(before);
  });

  it('rejects an unknown region, a missing Swedish name and a duplicate code, and stores nothing', async () => {
    const before = await countRows('municipality');
    const unknownRegion = await admin.gqlError(CREATE, {
      input: { code: '902', name: { fi: 'Eiole' }, language: 'FI', regionId: UNKNOWN_ID },
    });
    expect(unknownRegion.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(unknownRegion.extensions.fields ?? {})).toEqual(['regionId']);

    const noSwedish = await admin.gqlError(CREATE, {
      input: {
        code: '902',
        name: { fi: 'Kaksikielinen' },
        language: 'BILINGUAL',
        regionId: regionId('lansi-uusimaa'),
      },
    });
    expect(noSwedish.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(noSwedish.extensions.fields ?? {})).toEqual(['name.sv']);

    const duplicate = await admin.gqlError(CREATE, {
      input: { code: '179', name: { fi: 'Toinen' }, language: 'FI', regionId: regionId('lappi') },
    });
    expect(duplicate.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(duplicate.extensions.fields ?? {})).toEqual(['code']);
    expect(await countRows('municipality')).toBe(before);
  });

  it('refuses to clear required fields or break the Swedish rule on update, and keeps the row', async () => {
    const municipality = await createMunicipality('903', 'Muuttumaton');
    const read = () =>
      server.sql('select code, name_fi, language, version from municipality where id = $1', [
        municipality.id,
      ]);
    const before = await read();

    const cleared = await admin.gqlError(UPDATE, {
      input: {
        id: municipality.id,
        version: 1,
        code: null,
        name: null,
        language: null,
        regionId: null,
      },
    });
    expect(cleared.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(cleared.extensions.fields ?? {}).sort()).toEqual([
      'code',
      'language',
      'name',
      'regionId',
    ]);

    const bilingual = await admin.gqlError(UPDATE, {
      input: { id: municipality.id, version: 1, language: 'BILINGUAL' },
    });
    expect(Object.keys(bilingual.extensions.fields ?? {})).toEqual(['name.sv']);

    const unknownRegion = await admin.gqlError(UPDATE, {
      input: { id: municipality.id, version: 1, code: '904', regionId: UNKNOWN_ID },
    });
    expect(Object.keys(unknownRegion.extensions.fields ?? {})).toEqual(['regionId']);
    expect(await read()).toEqual(before);
  });

  it('refuses a stale version with CONFLICT and keeps the newer data', async () => {
    const municipality = await createMunicipality('906', 'Ensimmäinen');
    await expectStaleVersionRefused(admin, UPDATE, municipality.id, {
      newer: { name: { fi: 'Toinen' } },
      stale: { name: { fi: 'Kolmas' } },
    });
    const [row] = await server.sql('select name_fi, version from municipality where id = $1', [
      municipality.id,
    ]);
    expect(row).toEqual({ name_fi: 'Toinen', version: 2 });
  });

  it('refuses to delete a municipality that has a station, and keeps it', async () => {
    const municipality = await createMunicipality('907', 'Asemala');
    const station = await insertStation('Asemalan terveysasema', '907');
    const withStation = await admin.gql(GET, { id: municipality.id });
    expect(withStation.municipality.stations).toEqual([{ id: station }]);

    await expectDeleteRefused(admin, DELETE, municipality.id, /1 station/);
    expect(
      await server.sql('select 1 from municipality where id = $1', [municipality.id]),
    ).toHaveLength(1);

    await server.sql('delete from station where id = $1', [station]);
    expect((await admin.gql(DELETE, { id: municipality.id })).deleteMunicipality).toBe(true);
  });

  it('refuses to delete a municipality that a service serves, and keeps it', async () => {
    const municipality = await createMunicipality('909', 'Palvelula');
    const service = await insertService('Velkaneuvonta', await insertOrganization('Testijärjestö'));
    await server.sql(
      'insert into service_municipalities (service_id, municipality_id) values ($1, $2)',
      [service, municipality.id],
    );

    await expectDeleteRefused(admin, DELETE, municipality.id, /1 service/);
    expect(
      await server.sql('select 1 from municipality where id = $1', [municipality.id]),
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

const FIELDS = 'id code version language name { fi sv en } region { code }';
const LIST = `query ($filter: MunicipalityFilter, $sort: MunicipalitySort, $page: PageInput) {
  municipalities(filter: $filter, sort: $sort, page: $page) {
    total
    items { ${FIELDS} stations { id } }
  }
}`;
const GET = `query ($id: ID!) { municipality(id: $id) { ${FIELDS} stations { id } } }`;
const CREATE = `mutation ($input: CreateMunicipalityInput!) {
  createMunicipality(input: $input) { ${FIELDS} }
}`;
const UPDATE = `mutation ($input: UpdateMunicipalityInput!) {
  updateMunicipality(input: $input) { ${FIELDS} }
}`;
const DELETE = `mutation ($id: ID!) { deleteMunicipality(id: $id) }`;
