import { regionId } from '../seeds/ids';
import { UNKNOWN_ID, useAdminServer } from './support/admin-server';
import {
  expectDeleteRefused,
  expectStaleVersionRefused,
  expectUnknownIdNotFound,
} from './support/refused-writes';
import { sqlFixtures } from './support/fixtures';

const { server, admin } = useAdminServer();
const { insertStation, insertCounsellor, insertReception, countRows } = sqlFixtures(server.sql);
const KESKI_SUOMI = regionId('keski-suomi');
const LANSI_UUSIMAA = regionId('lansi-uusimaa');

// Fixtures of this file, written with SQL so that the seeds may change freely.
const f = { aino: '', bertta: '', cecilia: '', kuokkala: '', lohja: '' };
const fixtures = () => [f.aino, f.bertta, f.cecilia];

beforeAll(async () => {
  f.kuokkala = await insertStation('Testiasema Kuokkala', '179');
  f.lohja = await insertStation('Testiasema Lohja', '444');
  f.aino = await insertCounsellor('Aino Testinen', 'keski-suomi', {
    email: 'aino.testinen@example.fi',
    languages: ['fi', 'sv'],
    updatedAt: '2021-01-03T10:00:00Z',
  });
  f.bertta = await insertCounsellor('Bertta Testinen', 'keski-suomi', {
    title: 'sosiaalityöntekijä',
    active: false,
    updatedAt: '2021-01-01T10:00:00Z',
  });
  f.cecilia = await insertCounsellor('Cecilia Testinen', 'lansi-uusimaa', {
    languages: ['fi', 'en'],
    updatedAt: '2021-01-02T10:00:00Z',
  });
  // Two receptions of Aino at one station: a station filter must still list her once.
  await insertReception(f.aino, f.kuokkala);
  await insertReception(f.aino, f.kuokkala);
  await insertReception(f.cecilia, f.lohja);
});

const names = (data: any) => data.counsellors.items.map((c: any) => c.name);
const list = (filter: object, rest: object = {}) => admin.gql(LIST, { filter, ...rest });

