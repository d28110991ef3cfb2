import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createApp, RunningApp } from '../server/src/app';
import { AppConfig, loadConfig } from '../server/src/config';
import { Role } from '../server/src/modules/auth/role';
import { apiClient, createTestDatabase } from './support/test-server';
import { createTestUser } from './support/users';

// The app as `NODE_ENV=production` configures it, on an empty database of its own (migrated,
// not seeded: nothing here needs the directory data).
const ALLOWED_ORIGIN = 'https://directory.example.fi';
const ADMIN_DIST = path.join(__dirname, '../admin/dist');
let app: RunningApp;
let drop: () => Promise<void>;
let databaseUrl: string;

beforeAll(async () => {
  ({ databaseUrl, drop } = await createTestDatabase());
  app = await startApp({ corsOrigins: [ALLOWED_ORIGIN] });
});
afterAll(async () => {
  await app?.stop();
  await drop?.();
});

function startApp(overrides: Partial<AppConfig> = {}): Promise<RunningApp> {
  return createApp({
    ...loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }),
    port: 0,
    databaseUrl,
    serveAdmin: true,
    seedWhenEmpty: false,
    ...overrides,
  });
}

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', connection: 'close', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('production settings', () => {
  it('refuse introspection, and name no fields in "did you mean" hints', async () => {
    for (const query of [`{ __schema { types { name } } }`, `{ __type(name: "User") { name } }`]) {
      const response = await post({ query });
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors[0].message).toMatch(/introspection is not allowed/i);
    }
    const typo = await (await post({ query: `{ regins { total } }` })).json();
    expect(typo.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.errors[0].message).not.toMatch(/did you mean|regions/i);
    // Plain queries still work.
    const ok = await (await post({ query: `{ __typename }` })).json();
    expect(ok.data).toEqual({ __typename: 'Query' });
  });

  it('allow introspection in production only when GRAPHQL_INTROSPECTION=true', async () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(32),
      GRAPHQL_INTROSPECTION: 'true',
    });
    expect(config.introspection).toBe(true);
    expect(loadConfig({}).introspection).toBeUndefined();
    const open = await startApp({ introspection: config.introspection });
    try {
      const body = await apiClient(open.url).gql(`{ __schema { queryType { name } } }`);
      expect(body.__schema.queryType.name).toBe('Query');
    } finally {
      await open.stop();
    }
  });

  it('refuse batched requests', async () => {
    const response = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('"__typename"');
  });

  it('answer an oversized body with 413, without a stack trace, and keep serving', async () => {
    const huge = JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(2 << 20) } });
    const response = await post(huge);
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(body).toEqual({
      errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    expect((await (await post({ query: '{ __typename }' })).json()).data.__typename).toBe('Query');
  });

  it('answer a malformed JSON body with 400 and echo none of it', async () => {
    const response = await post('{"query": "{ __typename }", "secret-personal-data');
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(text).not.toMatch(/secret-personal-data|at .*\.js/);
  });

  it('read the body limit from REQUEST_BODY_LIMIT', () => {
    expect(loadConfig({}).bodyLimit).toBe('1mb');
    expect(loadConfig({ REQUEST_BODY_LIMIT: '200kb' }).bodyLimit).toBe('200kb');
  });

  it('keep CSRF prevention on: simple requests without a preflight header are refused', async () => {
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/Cross-Site Request Forgery/);
    const form = await post('query={ __typename }', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(400);
    const text = await post(JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'text/plain',
    });
    expect(text.status).toBe(400);
    // With the header a browser cannot send cross-site without a preflight, it is served.
    const allowed = await fetch(
      `${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect((await allowed.json()).data.__typename).toBe('Query');
  });

  it('send security headers on the API and the console', async () => {
    const responses = [await post({ query: '{ __typename }' }), await fetch(`${app.url}/health`)];
    for (const response of responses) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('answer /graphql, which skips the router, as the router answers /graphql/', async () => {
    const ask = (url: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ALLOWED_ORIGIN },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    const direct = await ask(`${app.url}/graphql`);
    const routed = await ask(`${app.url}/graphql/`);
    const headersOf = (response: Response) => {
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (name !== 'date' && name !== 'etag') headers[name] = value;
      });
      return headers;
    };
    expect(direct.status).toBe(200);
    expect(headersOf(direct)).toEqual(headersOf(routed));
    expect(headersOf(direct)['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    expect(await direct.json()).toEqual(await routed.json());
  });

  (existsSync(ADMIN_DIST) ? it : it.skip)(
    'serve the built console and its assets under that policy (run `npm run build:admin`)',
    async () => {
      const page = await fetch(`${app.url}/admin/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await page.text();
      // Every script and style the page loads is a file of this server: 'self' covers it.
      const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      const assets = sources.filter((s) => s.startsWith('/admin/assets/'));
      expect(assets.length).toBeGreaterThan(0);
      expect(sources.filter((s) => /^(https?:)?\/\//.test(s))).toEqual([]);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      for (const asset of assets) {
        const response = await fetch(`${app.url}${asset}`);
        expect(response.status).toBe(200);
      }
      expect(readdirSync(path.join(ADMIN_DIST, 'assets')).length).toBeGreaterThan(0);
    },
  );

  it('send the session cookie with Secure, HttpOnly and SameSite', async () => {
    const sql = async (text: string, params?: unknown[]) => {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return (await client.query(text, params)).rows;
      } finally {
        await client.end();
      }
    };
    const user = await createTestUser(sql, Role.NATIONAL_ADMIN);
    const response = await post({
      query: `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`,
      variables: { email: user.email, password: user.password },
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^tukiverkko_session=/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(`${app.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });

  it('lets a configured origin call the API with credentials', async () => {
    const options = await preflight(ALLOWED_ORIGIN);
    expect(options.status).toBeLessThan(300);
    expect(options.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(options.headers.get('access-control-allow-credentials')).toBe('true');
    const response = await post({ query: '{ __typename }' }, { origin: ALLOWED_ORIGIN });
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
  });

  it('gives any other origin no CORS headers', async () => {
    const options = await preflight('https://evil.example');
    expect(options.headers.get('access-control-allow-origin')).toBeNull();
    const response = await post({ query: '{ __typename }' }, { origin: 'https://evil.example' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('allows no other origin by default, and reads the list from CORS_ORIGINS', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(
      loadConfig({ CORS_ORIGINS: 'https://a.example.fi, https://b.example.fi/' }).corsOrigins,
    ).toEqual(['https://a.example.fi', 'https://b.example.fi']);
  });
});
