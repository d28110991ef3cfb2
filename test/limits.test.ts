import { stationId } from '../seeds/ids';
import { Role } from '../server/src/modules/auth/role';
import { LIMITS } from '../server/src/modules/directory/limits';
import { publicMaxAge } from '../server/src/modules/directory/answer-cache';
import { SESSION_COOKIE } from '../server/src/modules/auth/session-token';
import { ApiClient, startTestServer, TestServer } from './support/test-server';

// What one request may ask, and how public answers are cached.
let server: TestServer;
let professional: ApiClient & { cookie: string };

beforeAll(async () => {
  server = await startTestServer();
  professional = await server.as(Role.PROFESSIONAL);
});
afterAll(() => server?.stop());

async function errorOf(query: string, variables?: object) {
  const response = await server.post(query, variables as never);
  const body = await response.json();
  expect(body.data ?? null).toBeNull();
  return body.errors[0];
}

describe('limits', () => {
  it('lets the deepest real query through', async () => {
    const { findHelp } = await server.gql(DEEPEST_REAL_QUERY);
    expect(findHelp.options.length).toBeGreaterThan(0);
    const delivery = findHelp.options.find((o: any) => o.serviceAtStation).serviceAtStation;
    expect(delivery.service.categories.length).toBeGreaterThan(0);
  });

  it('refuses a query that is too deep, saying so', async () => {
    const error = await errorOf(TOO_DEEP);
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(`Query depth limit of ${LIMITS.maxDepth} exceeded`);
  });

  it('refuses a query with too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: regions { total }`).join('\n');
    const error = await errorOf(`{ ${aliases} }`);
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(`Aliases limit of ${LIMITS.maxAliases} exceeded`);
  });

  it('refuses a query that is too wide to be worth its cost', async () => {
    const wide = `{ regions { items { stations { receptions { station { services { station {
      ${'id '.repeat(300)} } } } } } } } }`;
    const error = await errorOf(wide);
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(`Query Cost limit of ${LIMITS.maxCost} exceeded`);
  });

  it('refuses a document with too many tokens before parsing it all, as a client error', async () => {
    const response = await server.post(`{ ${'__typename '.repeat(LIMITS.maxTokens)} }`);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors[0].message).toMatch(`${LIMITS.maxTokens} tokens. Parsing aborted`);
  });

  it('caps the page size at 100', async () => {
    const error = await errorOf(`{ stations(page: { limit: 101 }) { total } }`);
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { limit: ['limit must not be greater than 100'] },
    });
  });
});

describe('caching', () => {
  const query = `{ station(id: "${stationId('jyvaskyla-1')}") { name { fi } phone } }`;

  it('marks anonymous answers public for 60 s and serves repeats from the response cache', async () => {
    const first = await server.post(query);
    expect(first.headers.get('cache-control')).toBe('max-age=60, public');
    const second = await server.post(query);
    expect(second.headers.get('cache-control')).toBe('max-age=60, public');
    expect(second.headers.get('age')).not.toBeNull();
    expect(second.headers.get('x-sql-statements')).toBe('0');
    expect(await second.json()).toEqual(await first.json());
  });

  it('never caches answers for a signed-in user, nor gives them the public answer', async () => {
    const hidden = `{ stations(filter: { active: false }) { total } }`;
    const anonymous = await server.post(hidden);
    expect((await anonymous.json()).data.stations.total).toBe(0);

    for (let i = 0; i < 2; i++) {
      const signedIn = await professional.post(hidden);
      expect(signedIn.headers.get('cache-control')).toBe('no-store');
      expect(signedIn.headers.get('age')).toBeNull();
      expect((await signedIn.json()).data.stations.total).toBe(6);
    }
  });

  it('never caches mutations, and a write empties the cache', async () => {
    const before = await (await server.post(query)).json();
    const admin = await server.as(Role.NATIONAL_ADMIN);
    const [row] = await server.sql(`select version from station where id = $1`, [
      stationId('jyvaskyla-1'),
    ]);
    const write = await admin.post(
      `mutation ($input: UpdateStationInput!) { updateStation(input: $input) { id } }`,
      { input: { id: stationId('jyvaskyla-1'), version: row.version, phone: '+358 14 000 0001' } },
    );
    expect(write.headers.get('cache-control')).toBe('no-store');
    expect((await write.json()).errors).toBeUndefined();

    const after = await server.post(query);
    expect(after.headers.get('age')).toBeNull();
    const body = await after.json();
    expect(body.data.station.phone).toBe('+358 14 000 0001');
    expect(body).not.toEqual(before);
  });
});

