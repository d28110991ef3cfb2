import { Client } from 'pg';
import { createApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { captureLogs, logger } from '../server/src/logger';
import { Role } from '../server/src/modules/auth/role';
import { DEMO_USERS } from '../seeds/demo-users.seeder';
import { counsellorId, regionId } from '../seeds/ids';
import {
  apiClient,
  ApiClient,
  createTestDatabase,
  startTestServer,
  TestServer,
} from './support/test-server';
import { createTestUser, TestUser } from './support/users';

let server: TestServer;
let national: ApiClient & { user: TestUser };
let keskiSuomiAdmin: ApiClient & { user: TestUser };
const KESKI_SUOMI = regionId('keski-suomi');
const LANSI_UUSIMAA = regionId('lansi-uusimaa');
const MARITA = counsellorId('marita-korhonen');
const LOHJA_COUNSELLOR = counsellorId('lohja');
const PASSWORD = 'correct horse battery staple';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  server = await startTestServer();
  national = await server.as(Role.NATIONAL_ADMIN);
  keskiSuomiAdmin = await server.as(Role.REGION_ADMIN, { region: 'keski-suomi' });
});
afterAll(() => server?.stop());

let seq = 0;
const email = (label: string) => `${label}-${++seq}-${Date.now()}@example.test`;
const newUser = (input: Record<string, unknown>): Record<string, unknown> => ({
  email: email('new'),
  name: 'Uusi Käyttäjä',
  password: PASSWORD,
  ...input,
});
const row = async (id: string) =>
  (await server.sql('select * from app_user where id = $1', [id]))[0];