describe('counsellors', () => {
  it('lists counsellors sorted by name or last change, paged, with the total', async () => {
    const all = await list({});
    const [{ n }] = await server.sql('select count(*)::int as n from counsellor');
    expect(all.counsellors.total).toBe(n);

    const ours = { q: 'Testinen' };
    const byName = await list(ours);
    expect(byName.counsellors.total).toBe(3);
    expect(names(byName)).toEqual(['Aino Testinen', 'Bertta Testinen', 'Cecilia Testinen']);
    const desc = await list(ours, { sort: { field: 'NAME', order: 'DESC' } });
    expect(names(desc)).toEqual(['Cecilia Testinen', 'Bertta Testinen', 'Aino Testinen']);
    const byChange = await list(ours, { sort: { field: 'UPDATED_AT' } });
    expect(names(byChange)).toEqual(['Bertta Testinen', 'Cecilia Testinen', 'Aino Testinen']);

    const page = await list(ours, { page: { offset: 1, limit: 1 } });
    expect(page.counsellors.total).toBe(3);
    expect(names(page)).toEqual(['Bertta Testinen']);
  });

  it('filters by ids, text, region, station, activity and language', async () => {
    const ids = fixtures();
    expect(names(await list({ ids: [f.aino, f.cecilia] }))).toEqual([
      'Aino Testinen',
      'Cecilia Testinen',
    ]);
    expect(names(await list({ q: 'bertta testinen' }))).toEqual(['Bertta Testinen']);
    expect(names(await list({ q: 'aino.testinen@example' }))).toEqual(['Aino Testinen']);
    expect(names(await list({ ids, q: 'työntekijä' }))).toEqual(['Bertta Testinen']);
    expect(names(await list({ ids, regionId: KESKI_SUOMI }))).toEqual([
      'Aino Testinen',
      'Bertta Testinen',
    ]);
    const atStation = await list({ stationId: f.kuokkala });
    expect(atStation.counsellors.total).toBe(1);
    expect(names(atStation)).toEqual(['Aino Testinen']);
    expect(names(await list({ ids, active: false }))).toEqual(['Bertta Testinen']);
    expect(names(await list({ ids, active: true }))).toEqual(['Aino Testinen', 'Cecilia Testinen']);
    expect(names(await list({ ids, languages: ['sv'] }))).toEqual(['Aino Testinen']);
    expect(names(await list({ ids, languages: ['sv', 'en'] }))).toEqual([
      'Aino Testinen',
      'Cecilia Testinen',
    ]);
  });

  it('gets one counsellor with region and receptions, and null for an unknown id', async () => {
    const { counsellor } = await admin.gql(GET, { id: f.aino });
    expect(counsellor).toMatchObject({
      name: 'Aino Testinen',
      region: { code: 'keski-suomi' },
      languages: ['fi', 'sv'],
    });
    expect(counsellor.receptions).toHaveLength(2);
    expect(counsellor.receptions[0].station.name.fi).toBe('Testiasema Kuokkala');

    expect((await admin.gql(GET, { id: UNKNOWN_ID })).counsellor).toBeNull();
    expect((await admin.gql(GET, { id: 'not-a-uuid' })).counsellor).toBeNull();
  });

  it('loads regions and receptions of a page in as many statements for 3 counsellors as for 1', async () => {
    const counts: string[] = [];
    for (const limit of [1, 3]) {
      const res = await admin.post(NESTED, { filter: { ids: fixtures() }, page: { limit } });
      const body = await res.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.counsellors.items).toHaveLength(limit);
      counts.push(res.headers.get('x-sql-statements') ?? 'missing');
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it('creates, updates with the version read, and deletes a counsellor', async () => {
    const { createCounsellor: created } = await admin.gql(CREATE, {
      input: {
        name: '  Uusi Ohjaaja ',
        title: { fi: 'sosiaaliohjaaja', sv: 'socialhandledare' },
        regionId: KESKI_SUOMI,
        phone: '+358 40 123 4567',
        email: 'uusi.ohjaaja@example.fi',
        languages: ['fi', 'sv', 'fi'],
        consultationChannels: ['PHONE', 'EMAIL'],
        source: 'jyvaskyla',
      },
    });
    expect(created).toMatchObject({
      name: 'Uusi Ohjaaja',
      version: 1,
      title: { fi: 'sosiaaliohjaaja', sv: 'socialhandledare', en: null },
      region: { code: 'keski-suomi' },
      phone: '+358 40 123 4567',
      languages: ['fi', 'sv'],
      consultationChannels: ['PHONE', 'EMAIL'],
      active: true,
      receptions: [],
    });
    const [row] = await server.sql('select name, region_id, email from counsellor where id = $1', [
      created.id,
    ]);
    expect(row).toEqual({
      name: 'Uusi Ohjaaja',
      region_id: KESKI_SUOMI,
      email: 'uusi.ohjaaja@example.fi',
    });

    const { updateCounsellor: updated } = await admin.gql(UPDATE, {
      input: {
        id: created.id,
        version: 1,
        regionId: LANSI_UUSIMAA,
        phone: null,
        email: '',
        active: false,
      },
    });
    expect(updated).toMatchObject({
      version: 2,
      name: 'Uusi Ohjaaja',
      region: { code: 'lansi-uusimaa' },
      phone: null,
      email: null,
      active: false,
      languages: ['fi', 'sv'],
    });

    expect((await admin.gql(DELETE, { id: created.id })).deleteCounsellor).toBe(true);
    expect(await server.sql('select 1 from counsellor where id = $1', [created.id])).toHaveLength(
      0,
    );
  });

  it('refuses a stale version with CONFLICT and keeps the newer data', async () => {
    const id = await insertCounsellor('Vanha Versio', 'keski-suomi');
    await expectStaleVersionRefused(admin, UPDATE, id, {
      newer: { name: 'Toinen' },
      stale: { name: 'Kolmas' },
    });
    const [row] = await server.sql('select name, version from counsellor where id = $1', [id]);
    expect(row).toEqual({ name: 'Toinen', version: 2 });
  });

  it('rejects invalid input per field without echoing it, and stores nothing', async () => {
    const before = await countRows('counsellor');
    const bad = {
      name: '   ',
      title: { fi: '' },
      regionId: 'region-x1',
      phone: 'call me maybe',
      email: 'not-an-address',
      languages: ['finnish'],
    };
    const error = await admin.gqlError(CREATE, { input: bad });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {}).sort()).toEqual([
      'email',
      'languages',
      'name',
      'phone',
      'regionId',
      'title.fi',
    ]);
    for (const value of ['region-x1', 'call me maybe', 'not-an-address', 'finnish']) {
      expect(error.message).not.toContain(value);
      expect(JSON.stringify(error.extensions)).not.toContain(value);
    }
    expect(await countRows('counsellor')).toBe(before);
  });

  it('rejects an unknown region and an empty language list, naming both fields', async () => {
    const before = await countRows('counsellor');
    const error = await admin.gqlError(CREATE, {
      input: { name: 'Ei Aluetta', title: { fi: 'ohjaaja' }, regionId: UNKNOWN_ID, languages: [] },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {}).sort()).toEqual(['languages', 'regionId']);
    expect(await countRows('counsellor')).toBe(before);
  });

  it('refuses null for required fields on update and changes nothing', async () => {
    const id = await insertCounsellor('Ei Tyhjäksi', 'keski-suomi');
    const before = await server.sql('select * from counsellor where id = $1', [id]);
    const error = await admin.gqlError(UPDATE, {
      input: { id, version: 1, name: null, title: null, regionId: null, active: null },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {}).sort()).toEqual([
      'active',
      'name',
      'regionId',
      'title',
    ]);
    const languages = await admin.gqlError(UPDATE, { input: { id, version: 1, languages: [] } });
    expect(Object.keys(languages.extensions.fields ?? {})).toEqual(['languages']);
    expect(await server.sql('select * from counsellor where id = $1', [id])).toEqual(before);
  });

  it('refuses to move a counsellor to another region while their receptions stay behind', async () => {
    const before = await server.sql('select * from counsellor where id = $1', [f.aino]);
    const error = await admin.gqlError(UPDATE, {
      input: { id: f.aino, version: 1, regionId: LANSI_UUSIMAA, name: 'Aino Muuttaja' },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual({
      regionId: ['2 receptions are at stations outside that region'],
    });
    expect(await server.sql('select * from counsellor where id = $1', [f.aino])).toEqual(before);
  });

  it('refuses to delete a counsellor who still has receptions, and keeps everything', async () => {
    const before = await server.sql('select id from reception where counsellor_id = $1', [f.aino]);
    await expectDeleteRefused(admin, DELETE, f.aino, /2 receptions/);
    expect(await server.sql('select 1 from counsellor where id = $1', [f.aino])).toHaveLength(1);
    expect(await server.sql('select id from reception where counsellor_id = $1', [f.aino])).toEqual(
      before,
    );
  });

  it('answers unknown ids in writes with NOT_FOUND', async () => {
    await expectUnknownIdNotFound(admin, { update: UPDATE, delete: DELETE }, { name: 'Ei ketään' });
  });
});

const FIELDS = `id version name title { fi sv en } phone email languages consultationChannels
  active source region { code }`;
const LIST = `query ($filter: CounsellorFilter, $sort: CounsellorSort, $page: PageInput) {
  counsellors(filter: $filter, sort: $sort, page: $page) { total items { id name } }
}`;
const NESTED = `query ($filter: CounsellorFilter, $page: PageInput) {
  counsellors(filter: $filter, page: $page) {
    items { name region { code } receptions { id station { name { fi } } } }
  }
}`;
const GET = `query ($id: ID!) {
  counsellor(id: $id) { ${FIELDS} receptions { id station { name { fi } } } }
}`;
const CREATE = `mutation ($input: CreateCounsellorInput!) {
  createCounsellor(input: $input) { ${FIELDS} receptions { id } }
}`;
const UPDATE = `mutation ($input: UpdateCounsellorInput!) {
  updateCounsellor(input: $input) { ${FIELDS} }
}`;
const DELETE = `mutation ($id: ID!) { deleteCounsellor(id: $id) }`;
