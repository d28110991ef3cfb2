import type { HttpError } from 'ra-core';
import { sessionAuthProvider } from '../admin/src/authProvider';
import { graphqlDataProvider, type TukiverkkoDataProvider } from '../admin/src/dataProvider';
import { municipalityId, regionId, stationId } from '../seeds/ids';
import { Role } from '../server/src/modules/auth/role';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * The console's data provider and auth provider against the real server: the same code the
 * browser runs, given the session cookie (or a cookie-keeping fetch) instead of a browser.
 */
let server: TestServer;
let endpoint: string;
/** A Keski-Suomi region administrator's provider. */
let admin: TukiverkkoDataProvider;
let anonymous: TukiverkkoDataProvider;

beforeAll(async () => {
  server = await startTestServer();
  endpoint = `${server.app.url}/graphql`;
  const { cookie } = await server.as(Role.REGION_ADMIN, { region: 'keski-suomi' });
  admin = graphqlDataProvider(endpoint, { headers: { cookie, connection: 'close' } });
  anonymous = graphqlDataProvider(endpoint, { headers: { connection: 'close' } });
});
afterAll(() => server?.stop());

const KESKI_SUOMI = regionId('keski-suomi');
const JYVASKYLA = municipalityId('179');
/** Lohja is bilingual: public records there need Swedish text. */
const LOHJA = municipalityId('444');

async function rejection(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise;
  } catch (error) {
    return error as HttpError;
  }
  throw new Error('Expected the call to fail, but it succeeded');
}

const newStation = (name: string, extra: object = {}) => ({
  name: { fi: name, sv: '', en: null },
  municipalityId: JYVASKYLA,
  operatorKind: 'OWN',
  active: true,
  ...extra,
});

describe('reading', () => {
  it('lists with filters, sort and paging, and gives the reference ids the forms edit', async () => {
    const params = {
      filter: { regionId: KESKI_SUOMI, q: '', notAFilter: 'dropped' },
      sort: { field: 'name.fi', order: 'DESC' as const },
      pagination: { page: 1, perPage: 4 },
    };
    const first = await anonymous.getList('stations', params);
    const second = await anonymous.getList('stations', {
      ...params,
      pagination: { page: 2, perPage: 4 },
    });
    expect(first.total).toBeGreaterThan(4);
    expect(first.data).toHaveLength(4);
    const names = [...first.data, ...second.data].map((s) => s.name.fi);
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'fi')));
    expect(new Set(names).size).toBe(names.length);
    for (const station of first.data) {
      expect(station.regionId).toBe(KESKI_SUOMI);
      expect(station.municipalityId).toBe(station.municipality.id);
    }

    const searched = await anonymous.getList('stations', {
      filter: { q: 'Jyväskylän oma terveysasema 2' },
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'name.fi', order: 'ASC' },
    });
    expect(searched.data.map((s) => s.id)).toEqual([stationId('jyvaskyla-2')]);
  });

  it('reads more than the server page size in parts', async () => {
    const { data, total } = await anonymous.getList('municipalities', {
      pagination: { page: 1, perPage: 150 },
      sort: { field: 'code', order: 'ASC' },
      filter: {},
    });
    expect(total).toBeGreaterThan(150);
    expect(data).toHaveLength(150);
    expect(new Set(data.map((m) => m.id)).size).toBe(150);
  });

  it('gets one, many and the records that refer to one', async () => {
    const { data } = await anonymous.getOne('stations', { id: stationId('jyvaskyla-1') });
    expect(data).toMatchObject({ id: stationId('jyvaskyla-1'), municipalityId: JYVASKYLA });
    expect(data.version).toEqual(expect.any(Number));

    const many = await anonymous.getMany('stations', {
      ids: [stationId('jyvaskyla-1'), stationId('jyvaskyla-2')],
    });
    expect(many.data.map((s) => s.id).sort()).toEqual(
      [stationId('jyvaskyla-1'), stationId('jyvaskyla-2')].sort(),
    );

    const receptions = await anonymous.getManyReference('receptions', {
      target: 'stationId',
      id: stationId('jyvaskyla-1'),
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'createdAt', order: 'ASC' },
      filter: {},
    });
    expect(receptions.total).toBeGreaterThan(0);
    expect(receptions.data.every((r) => r.stationId === stationId('jyvaskyla-1'))).toBe(true);

    const missing = await rejection(
      anonymous.getOne('stations', { id: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(missing.status).toBe(404);
  });
});