describe('users: national administrator', () => {
  it('creates users of every role; the new user signs in; no password or hash comes back', async () => {
    const responses: unknown[] = [];
    const created: Record<string, any> = {};
    for (const input of [
      newUser({ role: 'NATIONAL_ADMIN' }),
      newUser({ role: 'REGION_ADMIN', regionId: LANSI_UUSIMAA }),
      newUser({ role: 'COUNSELLOR', regionId: KESKI_SUOMI, counsellorId: MARITA }),
      newUser({ role: 'PROFESSIONAL', regionId: KESKI_SUOMI, email: 'Mixed.Case@Example.TEST' }),
    ]) {
      const response = await national.post(CREATE, { input });
      const body = await response.json();
      responses.push(body);
      created[input.role as string] = body.data.createUser;
    }
    expect(created.NATIONAL_ADMIN).toMatchObject({ role: 'NATIONAL_ADMIN', region: null });
    expect(created.REGION_ADMIN.region).toEqual({ id: LANSI_UUSIMAA, code: 'lansi-uusimaa' });
    expect(created.COUNSELLOR.counsellor).toEqual({ id: MARITA, name: 'Marita Korhonen' });
    expect(created.PROFESSIONAL).toMatchObject({ email: 'mixed.case@example.test', active: true });

    const text = JSON.stringify(responses);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toMatch(/argon2|password/i);
    const stored = await row(created.PROFESSIONAL.id);
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    expect(stored.password_hash).not.toContain(PASSWORD);

    const signedIn = await server.signIn('mixed.case@example.test', PASSWORD);
    const { me } = await signedIn.gql(`{ me { id role version lastLoginAt } }`);
    expect(me).toMatchObject({ id: created.PROFESSIONAL.id, role: 'PROFESSIONAL' });
    // Signing in is recorded, but is not an edit: the version stays.
    expect(me.version).toBe(created.PROFESSIONAL.version);
    expect(Date.now() - Date.parse(me.lastLoginAt)).toBeLessThan(60_000);
  });

  it('has no password field anywhere in the User type', async () => {
    const error = await national.gqlError(`{ users { items { id passwordHash } } }`);
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const { __type } = await national.gql(`{ __type(name: "User") { fields { name } } }`);
    const fields = __type.fields.map((f: { name: string }) => f.name);
    expect(fields).toEqual(expect.arrayContaining(['email', 'role', 'region', 'counsellor']));
    expect(fields.filter((f: string) => /password|hash/i.test(f))).toEqual([]);
  });

  it('lists users filtered, sorted and paged, and finds one by id', async () => {
    const tag = `lista${Date.now()}`;
    const ids: string[] = [];
    for (const [name, role, region, active] of [
      ['Aaro', 'PROFESSIONAL', KESKI_SUOMI, true],
      ['Bea', 'COUNSELLOR', KESKI_SUOMI, false],
      ['Cai', 'PROFESSIONAL', LANSI_UUSIMAA, true],
    ] as const) {
      const { createUser } = await national.gql(CREATE, {
        input: newUser({ name: `${name} ${tag}`, role, regionId: region, active }),
      });
      ids.push(createUser.id);
    }
    const names = async (filter: object, extra: object = {}) => {
      const { users } = await national.gql(LIST, { filter: { q: tag, ...filter }, ...extra });
      return { total: users.total, names: users.items.map((u: any) => u.name.split(' ')[0]) };
    };
    expect(await names({})).toEqual({ total: 3, names: ['Aaro', 'Bea', 'Cai'] });
    expect(await names({ role: 'PROFESSIONAL' })).toEqual({ total: 2, names: ['Aaro', 'Cai'] });
    expect(await names({ regionId: KESKI_SUOMI })).toEqual({ total: 2, names: ['Aaro', 'Bea'] });
    expect(await names({ active: false })).toEqual({ total: 1, names: ['Bea'] });
    expect(await names({ ids: [ids[2], ids[0]] })).toEqual({ total: 2, names: ['Aaro', 'Cai'] });
    expect(await names({}, { sort: { field: 'NAME', order: 'DESC' } })).toEqual({
      total: 3,
      names: ['Cai', 'Bea', 'Aaro'],
    });
    expect(await names({}, { page: { offset: 1, limit: 1 } })).toEqual({
      total: 3,
      names: ['Bea'],
    });

    const { user } = await national.gql(ONE, { id: ids[2] });
    expect(user).toMatchObject({ id: ids[2], role: 'PROFESSIONAL', region: { id: LANSI_UUSIMAA } });
    expect((await national.gql(ONE, { id: UNKNOWN_ID })).user).toBeNull();
    expect((await national.gql(ONE, { id: 'not-a-uuid' })).user).toBeNull();
  });

  it('loads the regions and counsellors of a page of users in one query each', async () => {
    const statements = async (limit: number) => {
      const response = await national.post(LIST, { page: { limit } });
      expect((await response.json()).data.users.items).toHaveLength(limit);
      return Number(response.headers.get('x-sql-statements'));
    };
    // More users on the page, no more queries: the references are batched.
    expect(await statements(5)).toBe(await statements(2));
  });

  it('changes a user with the version read; a stale version is a CONFLICT and changes nothing', async () => {
    const { createUser: created } = await national.gql(CREATE, {
      input: newUser({ role: 'PROFESSIONAL', regionId: KESKI_SUOMI }),
    });
    const { updateUser } = await national.gql(UPDATE, {
      input: {
        id: created.id,
        version: created.version,
        name: 'Nimi Muutettu',
        role: 'COUNSELLOR',
      },
    });
    expect(updateUser).toMatchObject({ name: 'Nimi Muutettu', role: 'COUNSELLOR' });
    expect(updateUser.version).toBe(created.version + 1);

    const stale = await national.gqlError(UPDATE, {
      input: { id: created.id, version: created.version, name: 'Vanha Versio' },
    });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect((await row(created.id)).name).toBe('Nimi Muutettu');

    const missing = await national.gqlError(UPDATE, {
      input: { id: UNKNOWN_ID, version: 1, name: 'Ei Ketään' },
    });
    expect(missing.extensions.code).toBe('NOT_FOUND');
  });

  it('makes a user national (clearing the region) and regional again (a region is required)', async () => {
    const { createUser: created } = await national.gql(CREATE, {
      input: newUser({ role: 'REGION_ADMIN', regionId: KESKI_SUOMI }),
    });
    const { updateUser: promoted } = await national.gql(UPDATE, {
      input: { id: created.id, version: created.version, role: 'NATIONAL_ADMIN' },
    });
    expect(promoted).toMatchObject({ role: 'NATIONAL_ADMIN', region: null });
    const noRegion = await national.gqlError(UPDATE, {
      input: { id: created.id, version: promoted.version, role: 'PROFESSIONAL' },
    });
    expect(noRegion.extensions.fields).toEqual({ regionId: ['is required for this role'] });
    const { updateUser: demoted } = await national.gql(UPDATE, {
      input: {
        id: created.id,
        version: promoted.version,
        role: 'PROFESSIONAL',
        regionId: LANSI_UUSIMAA,
      },
    });
    expect(demoted).toMatchObject({ role: 'PROFESSIONAL', region: { id: LANSI_UUSIMAA } });
  });

  it('deactivating a user ends their sessions and stops them signing in', async () => {
    const target = await server.as(Role.PROFESSIONAL);
    const { user } = await national.gql(ONE, { id: target.user.id });
    const { updateUser } = await national.gql(UPDATE, {
      input: { id: user.id, version: user.version, active: false },
    });
    expect(updateUser.active).toBe(false);
    expect((await target.gql(`{ me { id } }`)).me).toBeNull();
    await expect(server.signIn(target.user.email, target.user.password)).rejects.toThrow(
      /Wrong email or password/,
    );
    const [{ open }] = await server.sql(
      'select count(*)::int as open from user_session where user_id = $1 and revoked_at is null',
      [user.id],
    );
    expect(open).toBe(0);
  });

  it('a new password replaces the old one and ends the other sessions', async () => {
    const target = await server.as(Role.COUNSELLOR);
    const { user } = await national.gql(ONE, { id: target.user.id });
    const newPassword = 'an entirely new passphrase';
    const response = await national.post(UPDATE, {
      input: { id: user.id, version: user.version, password: newPassword },
    });
    expect(JSON.stringify(await response.json())).not.toContain(newPassword);
    expect((await target.gql(`{ me { id } }`)).me).toBeNull();
    await expect(server.signIn(target.user.email, target.user.password)).rejects.toThrow();
    const again = await server.signIn(target.user.email, newPassword);
    expect((await again.gql(`{ me { id } }`)).me.id).toBe(user.id);
  });

  it('an administrator cannot demote or deactivate themselves, and keeps their session on a new password', async () => {
    const me = await server.as(Role.NATIONAL_ADMIN);
    const { user } = await me.gql(ONE, { id: me.user.id });
    const error = await me.gqlError(UPDATE, {
      input: { id: user.id, version: user.version, role: 'PROFESSIONAL', regionId: KESKI_SUOMI },
    });
    expect(error.extensions.fields).toEqual({ role: ['you cannot change your own role'] });
    const inactive = await me.gqlError(UPDATE, {
      input: { id: user.id, version: user.version, active: false },
    });
    expect(inactive.extensions.fields).toEqual({ active: ['you cannot deactivate yourself'] });
    await me.gql(UPDATE, {
      input: { id: user.id, version: user.version, password: 'my own new passphrase' },
    });
    expect((await me.gql(`{ me { id } }`)).me.id).toBe(user.id);
  });
});

