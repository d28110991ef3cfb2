import { Role } from '../server/src/modules/auth/role';
import { regionId } from '../seeds/ids';
import { apiClient, startTestServer, TestServer } from './support/test-server';

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

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`;
