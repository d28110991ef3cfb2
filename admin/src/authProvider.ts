import { GraphQLClient } from 'graphql-request';
import type { AuthProvider } from 'ra-core';
import { sameOriginEndpoint, toHttpError, type DataProviderOptions } from './dataProvider';

export type Role = 'NATIONAL_ADMIN' | 'REGION_ADMIN' | 'COUNSELLOR' | 'PROFESSIONAL';

/** What the console knows of the signed-in user; the server still decides every request. */
export interface Permissions {
  role: Role;
  /** The user's region; null for national administrators. */
  regionId: string | null;
  /** The counsellor record of a COUNSELLOR user. */
  counsellorId: string | null;
}

interface Me {
  id: string;
  email: string;
  name?: string;
  role: Role;
  region?: { id: string } | null;
  counsellor?: { id: string } | null;
}

const ME = `query Me { me { id email name role region { id } counsellor { id } } }`;
const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`;
const LOGOUT = `mutation Logout { logout }`;

/**
 * Sign-in with the server's session: `login` sets an HttpOnly cookie the browser sends with every
 * request, so the console itself never holds a token.
 */
export function sessionAuthProvider(
  endpoint = sameOriginEndpoint(),
  options: DataProviderOptions = {},
): AuthProvider {
  const client = new GraphQLClient(endpoint, {
    credentials: 'same-origin',
    headers: options.headers,
    fetch: options.fetch,
  });
  let current: Promise<Me | null> | null = null;

  async function fetchMe(): Promise<Me | null> {
    try {
      return (await client.request<{ me: Me | null }>(ME)).me;
    } catch (error) {
      throw toHttpError(error);
    }
  }

  // react-admin asks on every page; one request per page change is enough.
  const me = (fresh = false) => {
    if (fresh || !current) {
      current = fetchMe();
      current.catch(() => (current = null));
    }
    return current;
  };

  return {
    async login({ username, email, password }) {
      current = null;
      try {
        await client.request(LOGIN, { email: email ?? username, password });
      } catch (error) {
        const http = toHttpError(error) as { status?: number };
        throw new Error(
          http.status === 401 ? 'tukiverkko.auth.wrong_credentials' : 'ra.auth.sign_in_error',
        );
      }
      await me(true);
    },

    async logout() {
      current = null;
      try {
        await client.request(LOGOUT);
      } catch {
        // Signed out already (an expired session): the login page is the right place anyway.
      }
    },

    async checkAuth() {
      if (!(await me(true))) throw new Error('ra.auth.auth_check_error');
    },

    async checkError(error) {
      const status = (error as { status?: number })?.status;
      if (status === 401) {
        current = null;
        throw new Error('ra.notification.logged_out');
      }
      // 403 and the rest are shown where they happened; the session is still good.
    },

    async getPermissions(): Promise<Permissions | null> {
      const user = await me();
      if (!user) return null;
      return {
        role: user.role,
        regionId: user.region?.id ?? null,
        counsellorId: user.counsellor?.id ?? null,
      };
    },

    async getIdentity() {
      const user = await me();
      if (!user) throw new Error('ra.auth.auth_check_error');
      return { id: user.id, fullName: user.name || user.email, email: user.email };
    },
  };
}