describe('users: validation', () => {
  it('refuses a short password without echoing it, and a malformed email and blank name', async () => {
    const input = newUser({ role: 'PROFESSIONAL', regionId: KESKI_SUOMI, password: 'short-pw-1' });
    const error = await national.gqlError(CREATE, {
      input: { ...input, email: 'not-an-email', name: '   ' },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual({
      email: ['email must be an email address'],
      name: ['name must be 1-200 characters and not blank'],
      password: ['password must be at least 12 characters'],
    });
    expect(JSON.stringify(error)).not.toContain('short-pw-1');
    const short = await national.gqlError(UPDATE, {
      input: { id: keskiSuomiAdmin.user.id, version: 1, password: 'short-pw-2' },
    });
    expect(short.extensions.fields).toEqual({
      password: ['password must be at least 12 characters'],
    });
    expect(JSON.stringify(short)).not.toContain('short-pw-2');
  });

  it('never echoes a password of the wrong type', async () => {
    const secret = 'a-secret-in-the-wrong-type';
    const response = await national.post(CREATE, {
      input: newUser({ role: 'PROFESSIONAL', regionId: KESKI_SUOMI, password: [secret] }),
    });
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toContain(secret);
    const login = await server.post(
      `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`,
      { email: 'x@example.test', password: { nested: secret } },
    );
    expect(JSON.stringify(await login.json())).not.toContain(secret);
  });

  it('applies the region and counsellor rules of each role', async () => {
    const fields = async (input: Record<string, unknown>) =>
      (await national.gqlError(CREATE, { input: newUser(input) })).extensions.fields;
    expect(await fields({ role: 'REGION_ADMIN' })).toEqual({
      regionId: ['is required for this role'],
    });
    expect(await fields({ role: 'NATIONAL_ADMIN', regionId: KESKI_SUOMI })).toEqual({
      regionId: ['a national administrator has no region'],
    });
    expect(await fields({ role: 'PROFESSIONAL', regionId: UNKNOWN_ID })).toEqual({
      regionId: ['no such region'],
    });
    expect(
      await fields({ role: 'PROFESSIONAL', regionId: KESKI_SUOMI, counsellorId: MARITA }),
    ).toEqual({
      counsellorId: ['only a COUNSELLOR user is linked to a counsellor'],
    });
    expect(
      await fields({ role: 'COUNSELLOR', regionId: KESKI_SUOMI, counsellorId: LOHJA_COUNSELLOR }),
    ).toEqual({ counsellorId: ["the counsellor works in another region than the user's"] });
    expect(
      await fields({ role: 'COUNSELLOR', regionId: KESKI_SUOMI, counsellorId: UNKNOWN_ID }),
    ).toEqual({
      counsellorId: ['no such counsellor'],
    });
  });

  it('refuses an email already in use, in any letter case', async () => {
    const address = email('twice');
    await national.gql(CREATE, { input: newUser({ role: 'NATIONAL_ADMIN', email: address }) });
    const error = await national.gqlError(CREATE, {
      input: newUser({ role: 'NATIONAL_ADMIN', email: address.toUpperCase() }),
    });
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { email: ['is already in use'] },
    });
  });

  it('refuses null for a field that always has a value', async () => {
    const { user } = await national.gql(ONE, { id: keskiSuomiAdmin.user.id });
    const error = await national.gqlError(UPDATE, {
      input: { id: user.id, version: user.version, name: null, password: null },
    });
    expect(Object.keys(error.extensions.fields ?? {}).sort()).toEqual(['name', 'password']);
  });
});

