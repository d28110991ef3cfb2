import { randomUUID } from 'node:crypto';
import { regionId } from '../seeds/ids';
import { UNKNOWN_ID, useAdminServer } from './support/admin-server';
import { expectDeleteRefused } from './support/refused-writes';
import { sqlFixtures } from './support/fixtures';

const { server, admin } = useAdminServer();
const { insertOrganization, insertStation, municipalityId } = sqlFixtures(server.sql);

describe('listing services', () => {
  const ids: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };
  const cat = { debt: '', housing: '', kela: '' };
  let orgA: string;
  let orgB: string;

  beforeAll(async () => {
    orgA = await insertOrganization('Velkaneuvonta ry');
    orgB = await insertOrganization('Kriisikeskus Oy');
    cat.debt = await insertCategory('list.debt', 'Velat');
    cat.housing = await insertCategory('list.housing', 'Asuminen');
    cat.kela = await insertCategory('list.kela', 'Kela-etuudet');
    ids.a = await insertService({
      name: 'Aallon velkaneuvonta',
      description: 'Apua velkoihin',
      organization: orgA,
      sector: 'THIRD_SECTOR',
      categories: [cat.debt],
      area: 'MUNICIPALITIES',
      municipalities: [await municipalityId('179')],
      accessModes: ['PHONE', 'APPOINTMENT'],
      languages: ['fi', 'sv'],
      lastVerified: '2025-01-10',
      updatedAt: '2025-03-01T10:00:00Z',
    });
    ids.b = await insertService({
      name: 'Bertan asumisneuvonta',
      nameSv: 'Bertas boenderådgivning',
      organization: orgA,
      sector: 'PUBLIC',
      categories: [cat.housing, cat.kela],
      area: 'REGION',
      region: regionId('keski-suomi'),
      accessModes: ['WALK_IN'],
      lastVerified: '2025-06-01',
      updatedAt: '2025-01-01T10:00:00Z',
    });
    ids.c = await insertService({
      name: 'Cillan Kela-opastus',
      nameEn: 'Cilla Kela guidance',
      organization: orgB,
      sector: 'PUBLIC',
      status: 'INACTIVE',
      categories: [cat.kela],
      area: 'NATIONAL',
      accessModes: ['ONLINE'],
      languages: ['fi', 'en'],
      updatedAt: '2025-02-01T10:00:00Z',
    });
    ids.d = await insertService({
      name: 'Doran kriisiapu',
      description: 'Tukea kriisissä',
      organization: orgB,
      sector: 'PRIVATE',
      status: 'DRAFT',
      area: 'MUNICIPALITIES',
      municipalities: [await municipalityId('179'), await municipalityId('091')],
      accessModes: ['REFERRAL', 'HOME_VISIT'],
      languages: ['ru'],
      lastVerified: '2024-03-03',
      updatedAt: '2025-04-01T10:00:00Z',
    });
  });

  /** Lists only this block's fixtures (other tests and seeds add services too). */
  async function list(filter: object = {}, sort?: object, page?: object) {
    const all = Object.values(ids);
    const data = await admin.gql(LIST, { filter: { ids: all, ...filter }, sort, page });
    const names = data.services.items.map((s: any) => s.name.fi.charAt(0));
    return { names: names.join(''), total: data.services.total, items: data.services.items };
  }

  it('sorts by name, last verified (never verified last) and update time', async () => {
    expect((await list()).names).toBe('ABCD');
    expect((await list({}, { field: 'NAME', order: 'DESC' })).names).toBe('DCBA');
    expect((await list({}, { field: 'LAST_VERIFIED' })).names).toBe('DABC');
    expect((await list({}, { field: 'LAST_VERIFIED', order: 'DESC' })).names).toBe('BADC');
    expect((await list({}, { field: 'UPDATED_AT' })).names).toBe('BCAD');
    expect((await list({}, { field: 'UPDATED_AT', order: 'DESC' })).names).toBe('DACB');
  });

  it('pages and counts the total over all pages', async () => {
    const page = await list({}, undefined, { offset: 1, limit: 2 });
    expect(page).toMatchObject({ names: 'BC', total: 4 });
    const error = await admin.gqlError(LIST, { page: { limit: 1000 } });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('filters by ids and free text in names and the Finnish description', async () => {
    const byIds = await admin.gql(LIST, { filter: { ids: [ids.a, ids.c] } });
    expect(byIds.services.items.map((s: any) => s.id)).toEqual([ids.a, ids.c]);
    expect((await list({ q: 'asumis' })).names).toBe('B');
    expect((await list({ q: 'boenderåd' })).names).toBe('B');
    expect((await list({ q: 'GUIDANCE' })).names).toBe('C');
    expect((await list({ q: 'kriisissä' })).names).toBe('D');
    expect((await list({ q: '100%' })).names).toBe('');
  });

  it('filters by organization, sector and status', async () => {
    expect((await list({ organizationId: orgB })).names).toBe('CD');
    expect((await list({ sectors: ['PUBLIC'] })).names).toBe('BC');
    expect((await list({ statuses: ['INACTIVE', 'DRAFT'] })).names).toBe('CD');
    expect((await list({ sectors: ['PUBLIC'], statuses: ['ACTIVE'] })).names).toBe('B');
  });

  it('filters by categories (any of them) by id and by code, without duplicates', async () => {
    expect((await list({ categoryIds: [cat.kela] })).names).toBe('BC');
    expect(await list({ categoryIds: [cat.housing, cat.kela] })).toMatchObject({
      names: 'BC',
      total: 2,
    });
    expect((await list({ categoryIds: [cat.debt, cat.housing] })).names).toBe('AB');
    expect((await list({ categoryCodes: ['list.kela', 'list.debt'] })).names).toBe('ABC');
    expect((await list({ categoryCodes: ['no.such.code'] })).names).toBe('');
  });

  it('filters by region and by a municipality the service lists', async () => {
    expect((await list({ regionId: regionId('keski-suomi') })).names).toBe('B');
    expect((await list({ municipalityId: await municipalityId('091') })).names).toBe('D');
    expect((await list({ municipalityId: await municipalityId('179') })).names).toBe('AD');
  });

  it('filters by access modes and languages (any of them)', async () => {
    expect((await list({ accessModes: ['PHONE', 'REFERRAL'] })).names).toBe('AD');
    expect((await list({ accessModes: ['WALK_IN'] })).names).toBe('B');
    expect((await list({ languages: ['sv', 'en'] })).names).toBe('AC');
    expect((await list({ languages: ['fi'] })).names).toBe('ABC');
  });

  it('rejects malformed filter values per field', async () => {
    const error = await admin.gqlError(LIST, {
      filter: { organizationId: 'not-a-uuid', languages: ['finnish'] },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {}).sort()).toEqual([
      'languages',
      'organizationId',
    ]);
    expect(error.message).not.toContain('finnish');
  });

  it('gets one service with its nested records, and null for unknown or malformed ids', async () => {
    const { service } = await admin.gql(GET, { id: ids.b });
    expect(service).toMatchObject({
      id: ids.b,
      name: { fi: 'Bertan asumisneuvonta', sv: 'Bertas boenderådgivning' },
      sector: 'PUBLIC',
      area: 'REGION',
      accessModes: ['WALK_IN'],
      lastVerified: '2025-06-01',
      organization: { id: orgA, name: { fi: 'Velkaneuvonta ry' } },
      region: { code: 'keski-suomi' },
      municipalities: [],
      stations: [],
    });
    expect(service.categories.map((c: any) => c.code).sort()).toEqual([
      'list.housing',
      'list.kela',
    ]);
    const { service: d } = await admin.gql(GET, { id: ids.d });
    expect(d.region).toBeNull();
    expect(d.municipalities.map((m: any) => m.code).sort()).toEqual(['091', '179']);

    expect((await admin.gql(GET, { id: UNKNOWN_ID })).service).toBeNull();
    expect((await admin.gql(GET, { id: 'not-a-uuid' })).service).toBeNull();
  });
});

describe('writing services', () => {
  let org: string;
  let debt: string;
  let housing: string;
  let kela: string;

  beforeAll(async () => {
    org = await insertOrganization('Kirjoitusjärjestö ry');
    debt = await insertCategory('write.debt', 'Velat');
    housing = await insertCategory('write.housing', 'Asuminen');
    kela = await insertCategory('write.kela', 'Kela');
  });

  const minimal = () => ({ name: { fi: 'Palvelu' }, organizationId: org, sector: 'THIRD_SECTOR' });
  // One after another: the fixtures share one database connection.
  const jyvaskylaHelsinkiLohja = async () => [
    await municipalityId('179'),
    await municipalityId('091'),
    await municipalityId('444'),
  ];

  it('creates a service with categories and municipalities', async () => {
    const jkl = await municipalityId('179');
    const { createService: s } = await admin.gql(CREATE, {
      input: {
        name: { fi: ' Talous- ja velkaneuvonta ', sv: 'Ekonomi- och skuldrådgivning' },
        description: { fi: 'Neuvontaa raha-asioissa' },
        organizationId: org,
        sector: 'THIRD_SECTOR',
        categoryIds: [debt, kela, debt],
        targetGroups: ['working-age', ' pensioners '],
        minAge: 18,
        maxAge: 64,
        languages: ['fi', 'sv'],
        cost: { fi: 'Maksuton' },
        free: true,
        accessModes: ['PHONE', 'APPOINTMENT'],
        phone: '+358 40 123 4567',
        email: 'neuvonta@example.fi',
        website: 'https://example.fi/velka',
        area: 'MUNICIPALITIES',
        municipalityIds: [jkl],
        lastVerified: '2025-05-05',
        source: 'jyvaskyla.pdf',
      },
    });
    expect(s).toMatchObject({
      version: 1,
      name: { fi: 'Talous- ja velkaneuvonta', sv: 'Ekonomi- och skuldrådgivning', en: null },
      targetGroups: ['working-age', 'pensioners'],
      minAge: 18,
      maxAge: 64,
      free: true,
      status: 'ACTIVE',
      area: 'MUNICIPALITIES',
      organization: { id: org },
      municipalities: [{ code: '179' }],
      region: null,
      lastVerified: '2025-05-05',
    });
    expect(s.categories.map((c: any) => c.code).sort()).toEqual(['write.debt', 'write.kela']);
    expect(await categoriesOf(s.id)).toEqual([debt, kela].sort());
    expect(await server.sql(MUNIS_SQL, [s.id])).toEqual([{ municipality_id: jkl }]);
    const [row] = await server.sql('select access_modes, languages from service where id = $1', [
      s.id,
    ]);
    expect(row).toEqual({ access_modes: ['PHONE', 'APPOINTMENT'], languages: ['fi', 'sv'] });
  });

  it('updates with the version read: omitted fields stay, null clears, categories are replaced', async () => {
    const { createService: s } = await admin.gql(CREATE, {
      input: { ...minimal(), categoryIds: [debt, housing], phone: '09 123 456', minAge: 10 },
    });
    const { updateService: u } = await admin.gql(UPDATE, {
      input: { id: s.id, version: 1, categoryIds: [kela], phone: null, status: 'DRAFT' },
    });
    expect(u).toMatchObject({ version: 2, phone: null, minAge: 10, status: 'DRAFT' });
    expect(u.name.fi).toBe('Palvelu');
    expect(u.categories.map((c: any) => c.code)).toEqual(['write.kela']);
    expect(await categoriesOf(s.id)).toEqual([kela]);

    // A change of only the category set still bumps the version.
    const { updateService: v } = await admin.gql(UPDATE, {
      input: { id: s.id, version: 2, categoryIds: [] },
    });
    expect(v).toMatchObject({ version: 3, categories: [] });
    expect(await categoriesOf(s.id)).toEqual([]);
    const [row] = await server.sql('select version, phone, status from service where id = $1', [
      s.id,
    ]);
    expect(row).toEqual({ version: 3, phone: null, status: 'DRAFT' });
  });

  it('lists categories and municipalities in code order, whatever order they were given in', async () => {
    const [jkl, hki, lohja] = await jyvaskylaHelsinkiLohja();
    const { createService: s } = await admin.gql(CREATE, {
      input: {
        ...minimal(),
        categoryIds: [kela, housing, debt],
        area: 'MUNICIPALITIES',
        municipalityIds: [lohja, jkl, hki],
      },
    });
    const codes = (service: any) => ({
      categories: service.categories.map((c: any) => c.code),
      municipalities: service.municipalities.map((m: any) => m.code),
    });
    const sorted = {
      categories: ['write.debt', 'write.housing', 'write.kela'],
      municipalities: ['091', '179', '444'],
    };
    expect(codes(s)).toEqual(sorted);
    const read = `query ($id: ID!) {
      service(id: $id) { categories { code } municipalities { code } }
    }`;
    // Read again by the administrator and by the public (a fresh request each).
    expect(codes((await admin.gql(read, { id: s.id })).service)).toEqual(sorted);
    expect(codes((await server.gql(read, { id: s.id })).service)).toEqual(sorted);
  });

  it('replaces the municipality set on update and clears optional texts with null', async () => {
    const [jkl, hki, lohja] = await jyvaskylaHelsinkiLohja();
    const { createService: s } = await admin.gql(CREATE, {
      input: {
        ...minimal(),
        description: { fi: 'Kuvaus' },
        area: 'MUNICIPALITIES',
        municipalityIds: [jkl],
      },
    });
    const { updateService: u } = await admin.gql(UPDATE, {
      input: { id: s.id, version: 1, municipalityIds: [hki, lohja], description: null },
    });
    expect(u).toMatchObject({ version: 2, description: null, area: 'MUNICIPALITIES' });
    expect(u.municipalities.map((m: any) => m.code).sort()).toEqual(['091', '444']);
    const rows = await server.sql(`${MUNIS_SQL} order by 1`, [s.id]);
    expect(rows.map((r) => r.municipality_id)).toEqual([hki, lohja].sort());

    const missing = await admin.gqlError(UPDATE, { input: { id: UNKNOWN_ID, version: 1 } });
    expect(missing.extensions.code).toBe('NOT_FOUND');
  });

  it('deletes a service together with its category and municipality links', async () => {
    const { createService: s } = await admin.gql(CREATE, {
      input: {
        ...minimal(),
        categoryIds: [debt],
        area: 'MUNICIPALITIES',
        municipalityIds: [await municipalityId('091')],
      },
    });
    expect((await admin.gql(DELETE, { id: s.id })).deleteService).toBe(true);
    expect(await server.sql('select 1 from service where id = $1', [s.id])).toHaveLength(0);
    expect(await categoriesOf(s.id)).toEqual([]);
    expect(await server.sql(MUNIS_SQL, [s.id])).toEqual([]);
    const missing = await admin.gqlError(DELETE, { id: UNKNOWN_ID });
    expect(missing.extensions.code).toBe('NOT_FOUND');
  });

  it('rejects malformed input per field without echoing the values, and stores nothing', async () => {
    const before = await snapshot();
    const error = await admin.gqlError(CREATE, {
      input: {
        name: { fi: '' },
        organizationId: 'org-xyz',
        sector: 'PUBLIC',
        categoryIds: ['cat-xyz'],
        targetGroups: ['', ...Array.from({ length: 20 }, (_, i) => `group ${i}`)],
        minAge: -1,
        maxAge: 121,
        languages: ['finnish'],
        phone: 'call-me-xyz',
        email: 'not-an-email-xyz',
        website: 'ftp://files.example.fi/xyz',
        regionId: 'region-xyz',
        municipalityIds: ['muni-xyz'],
        source: 'x'.repeat(501),
      },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {}).sort()).toEqual([
      'categoryIds',
      'email',
      'languages',
      'maxAge',
      'minAge',
      'municipalityIds',
      'name.fi',
      'organizationId',
      'phone',
      'regionId',
      'source',
      'targetGroups',
      'website',
    ]);
    expect(error.message).not.toMatch(/xyz|finnish/);
    expect(JSON.stringify(error.extensions.fields)).not.toMatch(/xyz|finnish/);
    expect(await snapshot()).toEqual(before);
  });

  it('rejects references to missing records, a future verification date and cleared required fields', async () => {
    const { createService: s } = await admin.gql(CREATE, {
      input: { ...minimal(), categoryIds: [debt] },
    });
    const before = await snapshot();
    const error = await admin.gqlError(UPDATE, {
      input: {
        id: s.id,
        version: 1,
        name: null,
        sector: null,
        organizationId: UNKNOWN_ID,
        categoryIds: [housing, UNKNOWN_ID],
        regionId: UNKNOWN_ID,
        municipalityIds: [UNKNOWN_ID],
        lastVerified: '2999-01-01',
      },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {}).sort()).toEqual([
      'categoryIds',
      'lastVerified',
      'municipalityIds',
      'name',
      'organizationId',
      'regionId',
      'sector',
    ]);
    expect(await snapshot()).toEqual(before);
    expect(await categoriesOf(s.id)).toEqual([debt]);
  });

  it('requires at least one language, and refuses to clear it', async () => {
    const { createService: s } = await admin.gql(CREATE, { input: minimal() });
    expect(s.languages).toEqual(['fi']);
    const before = await snapshot();
    for (const languages of [[], null]) {
      const error = await admin.gqlError(UPDATE, { input: { id: s.id, version: 1, languages } });
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(error.extensions.fields ?? {})).toEqual(['languages']);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('requires a region for area REGION and municipalities for area MUNICIPALITIES', async () => {
    const before = await snapshot();
    const noRegion = await admin.gqlError(CREATE, { input: { ...minimal(), area: 'REGION' } });
    expect(noRegion.extensions.fields).toEqual({
      regionId: ['regionId is required when area is REGION'],
    });
    for (const municipalityIds of [undefined, []]) {
      const noMunicipalities = await admin.gqlError(CREATE, {
        input: { ...minimal(), area: 'MUNICIPALITIES', municipalityIds },
      });
      expect(Object.keys(noMunicipalities.extensions.fields ?? {})).toEqual(['municipalityIds']);
    }
    expect(await snapshot()).toEqual(before);

    const { createService: s } = await admin.gql(CREATE, {
      input: {
        ...minimal(),
        area: 'MUNICIPALITIES',
        municipalityIds: [await municipalityId('444')],
      },
    });
    const middle = await snapshot();
    const cleared = await admin.gqlError(UPDATE, {
      input: { id: s.id, version: 1, municipalityIds: [] },
    });
    expect(Object.keys(cleared.extensions.fields ?? {})).toEqual(['municipalityIds']);
    const toRegion = await admin.gqlError(UPDATE, {
      input: { id: s.id, version: 1, area: 'REGION' },
    });
    expect(Object.keys(toRegion.extensions.fields ?? {})).toEqual(['regionId']);
    expect(await snapshot()).toEqual(middle);

    const lansiUusimaa = regionId('lansi-uusimaa');
    const { updateService: u } = await admin.gql(UPDATE, {
      input: { id: s.id, version: 1, area: 'REGION', regionId: lansiUusimaa },
    });
    expect(u).toMatchObject({ version: 2, area: 'REGION', region: { code: 'lansi-uusimaa' } });
    const clearRegion = await admin.gqlError(UPDATE, {
      input: { id: s.id, version: 2, regionId: null },
    });
    expect(Object.keys(clearRegion.extensions.fields ?? {})).toEqual(['regionId']);
  });

  it('requires minAge <= maxAge, also against the stored value', async () => {
    const before = await snapshot();
    const error = await admin.gqlError(CREATE, {
      input: { ...minimal(), minAge: 65, maxAge: 18 },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {})).toEqual(['maxAge']);
    expect(await snapshot()).toEqual(before);

    const { createService: s } = await admin.gql(CREATE, {
      input: { ...minimal(), minAge: 30, maxAge: 64 },
    });
    const lower = await admin.gqlError(UPDATE, { input: { id: s.id, version: 1, maxAge: 20 } });
    expect(Object.keys(lower.extensions.fields ?? {})).toEqual(['maxAge']);
    const { updateService: u } = await admin.gql(UPDATE, {
      input: { id: s.id, version: 1, minAge: null, maxAge: 20 },
    });
    expect(u).toMatchObject({ minAge: null, maxAge: 20 });
  });

  it('refuses a stale version with CONFLICT and keeps the newer data', async () => {
    const { createService: s } = await admin.gql(CREATE, {
      input: { ...minimal(), categoryIds: [debt] },
    });
    await admin.gql(UPDATE, { input: { id: s.id, version: 1, name: { fi: 'Toinen' } } });
    const before = await snapshot();
    const error = await admin.gqlError(UPDATE, {
      input: { id: s.id, version: 1, name: { fi: 'Kolmas' }, categoryIds: [kela] },
    });
    expect(error.extensions.code).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);
    const [row] = await server.sql('select name_fi, version from service where id = $1', [s.id]);
    expect(row).toEqual({ name_fi: 'Toinen', version: 2 });
    expect(await categoriesOf(s.id)).toEqual([debt]);
  });

  it('refuses to delete a service delivered at a station, and keeps it', async () => {
    const { createService: s } = await admin.gql(CREATE, {
      input: { ...minimal(), categoryIds: [debt] },
    });
    const station = await insertStation('Testin terveysasema');
    await server.sql(
      `insert into service_at_station (id, version, created_at, updated_at, service_id, station_id, active)
       values ($1, 1, now(), now(), $2, $3, true)`,
      [randomUUID(), s.id, station],
    );
    const before = await snapshot();
    await expectDeleteRefused(admin, DELETE, s.id, /1 station/);
    expect(await snapshot()).toEqual(before);

    const { service } = await admin.gql(GET, { id: s.id });
    expect(service.stations).toEqual([{ active: true }]);
  });
});

describe('nested fields', () => {
  it('costs the same number of SQL statements for 25 services as for 3', async () => {
    const orgs: string[] = [];
    for (let i = 1; i <= 5; i++) orgs.push(await insertOrganization(`Järjestö ${i}`));
    const cats: string[] = [];
    for (let i = 1; i <= 3; i++) cats.push(await insertCategory(`bulk.${i}`, `Aihe ${i}`));
    for (let i = 0; i < 25; i++) {
      await insertService({
        name: `Massapalvelu ${String(i).padStart(2, '0')}`,
        organization: orgs[i % 5],
        categories: [cats[i % 3], cats[(i + 1) % 3]],
      });
    }
    const statements = async (limit: number) => {
      const res = await admin.post(NESTED, { filter: { q: 'Massapalvelu' }, page: { limit } });
      const body = await res.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.services.items).toHaveLength(limit);
      expect(body.data.services.items[0].categories).toHaveLength(2);
      return Number(res.headers.get('x-sql-statements'));
    };
    const few = await statements(3);
    const many = await statements(25);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});

// --- fixtures, inserted with SQL so that the tests do not depend on seeded catalogue data ---

async function insertCategory(code: string, name: string): Promise<string> {
  const id = randomUUID();
  await server.sql(
    `insert into service_category (id, version, created_at, updated_at, code, name_fi)
     values ($1, 1, now(), now(), $2, $3)`,
    [id, code, name],
  );
  return id;
}

interface ServiceFixture {
  name: string;
  nameSv?: string;
  nameEn?: string;
  description?: string;
  organization: string;
  sector?: string;
  status?: string;
  categories?: string[];
  area?: string;
  region?: string;
  municipalities?: string[];
  accessModes?: string[];
  languages?: string[];
  lastVerified?: string;
  updatedAt?: string;
}

async function insertService(s: ServiceFixture): Promise<string> {
  const id = randomUUID();
  await server.sql(
    `insert into service (id, version, created_at, updated_at, name_fi, name_sv, name_en,
       description_fi, organization_id, sector, target_groups, languages, access_modes, area,
       region_id, status, last_verified)
     values ($1, 1, now(), coalesce($2::timestamptz, now()), $3, $4, $5, $6, $7, $8, '{}', $9, $10,
       $11, $12, $13, $14)`,
    [
      id,
      s.updatedAt ?? null,
      s.name,
      s.nameSv ?? null,
      s.nameEn ?? null,
      s.description ?? null,
      s.organization,
      s.sector ?? 'THIRD_SECTOR',
      s.languages ?? ['fi'],
      s.accessModes ?? [],
      s.area ?? 'STATIONS',
      s.region ?? null,
      s.status ?? 'ACTIVE',
      s.lastVerified ?? null,
    ],
  );
  for (const category of s.categories ?? []) {
    await server.sql(
      'insert into service_categories (service_id, service_category_id) values ($1, $2)',
      [id, category],
    );
  }
  for (const m of s.municipalities ?? []) {
    await server.sql(
      'insert into service_municipalities (service_id, municipality_id) values ($1, $2)',
      [id, m],
    );
  }
  return id;
}

async function categoriesOf(serviceId: string): Promise<string[]> {
  const rows = await server.sql(
    'select service_category_id as id from service_categories where service_id = $1 order by 1',
    [serviceId],
  );
  return rows.map((r) => r.id);
}

/** Every row a service write could touch, to prove that a rejected write changed nothing. */
async function snapshot() {
  return {
    services: await server.sql('select * from service order by id'),
    categories: await server.sql('select * from service_categories order by 1, 2'),
    municipalities: await server.sql('select * from service_municipalities order by 1, 2'),
    deliveries: await server.sql('select * from service_at_station order by id'),
  };
}

const MUNIS_SQL = 'select municipality_id from service_municipalities where service_id = $1';

const FIELDS = `id version name { fi sv en } description { fi } sector targetGroups minAge maxAge
  languages cost { fi } free accessModes phone email website area status lastVerified source`;
const NESTED_FIELDS = `organization { id name { fi } } categories { code } region { code }
  municipalities { code } stations { active }`;
const LIST = `query ($filter: ServiceFilter, $sort: ServiceSort, $page: PageInput) {
  services(filter: $filter, sort: $sort, page: $page) { total items { ${FIELDS} } }
}`;
const GET = `query ($id: ID!) { service(id: $id) { ${FIELDS} ${NESTED_FIELDS} } }`;
const NESTED = `query ($filter: ServiceFilter, $page: PageInput) {
  services(filter: $filter, page: $page) {
    total items { id categories { code } organization { name { fi } } }
  }
}`;
const CREATE = `mutation ($input: CreateServiceInput!) {
  createService(input: $input) { ${FIELDS} ${NESTED_FIELDS} }
}`;
const UPDATE = `mutation ($input: UpdateServiceInput!) {
  updateService(input: $input) { ${FIELDS} ${NESTED_FIELDS} }
}`;
const DELETE = `mutation ($id: ID!) { deleteService(id: $id) }`;
