import { createApp, RunningApp } from '../server/src/app';
import { AppConfig, loadConfig } from '../server/src/config';
import { Role } from '../server/src/modules/auth/role';
import { regionId } from '../seeds/ids';
import { apiClient, startTestServer, TestServer } from './support/test-server';
import { createTestUser } from './support/users';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const ME = `{ me { id email role } }`;

describe('sessions', () => {
  it('signs in with an HttpOnly cookie, knows the user, and signs out for good', async () => {
    const anonymous = await server.gql(ME);
    expect(anonymous.me).toBeNull();

    const admin = await server.as(Role.REGION_ADMIN, { region: 'keski-suomi' });
    expect(admin.cookie).toMatch(/^tukiverkko_session=/);
    const { me } = await admin.gql(ME);
    expect(me).toEqual({ id: admin.user.id, email: admin.user.email, role: 'REGION_ADMIN' });
    expect(admin.user.regionId).toBe(regionId('keski-suomi'));

    const response = await admin.post(`mutation { logout }`);
    expect((await response.json()).data.logout).toBe(true);
    // The same cookie no longer signs anyone in.
    expect((await admin.gql(ME)).me).toBeNull();
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const user = await server.as(Role.PROFESSIONAL);
    const wrong = await server.gqlError(LOGIN, { email: user.user.email, password: 'nope' });
    const unknown = await server.gqlError(LOGIN, {
      email: 'nobody@example.test',
      password: 'nope',
    });
    expect(wrong.extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown).toEqual(wrong);
    expect(JSON.stringify(wrong)).not.toContain('nope');
  });

  it('refuses a tampered token and a deactivated user', async () => {
    const user = await server.as(Role.COUNSELLOR);
    const [name, token] = user.cookie.split('=');
    const [header, payload, signature] = token.split('.');
    const forged = `${name}=${header}.${payload}.${signature.slice(0, -2)}xx`;
    expect((await apiClient(server.app.url, forged).gql(ME)).me).toBeNull();

    await server.sql('update app_user set active = false where id = $1', [user.user.id]);
    expect((await user.gql(ME)).me).toBeNull();
  });

  it('refuses an expired session', async () => {
    const user = await server.as(Role.PROFESSIONAL);
    await server.sql(
      'update user_session set expires_at = now() - interval $$1 minute$$ where user_id = $1',
      [user.user.id],
    );
    expect((await user.gql(ME)).me).toBeNull();
  });
});