describe('users: regional administrator', () => {
  let lansiUusimaaUser: TestUser;
  let nationalUser: TestUser;
  let ownUser: TestUser;
  beforeAll(async () => {
    lansiUusimaaUser = await createTestUser(server.sql, Role.PROFESSIONAL, {
      region: 'lansi-uusimaa',
    });
    nationalUser = await createTestUser(server.sql, Role.NATIONAL_ADMIN);
    ownUser = await createTestUser(server.sql, Role.PROFESSIONAL, { region: 'keski-suomi' });
  });

  it('sees the users of their own region only; others are not found', async () => {
    const { users } = await keskiSuomiAdmin.gql(LIST, { page: { limit: 100 } });
    expect(users.items.length).toBe(users.total);
    const [{ n }] = await server.sql(
      'select count(*)::int as n from app_user where region_id = $1',
      [KESKI_SUOMI],
    );
    expect(users.total).toBe(n);
    expect(users.items.every((u: any) => u.region?.id === KESKI_SUOMI)).toBe(true);
    expect(users.items.map((u: any) => u.id)).toContain(ownUser.id);

    const filtered = await keskiSuomiAdmin.gql(LIST, { filter: { regionId: LANSI_UUSIMAA } });
    expect(filtered.users).toMatchObject({ total: 0, items: [] });
    const byIds = await keskiSuomiAdmin.gql(LIST, {
      filter: { ids: [lansiUusimaaUser.id, nationalUser.id] },
    });
    expect(byIds.users.total).toBe(0);
    expect((await keskiSuomiAdmin.gql(ONE, { id: lansiUusimaaUser.id })).user).toBeNull();
    expect((await keskiSuomiAdmin.gql(ONE, { id: nationalUser.id })).user).toBeNull();
    expect((await keskiSuomiAdmin.gql(ONE, { id: ownUser.id })).user.id).toBe(ownUser.id);
  });

  it('creates regional users in their own region (the default)', async () => {
    const { createUser } = await keskiSuomiAdmin.gql(CREATE, {
      input: newUser({ role: 'COUNSELLOR', counsellorId: MARITA }),
    });
    expect(createUser).toMatchObject({ role: 'COUNSELLOR', region: { id: KESKI_SUOMI } });
    const { createUser: admin } = await keskiSuomiAdmin.gql(CREATE, {
      input: newUser({ role: 'REGION_ADMIN', regionId: KESKI_SUOMI }),
    });
    expect(admin.role).toBe('REGION_ADMIN');
  });

  it('cannot create national administrators or users of another region', async () => {
    const before = await userCount();
    const national = await keskiSuomiAdmin.gqlError(CREATE, {
      input: newUser({ role: 'NATIONAL_ADMIN' }),
    });
    expect(national.extensions.code).toBe('FORBIDDEN');
    const elsewhere = await keskiSuomiAdmin.gqlError(CREATE, {
      input: newUser({ role: 'PROFESSIONAL', regionId: LANSI_UUSIMAA }),
    });
    expect(elsewhere.extensions.code).toBe('FORBIDDEN');
    expect(await userCount()).toBe(before);
  });

  it('cannot move a user to another region or make them national; changes nothing', async () => {
    const { user } = await keskiSuomiAdmin.gql(ONE, { id: ownUser.id });
    const move = await keskiSuomiAdmin.gqlError(UPDATE, {
      input: { id: user.id, version: user.version, regionId: LANSI_UUSIMAA },
    });
    expect(move.extensions.code).toBe('FORBIDDEN');
    const promote = await keskiSuomiAdmin.gqlError(UPDATE, {
      input: { id: user.id, version: user.version, role: 'NATIONAL_ADMIN' },
    });
    expect(promote.extensions.code).toBe('FORBIDDEN');
    const stored = await row(user.id);
    expect(stored).toMatchObject({ region_id: KESKI_SUOMI, role: 'PROFESSIONAL', version: 1 });
  });

  it("cannot change another region's users or national administrators: not found", async () => {
    for (const target of [lansiUusimaaUser, nationalUser]) {
      const error = await keskiSuomiAdmin.gqlError(UPDATE, {
        input: { id: target.id, version: 1, name: 'Kaapattu', active: false },
      });
      expect(error.extensions.code).toBe('NOT_FOUND');
      expect(await row(target.id)).toMatchObject({ name: `Test ${target.role}`, active: true });
    }
  });

  it('changes their own users', async () => {
    const { user } = await keskiSuomiAdmin.gql(ONE, { id: ownUser.id });
    const { updateUser } = await keskiSuomiAdmin.gql(UPDATE, {
      input: { id: user.id, version: user.version, role: 'REGION_ADMIN', name: 'Ylennetty' },
    });
    expect(updateUser).toMatchObject({ role: 'REGION_ADMIN', name: 'Ylennetty' });
  });
});