describe('writing', () => {
  it('creates, updates only what changed, refuses a stale version and deletes', async () => {
    const { data: created } = await admin.create('stations', {
      data: newStation('Testiasema datalle', { phone: '', accessibility: { fi: '', sv: null } }),
    });
    expect(created).toMatchObject({
      name: { fi: 'Testiasema datalle', sv: null, en: null },
      municipalityId: JYVASKYLA,
      regionId: KESKI_SUOMI,
      phone: null,
      accessibility: null,
    });

    const { data: updated } = await admin.update('stations', {
      id: created.id,
      data: { ...created, phone: '014 123 4567', name: { ...created.name, en: 'Test station' } },
      previousData: created,
    });
    expect(updated.version).toBeGreaterThan(created.version);
    expect(updated).toMatchObject({
      phone: '014 123 4567',
      name: { fi: 'Testiasema datalle', en: 'Test station' },
    });

    // Saving again from the first read: someone else's change must not be overwritten.
    const stale = await rejection(
      admin.update('stations', {
        id: created.id,
        data: { ...created, phone: '014 765 4321' },
        previousData: created,
      }),
    );
    expect(stale.status).toBe(409);
    expect(stale.message).toBe('tukiverkko.errors.stale_version');
    const [row] = await server.sql('select phone from station where id = $1', [created.id]);
    expect(row.phone).toBe('014 123 4567');

    await admin.delete('stations', { id: created.id, previousData: updated });
    expect((await rejection(admin.getOne('stations', { id: created.id }))).status).toBe(404);
  });

  it('returns the server field errors keyed by the form input they belong to', async () => {
    const invalid = await rejection(
      admin.create('stations', {
        data: newStation('', { name: { fi: '', sv: 'Bara svenska' }, postalCode: '123' }),
      }),
    );
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.errors).sort()).toEqual(['name.fi', 'postalCode']);
    // One message per input: react-admin would read an array as nested fields.
    expect(typeof invalid.body.errors.postalCode).toBe('string');

    // An empty name is not sent at all; the server's "name is required" lands on the Finnish input.
    const empty = await rejection(admin.create('stations', { data: newStation('') }));
    expect(Object.keys(empty.body.errors)).toEqual(['name.fi']);

    const noSwedish = await rejection(
      admin.create('stations', {
        data: newStation('Lohjan testiasema', { municipalityId: LOHJA }),
      }),
    );
    expect(noSwedish.status).toBe(400);
    expect(Object.keys(noSwedish.body.errors)).toContain('name.sv');
  });

  it('maps a missing session to 401 and another region to 403', async () => {
    const { data: station } = await anonymous.getOne('stations', {
      id: stationId('lohja-keskusta'),
    });
    const change = { ...station, phone: '019 000 0000' };
    const unauthenticated = await rejection(
      anonymous.update('stations', { id: station.id, data: change, previousData: station }),
    );
    expect(unauthenticated.status).toBe(401);
    const otherRegion = await rejection(
      admin.update('stations', { id: station.id, data: change, previousData: station }),
    );
    expect(otherRegion.status).toBe(403);
  });
});

describe('opening hours', () => {
  it('saves a schedule with the owner version and reads back the hours the server computes', async () => {
    const { data: station } = await admin.create('stations', {
      data: newStation('Aukioloaikojen testiasema'),
    });
    const schedule = {
      alwaysOpen: false,
      holidayPolicy: 'IGNORE_HOLIDAYS' as const,
      rules: [
        {
          weekdays: [1, 3],
          opens: '09:00',
          closes: '15:00',
          overMidnight: false,
          interval: 1,
          anchorDate: null,
          nthOfMonth: null,
          validFrom: null,
          validTo: null,
        },
      ],
      exceptions: [
        {
          startDate: '2031-03-05',
          endDate: '2031-03-05',
          closed: true,
          opens: null,
          closes: null,
          overMidnight: false,
          reason: { fi: 'Koulutuspäivä', sv: 'Utbildningsdag', en: null },
        },
      ],
    };
    const { data: saved } = await admin.setSchedule('stations', {
      id: station.id,
      version: station.version,
      schedule,
    });
    expect(saved.version).toBeGreaterThan(station.version);
    expect(saved.schedule).toEqual(schedule);
    expect(saved.hoursSummary.fi).toContain('9.00');

    // 2031-03-03 is a Monday, 03-05 the Wednesday closed for training.
    const { data: days } = await admin.getOpeningHours('stations', {
      id: station.id,
      from: '2031-03-03',
      to: '2031-03-05',
    });
    expect(days.map((d) => [d.date, d.intervals.map((i) => i.start)])).toEqual([
      ['2031-03-03', ['2031-03-03T09:00:00+02:00']],
      ['2031-03-04', []],
      ['2031-03-05', []],
    ]);
    expect(days[2].closedReason?.text.fi).toBe('Koulutuspäivä');

    const stale = await rejection(
      admin.setSchedule('stations', { id: station.id, version: station.version, schedule }),
    );
    expect(stale.status).toBe(409);

    const invalid = await rejection(
      admin.setSchedule('stations', {
        id: station.id,
        version: saved.version,
        schedule: { ...schedule, rules: [{ ...schedule.rules[0], closes: '08:00' }] },
      }),
    );
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.errors)).toEqual(['schedule.rules.0.closes']);
  });
});

describe('auth provider', () => {
  it('signs in with the session cookie, knows the role and region, and signs out', async () => {
    const user = await server.as(Role.REGION_ADMIN, { region: 'keski-suomi' });
    // A browser keeps the HttpOnly cookie; here a small jar does.
    let jar = '';
    const browserlikeFetch: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      if (jar) headers.set('cookie', jar);
      headers.set('connection', 'close');
      const response = await fetch(input, { ...init, headers });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) jar = setCookie.split(';')[0];
      return response;
    };
    const auth = sessionAuthProvider(endpoint, { fetch: browserlikeFetch });

    await expect(auth.checkAuth!({})).rejects.toThrow();
    await expect(auth.login({ email: user.user.email, password: 'wrong' })).rejects.toThrow(
      'tukiverkko.auth.wrong_credentials',
    );
    await auth.login({ email: user.user.email, password: user.user.password });
    await expect(auth.checkAuth!({})).resolves.toBeUndefined();
    expect(await auth.getPermissions!({})).toEqual({
      role: 'REGION_ADMIN',
      regionId: KESKI_SUOMI,
      counsellorId: null,
    });
    expect(await auth.getIdentity!()).toMatchObject({ id: user.user.id, email: user.user.email });

    await expect(auth.checkError!({ status: 403 })).resolves.toBeUndefined();
    await expect(auth.checkError!({ status: 401 })).rejects.toThrow();

    await auth.logout({});
    await expect(auth.checkAuth!({})).rejects.toThrow();
  });
});