describe('failed sign-ins are rate-limited', () => {
  // A second app on this file's database with small limits. It trusts the loopback proxy, so
  // each test can sign in from addresses of its own through X-Forwarded-For.
  const LIMITS = { perAccount: 3, perAddress: 5, windowSeconds: 120 };
  let limited: RunningApp;
  beforeAll(async () => {
    limited = await startApp({ trustProxy: 'loopback', loginLimits: LIMITS });
  });
  afterAll(() => limited?.stop());

  const login = (from: string, email: string, password: string) =>
    loginFrom(limited.url, from, email, password);
  const user = () => createTestUser(server.sql, Role.PROFESSIONAL);

  it('refuses an account after its failures, even with the right password and from elsewhere', async () => {
    const { email, password } = await user();
    for (let i = 0; i < LIMITS.perAccount; i++) {
      expect((await login('10.0.1.1', email, 'wrong-password')).code).toBe('UNAUTHENTICATED');
    }
    const refused = await login('10.0.1.1', email, password);
    expect(refused.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.retryAfter).toBeLessThanOrEqual(LIMITS.windowSeconds);
    expect(refused.retryAfterHeader).toBe(String(refused.retryAfter));
    expect(refused.cookie).toBeNull();
    // The limit is the account's: another address does not get around it.
    expect((await login('10.0.1.2', email, password)).code).toBe('TOO_MANY_REQUESTS');
  });

  it('answers an unknown email exactly as an existing one, before and after the limit', async () => {
    const { email } = await user();
    const unknown = `nobody-${Date.now()}@example.test`;
    const answers = { known: [] as Attempt[], unknown: [] as Attempt[] };
    for (let i = 0; i <= LIMITS.perAccount; i++) {
      answers.known.push(await login('10.0.2.1', email, 'wrong-password'));
      answers.unknown.push(await login('10.0.2.2', unknown, 'wrong-password'));
    }
    expect(answers.known.map((a) => a.code)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'TOO_MANY_REQUESTS',
    ]);
    // Same codes, statuses and messages (the seconds to wait may differ by one).
    const comparable = ({ retryAfter: _r, retryAfterHeader: _h, ...rest }: Attempt) => ({
      ...rest,
      message: rest.message.replace(/\d+/g, 'N'),
    });
    expect(answers.unknown.map(comparable)).toEqual(answers.known.map(comparable));
    expect(JSON.stringify(answers)).not.toContain('wrong-password');
  });

  it("clears the account's count when the right password is given", async () => {
    const { email, password } = await user();
    for (let i = 0; i < LIMITS.perAccount - 1; i++) {
      expect((await login('10.0.3.1', email, 'wrong-password')).code).toBe('UNAUTHENTICATED');
    }
    const signedIn = await login('10.0.3.1', email, password);
    expect(signedIn.code).toBeNull();
    expect(signedIn.cookie).toMatch(/^tukiverkko_session=/);
    // A full allowance of failures again, then the limit.
    for (let i = 0; i < LIMITS.perAccount; i++) {
      expect((await login('10.0.3.1', email, 'wrong-password')).code).toBe('UNAUTHENTICATED');
    }
    expect((await login('10.0.3.1', email, password)).code).toBe('TOO_MANY_REQUESTS');
  });

  it('refuses an address after its failures over many accounts, other addresses still sign in', async () => {
    const { email, password } = await user();
    for (let i = 0; i < LIMITS.perAddress; i++) {
      const guess = await login('10.0.4.1', `guess-${i}-${Date.now()}@example.test`, 'wrong');
      expect(guess.code).toBe('UNAUTHENTICATED');
    }
    const refused = await login('10.0.4.1', email, password);
    expect(refused.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.status).toBe(429);
    // The account itself was not counted: it signs in from another address.
    expect((await login('10.0.4.2', email, password)).code).toBeNull();
  });

  it('does not count successful sign-ins against the address', async () => {
    const { email, password } = await user();
    for (let i = 0; i < LIMITS.perAddress + 2; i++) {
      expect((await login('10.0.5.1', email, password)).code).toBeNull();
    }
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY is set', async () => {
    const direct = await startApp({ loginLimits: { ...LIMITS, perAddress: 2 } });
    try {
      const tries = [];
      for (let i = 0; i < 3; i++) {
        const email = `spoof-${i}-${Date.now()}@example.test`;
        tries.push(await loginFrom(direct.url, `10.0.6.${i}`, email, 'wrong'));
      }
      // Each try claimed another address, but all came from this machine's socket.
      expect(tries.map((t) => t.code)).toEqual([
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
        'TOO_MANY_REQUESTS',
      ]);
    } finally {
      await direct.stop();
    }
  });

  it('reads the limits and the proxy setting from the environment', () => {
    const config = loadConfig({
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '7',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '50',
      LOGIN_FAILURE_WINDOW_SECONDS: '600',
      TRUST_PROXY: '1',
    });
    expect(config.loginLimits).toEqual({ perAccount: 7, perAddress: 50, windowSeconds: 600 });
    expect(config.trustProxy).toBe(1);
    expect(loadConfig({}).loginLimits).toEqual({
      perAccount: 5,
      perAddress: 20,
      windowSeconds: 900,
    });
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe(
      'loopback, 10.0.0.0/8',
    );
  });
});

/** Another app on this file's database (already migrated and seeded). */
function startApp(overrides: Partial<AppConfig>): Promise<RunningApp> {
  return createApp({
    ...loadConfig({}),
    port: 0,
    databaseUrl: server.app.orm.config.get('clientUrl') as string,
    serveAdmin: false,
    seedWhenEmpty: false,
    ...overrides,
  });
}

interface Attempt {
  status: number;
  code: string | null;
  message: string;
  retryAfter: number | null;
  retryAfterHeader: string | null;
  cookie: string | null;
}

/** One login over HTTP, claiming the client address `from` in X-Forwarded-For. */
async function loginFrom(url: string, from: string, email: string, password: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from, connection: 'close' },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  });
  const body = await response.json();
  const error = body.errors?.[0];
  return {
    status: response.status,
    code: error?.extensions?.code ?? null,
    message: error?.message ?? '',
    retryAfter: error?.extensions?.retryAfter ?? null,
    retryAfterHeader: response.headers.get('retry-after'),
    cookie: response.headers.get('set-cookie')?.split(';')[0] ?? null,
  } satisfies Attempt;
}

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`;
