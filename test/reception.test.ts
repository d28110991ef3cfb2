import { randomUUID } from 'node:crypto';
import { regionId } from '../seeds/ids';
import { UNKNOWN_ID, useAdminServer } from './support/admin-server';
import { expectStaleVersionRefused, expectUnknownIdNotFound } from './support/refused-writes';
import { sqlFixtures } from './support/fixtures';

const { server, admin } = useAdminServer();
const { insertStation, insertCounsellor, insertReception, municipalityId, countRows } = sqlFixtures(
  server.sql,
);

// Fixtures of this file, written with SQL so that the seeds may change freely.
const s = { kuokkala: '', palokka: '', laukaa: '', lohja: '' };
const c = { aino: '', bertta: '', cecilia: '' };
const r = { palokka: '', kuokkala: '', laukaa: '', lohja: '' };
const fixtures = () => [r.palokka, r.kuokkala, r.laukaa, r.lohja];
/** A reception created at 09:00 UTC on the given day, so that the creation order is known. */
const receptionOn = (
  counsellor: string,
  station: string,
  modes: string[],
  day: string,
  o: { active?: boolean } = {},
) => insertReception(counsellor, station, { modes, createdAt: `${day}T09:00:00Z`, ...o });

beforeAll(async () => {
  s.kuokkala = await insertStation('Testiasema Kuokkala', '179');
  s.palokka = await insertStation('Testiasema Palokka', '179');
  s.laukaa = await insertStation('Testiasema Laukaa', '410');
  s.lohja = await insertStation('Testiasema Lohja', '444');
  c.aino = await insertCounsellor('Aino Testinen', 'keski-suomi');
  c.bertta = await insertCounsellor('Bertta Testinen', 'keski-suomi');
  c.cecilia = await insertCounsellor('Cecilia Testinen', 'lansi-uusimaa');
  r.palokka = await receptionOn(c.aino, s.palokka, ['WALK_IN'], '2020-01-01');
  r.kuokkala = await receptionOn(c.bertta, s.kuokkala, ['APPOINTMENT', 'PHONE'], '2020-01-02', {
    active: false,
  });
  r.laukaa = await receptionOn(c.aino, s.laukaa, ['REMOTE'], '2020-01-03');
  r.lohja = await receptionOn(c.cecilia, s.lohja, ['WALK_IN', 'APPOINTMENT'], '2020-01-04');
});

const ids = (data: any) => data.receptions.items.map((x: any) => x.id);
const list = (filter: object, rest: object = {}) => admin.gql(LIST, { filter, ...rest });

