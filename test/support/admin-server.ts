import { Role } from '../../server/src/modules/auth/role';
import { ApiClient, startTestServer, TestServer } from './test-server';

/** An id that no record has. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Starts this file's server (its own database) before the file's tests and stops it after them.
 * Requests go through `admin`, a national administrator, who may write and sees every record: for
 * tests about the data and the API, not the roles (test/authorization.test.ts).
 *
 * Call it at the top of the file, before the file's own `beforeAll`, which then runs after the
 * server has started. Both objects may be used from then on.
 */
export function useAdminServer(): { server: TestServer; admin: ApiClient } {
  let started: TestServer | undefined;
  let signedIn: ApiClient | undefined;
  beforeAll(async () => {
    started = await startTestServer();
    signedIn = await started.as(Role.NATIONAL_ADMIN);
  });
  afterAll(() => started?.stop());

  const ready = <T>(value: T | undefined): T => {
    if (!value) throw new Error('useAdminServer: the server starts in beforeAll; use it in a test');
    return value;
  };
  const server = (): TestServer => ready(started);
  const admin = (): ApiClient => ready(signedIn);
  return {
    server: {
      get app() {
        return server().app;
      },
      gql: (query, variables) => server().gql(query, variables),
      gqlError: (query, variables) => server().gqlError(query, variables),
      post: (query, variables) => server().post(query, variables),
      sql: (text, params) => server().sql(text, params),
      signIn: (email, password) => server().signIn(email, password),
      as: (role, options) => server().as(role, options),
      stop: () => server().stop(),
    },
    admin: {
      gql: (query, variables) => admin().gql(query, variables),
      gqlError: (query, variables) => admin().gqlError(query, variables),
      post: (query, variables) => admin().post(query, variables),
    },
  };
}