describe('the answer cache', () => {
  const byId = `query ($id: ID!) { station(id: $id) { name { fi } } }`;

  function postRaw(body: object, headers: Record<string, string> = {}) {
    return fetch(`${server.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close', ...headers },
      body: JSON.stringify(body),
    });
  }

  it('keeps an answer per request body: other variables are answered anew', async () => {
    const first = await server.post(byId, { id: stationId('jyvaskyla-2') });
    const other = await server.post(byId, { id: stationId('jyvaskyla-3') });
    expect(other.headers.get('age')).toBeNull();
    expect((await other.json()).data.station.name.fi).not.toBe(
      (await first.json()).data.station.name.fi,
    );
    const again = await server.post(byId, { id: stationId('jyvaskyla-3') });
    expect(again.headers.get('age')).not.toBeNull();
  });

  it('keeps the media type Apollo chose by the accept header', async () => {
    const body = { query: `{ station(id: "${stationId('jyvaskyla-4')}") { phone } }` };
    const graphqlJson = 'application/graphql-response+json';
    for (const accept of ['application/json', graphqlJson, 'application/json', graphqlJson]) {
      const response = await postRaw(body, { accept });
      expect(response.headers.get('content-type')).toContain(accept);
    }
    const repeat = await postRaw(body, { accept: graphqlJson });
    expect(repeat.headers.get('age')).not.toBeNull();
  });

  it('never keeps an answer with errors', async () => {
    // Refused before execution (an unknown field), and an error in execution (a page too large).
    for (const failing of [`{ notAField }`, `{ stations(page: { limit: 101 }) { total } }`]) {
      for (let i = 0; i < 2; i++) {
        const response = await server.post(failing);
        expect(response.headers.get('age')).toBeNull();
        expect((await response.json()).errors.length).toBeGreaterThan(0);
      }
    }
  });

  it('answers every request with a session cookie through Apollo, even a stale one', async () => {
    const body = { query: byId, variables: { id: stationId('jyvaskyla-5') } };
    await postRaw(body);
    expect((await postRaw(body)).headers.get('age')).not.toBeNull();
    const signedIn = await postRaw(body, { cookie: professional.cookie });
    expect(signedIn.headers.get('age')).toBeNull();
    expect(signedIn.headers.get('cache-control')).toBe('no-store');
    // Not a valid session: Apollo answers it as anonymous, but not from the cache.
    const stale = await postRaw(body, { cookie: `${SESSION_COOKIE}=expired` });
    expect(stale.headers.get('age')).toBeNull();
    expect((await stale.json()).data.station).not.toBeNull();
  });

  it('reads the max-age of public answers only', () => {
    expect(publicMaxAge('max-age=60, public')).toBe(60);
    expect(publicMaxAge('public, max-age=5')).toBe(5);
    expect(publicMaxAge('max-age=60, private')).toBeNull();
    expect(publicMaxAge('no-store')).toBeNull();
    expect(publicMaxAge('max-age=0, public')).toBeNull();
    expect(publicMaxAge('')).toBeNull();
  });
});

// findHelp > options > serviceAtStation > service > categories > parent > name > fi: 8 levels, the
// deepest an app asks (a delivery's topic with its parent topic's name).
const DEEPEST_REAL_QUERY = `{
  findHelp(input: { topics: ["rehabilitation"], where: { postalCode: "08100" } }) {
    options {
      rank
      why { topics area language }
      nextAvailable { start end }
      station { name { fi sv } municipality { name { fi sv } region { name { fi } } } }
      reception { modes bookingInstructions { fi sv } counsellor { name phone email } }
      serviceAtStation {
        notes { fi sv }
        service {
          name { fi sv }
          organization { name { fi } }
          categories { code name { fi } parent { code name { fi sv } } }
        }
      }
    }
  }
}`;

const TOO_DEEP = `{
  regions { items { stations { region { stations { region { stations { region {
    stations { region { name { fi } } } } } } } } } } }
}`;