describe('receptions', () => {
  it('lists receptions by creation, station or counsellor, paged, with the total', async () => {
    const all = await list({});
    const [{ n }] = await server.sql('select count(*)::int as n from reception');
    expect(all.receptions.total).toBe(n);

    const ours = { ids: fixtures() };
    const byCreation = await list(ours);
    expect(byCreation.receptions.total).toBe(4);
    expect(ids(byCreation)).toEqual([r.palokka, r.kuokkala, r.laukaa, r.lohja]);
    const newest = await list(ours, { sort: { field: 'CREATED_AT', order: 'DESC' } });
    expect(ids(newest)).toEqual([r.lohja, r.laukaa, r.kuokkala, r.palokka]);
    const byStation = await list(ours, { sort: { field: 'STATION' } });
    expect(ids(byStation)).toEqual([r.kuokkala, r.laukaa, r.lohja, r.palokka]);
    const byCounsellor = await list(ours, { sort: { field: 'COUNSELLOR', order: 'DESC' } });
    expect(ids(byCounsellor).slice(0, 2)).toEqual([r.lohja, r.kuokkala]);
    expect(ids(byCounsellor).slice(2).sort()).toEqual([r.palokka, r.laukaa].sort());

    const page = await list(ours, { page: { offset: 1, limit: 2 } });
    expect(page.receptions.total).toBe(4);
    expect(ids(page)).toEqual([r.kuokkala, r.laukaa]);
  });

  it('filters by ids, text, counsellor, station, region, municipality, activity and modes', async () => {
    const ours = fixtures();
    expect(ids(await list({ ids: [r.lohja, r.palokka] }))).toEqual([r.palokka, r.lohja]);
    expect(ids(await list({ q: 'testiasema laukaa' }))).toEqual([r.laukaa]);
    expect(ids(await list({ q: 'Cecilia Testinen' }))).toEqual([r.lohja]);
    expect(ids(await list({ ids: ours, q: 'Testinen' }))).toHaveLength(4);
    expect(ids(await list({ counsellorId: c.aino }))).toEqual([r.palokka, r.laukaa]);
    expect(ids(await list({ stationId: s.kuokkala }))).toEqual([r.kuokkala]);
    expect(ids(await list({ ids: ours, regionId: regionId('keski-suomi') }))).toEqual([
      r.palokka,
      r.kuokkala,
      r.laukaa,
    ]);
    const jyvaskyla = await municipalityId('179');
    expect(ids(await list({ ids: ours, municipalityId: jyvaskyla }))).toEqual([
      r.palokka,
      r.kuokkala,
    ]);
    expect(ids(await list({ ids: ours, active: false }))).toEqual([r.kuokkala]);
    expect(ids(await list({ ids: ours, modes: ['WALK_IN'] }))).toEqual([r.palokka, r.lohja]);
    expect(ids(await list({ ids: ours, modes: ['PHONE', 'REMOTE'] }))).toEqual([
      r.kuokkala,
      r.laukaa,
    ]);
    const combined = await list(
      { q: 'Testiasema', regionId: regionId('lansi-uusimaa') },
      { sort: { field: 'STATION' } },
    );
    expect(ids(combined)).toEqual([r.lohja]);
  });

  it('gets one reception with its counsellor and station, and null for an unknown id', async () => {
    const { reception } = await admin.gql(GET, { id: r.kuokkala });
    expect(reception).toMatchObject({
      id: r.kuokkala,
      modes: ['APPOINTMENT', 'PHONE'],
      active: false,
      counsellor: { name: 'Bertta Testinen' },
      station: { name: { fi: 'Testiasema Kuokkala' } },
    });
    expect((await admin.gql(GET, { id: UNKNOWN_ID })).reception).toBeNull();
    expect((await admin.gql(GET, { id: 'not-a-uuid' })).reception).toBeNull();
  });

  it('lists 20 receptions with counsellor and station in as many statements as 2', async () => {
    for (let i = 0; i < 20; i++) {
      const station = await insertStation(`Massatestiasema ${i}`, '179');
      const counsellor = await insertCounsellor(`Massaohjaaja ${i}`, 'keski-suomi');
      await receptionOn(counsellor, station, ['WALK_IN'], '2020-02-01');
    }
    const counts: string[] = [];
    for (const limit of [2, 20]) {
      const res = await admin.post(NESTED, { filter: { q: 'Massatestiasema' }, page: { limit } });
      const body = await res.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.receptions.total).toBe(20);
      expect(body.data.receptions.items).toHaveLength(limit);
      for (const item of body.data.receptions.items) {
        expect(item.counsellor.name).toMatch(/^Massaohjaaja/);
        expect(item.station.name.fi).toMatch(/^Massatestiasema/);
      }
      counts.push(res.headers.get('x-sql-statements') ?? 'missing');
    }
    expect(counts[0]).not.toBe('missing');
    expect(counts[1]).toBe(counts[0]);
  });

  it('creates, updates with the version read, and deletes a reception', async () => {
    const { createReception: created } = await admin.gql(CREATE, {
      input: {
        counsellorId: c.aino,
        stationId: s.kuokkala,
        modes: ['APPOINTMENT', 'WALK_IN', 'APPOINTMENT'],
        targetGroups: [' working-age ', 'pensioners'],
        bookingInstructions: { fi: 'Varaa aika asemalta.' },
        notes: { fi: 'Omainen voi tulla mukaan.', en: 'A relative may come along.' },
        free: true,
        source: 'jyvaskyla',
      },
    });
    expect(created).toMatchObject({
      version: 1,
      modes: ['APPOINTMENT', 'WALK_IN'],
      targetGroups: ['working-age', 'pensioners'],
      bookingInstructions: { fi: 'Varaa aika asemalta.', sv: null },
      notes: { fi: 'Omainen voi tulla mukaan.', en: 'A relative may come along.' },
      free: true,
      active: true,
      source: 'jyvaskyla',
      counsellor: { name: 'Aino Testinen' },
      station: { name: { fi: 'Testiasema Kuokkala' } },
    });
    const [row] = await server.sql(
      'select counsellor_id, station_id, booking_fi from reception where id = $1',
      [created.id],
    );
    expect(row).toEqual({
      counsellor_id: c.aino,
      station_id: s.kuokkala,
      booking_fi: 'Varaa aika asemalta.',
    });

    const { updateReception: updated } = await admin.gql(UPDATE, {
      input: {
        id: created.id,
        version: 1,
        counsellorId: c.bertta,
        stationId: s.laukaa,
        modes: ['PHONE'],
        notes: null,
        active: false,
      },
    });
    expect(updated).toMatchObject({
      version: 2,
      modes: ['PHONE'],
      notes: null,
      bookingInstructions: { fi: 'Varaa aika asemalta.' },
      active: false,
      counsellor: { name: 'Bertta Testinen' },
      station: { name: { fi: 'Testiasema Laukaa' } },
    });

    expect((await admin.gql(DELETE, { id: created.id })).deleteReception).toBe(true);
    expect(await server.sql('select 1 from reception where id = $1', [created.id])).toHaveLength(0);
  });

  it('refuses a station outside the counsellor’s welfare region, on create and update', async () => {
    const before = await countRows('reception');
    const create = await admin.gqlError(CREATE, {
      input: { counsellorId: c.cecilia, stationId: s.kuokkala, modes: ['WALK_IN'] },
    });
    expect(create.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(create.extensions.fields ?? {})).toEqual(['stationId']);
    expect(await countRows('reception')).toBe(before);

    const row = () => server.sql('select * from reception where id = $1', [r.palokka]);
    const unchanged = await row();
    const moveStation = await admin.gqlError(UPDATE, {
      input: { id: r.palokka, version: 1, stationId: s.lohja },
    });
    expect(Object.keys(moveStation.extensions.fields ?? {})).toEqual(['stationId']);
    const moveCounsellor = await admin.gqlError(UPDATE, {
      input: { id: r.palokka, version: 1, counsellorId: c.cecilia },
    });
    expect(Object.keys(moveCounsellor.extensions.fields ?? {})).toEqual(['counsellorId']);
    expect(await row()).toEqual(unchanged);
  });

  it('requires Swedish texts at a station of a bilingual municipality', async () => {
    const before = await countRows('reception');
    const input = {
      counsellorId: c.cecilia,
      stationId: s.lohja,
      modes: ['APPOINTMENT'],
      bookingInstructions: { fi: 'Soita neuvontaan.' },
    };
    const error = await admin.gqlError(CREATE, { input });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {})).toEqual(['bookingInstructions.sv']);
    expect(await countRows('reception')).toBe(before);

    const bilingual = { ...input, bookingInstructions: { fi: 'Soita.', sv: 'Ring.' } };
    const { createReception } = await admin.gql(CREATE, { input: bilingual });
    expect(createReception.bookingInstructions).toMatchObject({ fi: 'Soita.', sv: 'Ring.' });

    // Moving a Finnish-only reception to a bilingual municipality needs the Swedish text too.
    const vihti = await insertStation('Testiasema Vihti', '927');
    const { createReception: finnish } = await admin.gql(CREATE, {
      input: { ...input, stationId: vihti },
    });
    const row = () => server.sql('select * from reception where id = $1', [finnish.id]);
    const unchanged = await row();
    const moved = await admin.gqlError(UPDATE, {
      input: { id: finnish.id, version: 1, stationId: s.lohja },
    });
    expect(Object.keys(moved.extensions.fields ?? {})).toEqual(['bookingInstructions.sv']);
    expect(await row()).toEqual(unchanged);
  });

  it('rejects invalid input per field without echoing it, and stores nothing', async () => {
    const before = await countRows('reception');
    const error = await admin.gqlError(CREATE, {
      input: {
        counsellorId: 'counsellor-x1',
        stationId: 'station-x2',
        modes: [],
        targetGroups: ['', 'x'.repeat(101)],
        notes: { fi: '' },
      },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {}).sort()).toEqual([
      'counsellorId',
      'modes',
      'notes.fi',
      'stationId',
      'targetGroups',
    ]);
    for (const value of ['counsellor-x1', 'station-x2', 'x'.repeat(101)]) {
      expect(error.message).not.toContain(value);
      expect(JSON.stringify(error.extensions)).not.toContain(value);
    }
    expect(await countRows('reception')).toBe(before);
  });

  it('names every unknown reference at once and stores nothing', async () => {
    const before = await countRows('reception');
    const error = await admin.gqlError(CREATE, {
      input: { counsellorId: UNKNOWN_ID, stationId: randomUUID(), modes: ['PHONE'] },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {}).sort()).toEqual([
      'counsellorId',
      'stationId',
    ]);
    expect(await countRows('reception')).toBe(before);
  });

  it('refuses null for required fields on update and changes nothing', async () => {
    const before = await server.sql('select * from reception where id = $1', [r.laukaa]);
    const error = await admin.gqlError(UPDATE, {
      input: { id: r.laukaa, version: 1, modes: null, free: null, counsellorId: null },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {}).sort()).toEqual([
      'counsellorId',
      'free',
      'modes',
    ]);
    expect(await server.sql('select * from reception where id = $1', [r.laukaa])).toEqual(before);
  });

  it('refuses a stale version with CONFLICT and keeps the newer data', async () => {
    const id = await receptionOn(c.bertta, s.palokka, ['WALK_IN'], '2020-03-01');
    await expectStaleVersionRefused(admin, UPDATE, id, {
      newer: { modes: ['PHONE'] },
      stale: { modes: ['REMOTE'] },
    });
    const [row] = await server.sql('select modes, version from reception where id = $1', [id]);
    expect(row).toEqual({ modes: ['PHONE'], version: 2 });
  });

  it('answers unknown ids in writes with NOT_FOUND', async () => {
    await expectUnknownIdNotFound(admin, { update: UPDATE, delete: DELETE }, { active: false });
  });
});

const FIELDS = `id version modes targetGroups bookingInstructions { fi sv en } notes { fi sv en }
  free active source counsellor { name } station { name { fi } }`;
const LIST = `query ($filter: ReceptionFilter, $sort: ReceptionSort, $page: PageInput) {
  receptions(filter: $filter, sort: $sort, page: $page) { total items { id } }
}`;
const NESTED = `query ($filter: ReceptionFilter, $page: PageInput) {
  receptions(filter: $filter, page: $page) {
    total items { counsellor { name } station { name { fi } } }
  }
}`;
const GET = `query ($id: ID!) { reception(id: $id) { ${FIELDS} } }`;
const CREATE = `mutation ($input: CreateReceptionInput!) {
  createReception(input: $input) { ${FIELDS} }
}`;
const UPDATE = `mutation ($input: UpdateReceptionInput!) {
  updateReception(input: $input) { ${FIELDS} }
}`;
const DELETE = `mutation ($id: ID!) { deleteReception(id: $id) }`;