describe('users: other roles', () => {
  it('refuses anonymous requests with UNAUTHENTICATED', async () => {
    for (const [query, variables] of operations(keskiSuomiAdmin.user.id)) {
      const error = await apiClient(server.app.url).gqlError(query, variables);
      expect(error.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it.each([Role.COUNSELLOR, Role.PROFESSIONAL])(
    'refuses %s with FORBIDDEN and changes nothing',
    async (role) => {
      const client = await server.as(role, { region: 'keski-suomi' });
      const before = await userCount();
      for (const [query, variables] of operations(client.user.id)) {
        const error = await client.gqlError(query, variables);
        expect(error.extensions.code).toBe('FORBIDDEN');
      }
      expect(await userCount()).toBe(before);
      expect(await row(client.user.id)).toMatchObject({ role, version: 1 });
      // They still see themselves through `me`, with their region.
      const { me } = await client.gql(`{ me { id region { id } } }`);
      expect(me).toEqual({ id: client.user.id, region: { id: KESKI_SUOMI } });
    },
  );
});

describe('users: logs', () => {
  it('never carry a password, whatever the flow', async () => {
    const lines: string[] = [];
    const level = logger.level;
    logger.level = 'trace';
    const release = captureLogs((line) => lines.push(line));
    const secrets = ['first-secret-passphrase', 'second-secret-passphrase', 'short-pw'];
    try {
      const { createUser } = await national.gql(CREATE, {
        input: newUser({ role: 'PROFESSIONAL', regionId: KESKI_SUOMI, password: secrets[0] }),
      });
      await national.gqlError(CREATE, {
        input: newUser({ role: 'PROFESSIONAL', regionId: KESKI_SUOMI, password: secrets[2] }),
      });
      await national.gql(UPDATE, {
        input: { id: createUser.id, version: createUser.version, password: secrets[1] },
      });
      await server.gqlError(LOGIN, { email: createUser.email, password: secrets[0] });
      await server.signIn(createUser.email, secrets[1]);
      await national.post(CREATE, { input: { ...newUser({}), password: [secrets[2]] } });
    } finally {
      release();
      logger.level = level;
    }
    for (const secret of secrets) expect(lines.join('\n')).not.toContain(secret);
    expect(lines.join('\n')).not.toMatch(/argon2/);
  });
});

describe('demo users', () => {
  it('are not created by default', async () => {
    const demo = await server.sql('select email from app_user where email = any($1)', [
      DEMO_USERS.map((user) => user.email),
    ]);
    expect(demo).toEqual([]);
  });

  it('are created on request (SEED_DEMO_USERS) when there are no users, and sign in', async () => {
    const { databaseUrl, drop } = await createTestDatabase();
    const config = {
      ...loadConfig({ SEED_DEMO_USERS: 'true' }),
      port: 0,
      databaseUrl,
      serveAdmin: false,
    };
    try {
      const app = await createApp(config);
      try {
        for (const demo of DEMO_USERS) {
          const client = apiClient(app.url);
          const response = await client.post(LOGIN, {
            email: demo.email,
            password: demo.password,
          });
          const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
          const { me } = await apiClient(app.url, cookie).gql(
            `{ me { role region { code } counsellor { name } } }`,
          );
          expect(me).toEqual({
            role: demo.role,
            region: demo.region ? { code: demo.region } : null,
            counsellor: demo.counsellor ? { name: 'Marita Korhonen' } : null,
          });
        }
      } finally {
        await app.stop();
      }
      // Once there are users, starting with the setting again adds nobody.
      const db = new Client({ connectionString: databaseUrl });
      await db.connect();
      await db.query(`update app_user set name = 'Renamed' where role = 'PROFESSIONAL'`);
      await db.query(`delete from app_user where role = 'COUNSELLOR'`);
      const again = await createApp(config);
      await again.stop();
      const { rows } = await db.query('select count(*)::int as n from app_user');
      await db.end();
      expect(rows[0].n).toBe(DEMO_USERS.length - 1);
    } finally {
      await drop();
    }
  });
});

const userCount = async () =>
  (await server.sql('select count(*)::int as n from app_user'))[0].n as number;

/** Every users operation, aimed at `id` (a user of keski-suomi). */
function operations(id: string): [string, Record<string, unknown>][] {
  return [
    [LIST, {}],
    [ONE, { id }],
    [CREATE, { input: newUser({ role: 'PROFESSIONAL', regionId: KESKI_SUOMI }) }],
    [UPDATE, { input: { id, version: 1, role: 'NATIONAL_ADMIN', regionId: null } }],
  ];
}

const FIELDS = `id version email name role active lastLoginAt createdAt updatedAt
  region { id code } counsellor { id name }`;
const LIST = `query ($filter: UserFilter, $sort: UserSort, $page: PageInput) {
  users(filter: $filter, sort: $sort, page: $page) { total items { ${FIELDS} } }
}`;
const ONE = `query ($id: ID!) { user(id: $id) { ${FIELDS} } }`;
const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { ${FIELDS} } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`;
const UPDATE = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { ${FIELDS} } }`;
