import { UNKNOWN_ID, useAdminServer } from './support/admin-server';
import {
  expectDeleteRefused,
  expectStaleVersionRefused,
  expectUnknownIdNotFound,
} from './support/refused-writes';
import { sqlFixtures } from './support/fixtures';

const { server, admin } = useAdminServer();
const { insertOrganization, insertService, countRows } = sqlFixtures(server.sql);

// Every fixture code starts with this, so seeded categories never reach the assertions.
const PREFIX = 'zzt';
const codes = (list: any) => list.serviceCategories.items.map((c: any) => c.code);

async function create(input: Record<string, unknown>) {
  return (await admin.gql(CREATE, { input })).createServiceCategory;
}

async function readRow(id: string) {
  const [row] = await server.sql(
    'select code, name_fi, parent_id, version from service_category where id = $1',
    [id],
  );
  return row;
}

describe('service categories', () => {
  const tree: Record<string, any> = {};
  beforeAll(async () => {
    tree.root = await create({
      code: PREFIX,
      name: { fi: 'Zzt Juuri', sv: 'Zzt Rot', en: 'Zzt Root' },
      description: { fi: 'Testipuun juuri' },
    });
    tree.debt = await create({
      code: `${PREFIX}.debt`,
      name: { fi: 'Zzt Velat' },
      parentId: tree.root.id,
    });
    tree.housing = await create({
      code: `${PREFIX}.housing`,
      name: { fi: 'Zzt Asuminen', sv: 'Zzt Boende' },
      parentId: tree.root.id,
    });
    tree.guidance = await create({
      code: `${PREFIX}.debt.guidance`,
      name: { fi: 'Zzt Velkaneuvonta' },
      parentId: tree.debt.id,
    });
  });

  it('lists by Finnish name or by code, paged, with the total', async () => {
    const byName = await admin.gql(LIST, { filter: { q: PREFIX } });
    expect(byName.serviceCategories.total).toBe(4);
    expect(byName.serviceCategories.items.map((c: any) => c.name.fi)).toEqual([
      'Zzt Asuminen',
      'Zzt Juuri',
      'Zzt Velat',
      'Zzt Velkaneuvonta',
    ]);

    const byCode = await admin.gql(LIST, {
      filter: { q: PREFIX },
      sort: { field: 'CODE', order: 'DESC' },
    });
    expect(codes(byCode)).toEqual(['zzt.housing', 'zzt.debt.guidance', 'zzt.debt', 'zzt']);

    const page = await admin.gql(LIST, {
      filter: { q: PREFIX },
      sort: { field: 'CODE' },
      page: { offset: 1, limit: 2 },
    });
    expect(page.serviceCategories.total).toBe(4);
    expect(codes(page)).toEqual(['zzt.debt', 'zzt.debt.guidance']);
  });

  it('filters by ids, codes, parent, top level only and text in code or any name', async () => {
    const byIds = await admin.gql(LIST, { filter: { ids: [tree.debt.id, tree.housing.id] } });
    expect(codes(byIds).sort()).toEqual(['zzt.debt', 'zzt.housing']);

    const byCodes = await admin.gql(LIST, { filter: { codes: ['zzt', 'zzt.debt.guidance'] } });
    expect(codes(byCodes).sort()).toEqual(['zzt', 'zzt.debt.guidance']);

    const children = await admin.gql(LIST, { filter: { parentId: tree.root.id } });
    expect(codes(children).sort()).toEqual(['zzt.debt', 'zzt.housing']);

    const roots = await admin.gql(LIST, { filter: { q: PREFIX, rootsOnly: true } });
    expect(codes(roots)).toEqual(['zzt']);
    const notOnlyRoots = await admin.gql(LIST, { filter: { q: PREFIX, rootsOnly: false } });
    expect(notOnlyRoots.serviceCategories.total).toBe(4);
    const [{ n: rootRows }] = await server.sql(
      'select count(*)::int as n from service_category where parent_id is null',
    );
    const allRoots = await admin.gql(LIST, { filter: { rootsOnly: true }, page: { limit: 100 } });
    expect(allRoots.serviceCategories.total).toBe(rootRows);

    expect(codes(await admin.gql(LIST, { filter: { q: 'DEBT.guid' } }))).toEqual([
      'zzt.debt.guidance',
    ]);
    expect(codes(await admin.gql(LIST, { filter: { q: 'zzt velkaneu' } }))).toEqual([
      'zzt.debt.guidance',
    ]);
    expect(codes(await admin.gql(LIST, { filter: { q: 'Zzt Boende' } }))).toEqual(['zzt.housing']);
    expect(codes(await admin.gql(LIST, { filter: { q: 'Zzt Root' } }))).toEqual(['zzt']);
  });

  it('gets one category with its parent and children, and null for unknown or malformed ids', async () => {
    const debt = await admin.gql(GET, { id: tree.debt.id });
    expect(debt.serviceCategory).toMatchObject({
      code: 'zzt.debt',
      parent: { code: 'zzt' },
      children: [{ code: 'zzt.debt.guidance' }],
    });
    const root = await admin.gql(GET, { id: tree.root.id });
    expect(root.serviceCategory.parent).toBeNull();
    expect(root.serviceCategory.children.map((c: any) => c.code).sort()).toEqual([
      'zzt.debt',
      'zzt.housing',
    ]);
    expect(root.serviceCategory.description).toEqual({ fi: 'Testipuun juuri', sv: null, en: null });

    expect((await admin.gql(GET, { id: UNKNOWN_ID })).serviceCategory).toBeNull();
    expect((await admin.gql(GET, { id: 'not-a-uuid' })).serviceCategory).toBeNull();
  });

  it('loads parents and children of a whole page in a fixed number of statements', async () => {
    const statements = async (limit: number) => {
      const response = await admin.post(LIST, {
        filter: { q: PREFIX },
        sort: { field: 'CODE' },
        page: { limit },
      });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.serviceCategories.items).toHaveLength(limit);
      return Number(response.headers.get('x-sql-statements'));
    };
    expect(await statements(4)).toBe(await statements(1));
  });

  it('creates, moves, clears the parent and description with null, and deletes a category', async () => {
    const created = await create({
      code: 'zzm.loneliness',
      name: { fi: 'Yksinäisyys', sv: 'Ensamhet' },
      description: { fi: 'Seuraa ja vertaistukea.' },
      parentId: tree.housing.id,
    });
    expect(created).toMatchObject({
      version: 1,
      code: 'zzm.loneliness',
      name: { fi: 'Yksinäisyys', sv: 'Ensamhet', en: null },
      parent: { code: 'zzt.housing' },
    });

    const moved = await admin.gql(UPDATE, {
      input: { id: created.id, version: 1, parentId: tree.guidance.id },
    });
    expect(moved.updateServiceCategory).toMatchObject({
      version: 2,
      code: 'zzm.loneliness',
      name: { fi: 'Yksinäisyys' },
      description: { fi: 'Seuraa ja vertaistukea.' },
      parent: { code: 'zzt.debt.guidance' },
    });

    const cleared = await admin.gql(UPDATE, {
      input: { id: created.id, version: 2, parentId: null, description: null, code: 'zzm' },
    });
    expect(cleared.updateServiceCategory).toMatchObject({
      version: 3,
      code: 'zzm',
      name: { fi: 'Yksinäisyys' },
      description: null,
      parent: null,
    });
    expect(await readRow(created.id)).toEqual({
      code: 'zzm',
      name_fi: 'Yksinäisyys',
      parent_id: null,
      version: 3,
    });

    expect((await admin.gql(DELETE, { id: created.id })).deleteServiceCategory).toBe(true);
    expect(await server.sql('select 1 from service_category where id = $1', [created.id])).toEqual(
      [],
    );
  });

  it('rejects invalid shapes per field without echoing the values, and stores nothing', async () => {
    const before = await countRows('service_category');
    const error = await admin.gqlError(CREATE, {
      input: { code: 'Finances..Debt', name: { fi: '' }, parentId: 'bogus-parent' },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {}).sort()).toEqual([
      'code',
      'name.fi',
      'parentId',
    ]);
    expect(error.message).not.toContain('Finances..Debt');
    expect(error.message).not.toContain('bogus-parent');

    for (const code of ['finances.', '.debt', 'finances debt', '1finances', 'talous.velka.ä']) {
      const bad = await admin.gqlError(CREATE, { input: { code, name: { fi: 'Virhe' } } });
      expect(Object.keys(bad.extensions.fields ?? {})).toEqual(['code']);
    }
    expect(await countRows('service_category')).toBe(before);
  });

  it('rejects an unknown parent and a duplicate code, and stores nothing', async () => {
    const before = await countRows('service_category');
    const unknownParent = await admin.gqlError(CREATE, {
      input: { code: 'zzx', name: { fi: 'Orpo' }, parentId: UNKNOWN_ID },
    });
    expect(unknownParent.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(unknownParent.extensions.fields ?? {})).toEqual(['parentId']);

    const duplicate = await admin.gqlError(CREATE, {
      input: { code: 'zzt.debt', name: { fi: 'Toinen' } },
    });
    expect(duplicate.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(duplicate.extensions.fields ?? {})).toEqual(['code']);
    expect(await countRows('service_category')).toBe(before);
  });

  it('refuses to make a category its own ancestor, and keeps the tree', async () => {
    const before = await readRow(tree.root.id);
    for (const parentId of [tree.root.id, tree.debt.id, tree.guidance.id]) {
      const error = await admin.gqlError(UPDATE, {
        input: { id: tree.root.id, version: tree.root.version, parentId },
      });
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(error.extensions.fields ?? {})).toEqual(['parentId']);
    }
    const debtUnderGuidance = await admin.gqlError(UPDATE, {
      input: { id: tree.debt.id, version: tree.debt.version, parentId: tree.guidance.id },
    });
    expect(Object.keys(debtUnderGuidance.extensions.fields ?? {})).toEqual(['parentId']);
    expect(await readRow(tree.root.id)).toEqual(before);
    expect((await readRow(tree.debt.id)).parent_id).toBe(tree.root.id);
  });

  it('refuses to clear the code or name on update, and keeps the row', async () => {
    const category = await create({ code: 'zzn', name: { fi: 'Pysyvä' } });
    const before = await readRow(category.id);
    const error = await admin.gqlError(UPDATE, {
      input: { id: category.id, version: 1, code: null, name: null },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {}).sort()).toEqual(['code', 'name']);
    const duplicate = await admin.gqlError(UPDATE, {
      input: { id: category.id, version: 1, code: 'zzt.housing', name: { fi: 'Muutettu' } },
    });
    expect(Object.keys(duplicate.extensions.fields ?? {})).toEqual(['code']);
    expect(await readRow(category.id)).toEqual(before);
  });

  it('refuses a stale version with CONFLICT and keeps the newer data', async () => {
    const category = await create({ code: 'zzs', name: { fi: 'Ensimmäinen' } });
    await expectStaleVersionRefused(admin, UPDATE, category.id, {
      newer: { name: { fi: 'Toinen' } },
      stale: { name: { fi: 'Kolmas' } },
    });
    expect(await readRow(category.id)).toMatchObject({ name_fi: 'Toinen', version: 2 });
  });

  it('refuses to delete a category that has subcategories, and keeps it', async () => {
    await expectDeleteRefused(admin, DELETE, tree.root.id, /2 subcategories/);
    expect(await readRow(tree.root.id)).toBeDefined();
  });

  it('refuses to delete a category that a service uses, and keeps it', async () => {
    const category = await create({ code: 'zzu', name: { fi: 'Käytössä' } });
    const service = await insertService('Vertaistuki', await insertOrganization('Testijärjestö'));
    await server.sql(
      'insert into service_categories (service_id, service_category_id) values ($1, $2)',
      [service, category.id],
    );
    await expectDeleteRefused(admin, DELETE, category.id, /1 service/);
    expect(await readRow(category.id)).toBeDefined();

    await server.sql('delete from service_categories where service_id = $1', [service]);
    expect((await admin.gql(DELETE, { id: category.id })).deleteServiceCategory).toBe(true);
  });

  it('answers unknown ids in writes with NOT_FOUND', async () => {
    await expectUnknownIdNotFound(
      admin,
      { update: UPDATE, delete: DELETE },
      { name: { fi: 'Ei ole' } },
    );
  });
});

const FIELDS = 'id version code name { fi sv en } description { fi sv en } parent { code }';
const LIST = `query ($filter: ServiceCategoryFilter, $sort: ServiceCategorySort, $page: PageInput) {
  serviceCategories(filter: $filter, sort: $sort, page: $page) {
    total
    items { ${FIELDS} children { code } }
  }
}`;
const GET = `query ($id: ID!) { serviceCategory(id: $id) { ${FIELDS} children { code } } }`;
const CREATE = `mutation ($input: CreateServiceCategoryInput!) {
  createServiceCategory(input: $input) { ${FIELDS} }
}`;
const UPDATE = `mutation ($input: UpdateServiceCategoryInput!) {
  updateServiceCategory(input: $input) { ${FIELDS} }
}`;
const DELETE = `mutation ($id: ID!) { deleteServiceCategory(id: $id) }`;
