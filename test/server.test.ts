import { GraphQLError } from 'graphql';
import { formatError } from '../server/src/common/format-error';
import { startTestServer, TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('the HTTP server', () => {
  it('leads from / to the console and answers a health check', async () => {
    const root = await fetch(`${server.app.url}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/admin/');
    const health = await fetch(`${server.app.url}/health`);
    expect(await health.json()).toEqual({ ok: true });
  });

  it('serves no landing page that would load from a CDN', async () => {
    const page = await fetch(`${server.app.url}/graphql`, { headers: { accept: 'text/html' } });
    const body = await page.text();
    expect(body).not.toMatch(/apollographql\.com|cdn\.|embeddable-sandbox|<script/i);
  });

  it('masks unexpected errors and keeps their detail out of the answer', () => {
    const formatted = formatError(
      { message: 'connection to 10.0.0.5 refused for user secret', path: ['stations'] },
      new GraphQLError('connection to 10.0.0.5 refused for user secret', {
        originalError: new Error('connection to 10.0.0.5 refused for user secret'),
      }),
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['stations'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('answers a syntax error as a client error, not an internal one', async () => {
    const response = await server.post('{ regions( }');
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
