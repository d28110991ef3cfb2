import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  categoryId,
  organizationId,
  receptionScheduleId,
  seedId,
  serviceAtStationId,
  serviceId,
  stationId,
} from '../seeds/ids';
import { startTestServer, TestServer } from './support/test-server';

// The HSDS 3.0 endpoints against the seed, every answer checked against the official schemas
// (reference/hsds-3.0) twice: as published, and closed, i.e. with `additionalProperties: false`
// added to every object schema. The published schemas never forbid extra properties, so only the
// closed copy shows that nothing is sent that HSDS does not define. Closing only tightens them.

let server: TestServer;
let schemas: Schemas;
beforeAll(async () => {
  schemas = loadSchemas();
  server = await startTestServer();
}, 120_000);
afterAll(() => server?.stop());

const JYVASKYLA = serviceId('sosiaaliohjaus-jyvaskyla');
const CONTRACTED = (n: number) =>
  serviceAtStationId('sosiaaliohjaus-jyvaskyla', `oma-laakarisi-jyvaskyla-${n}`);

describe('HSDS 3.0 endpoints', () => {
  it('says at /hsds/ which HSDS version it speaks', async () => {
    const { status, body } = await get('/');
    expect(status).toBe(200);
    expect(body).toEqual({
      version: '3.0',
      profile: expect.stringMatching(/^https:\/\//),
      openapi_url: expect.stringMatching(/openapi\.json$/),
    });
  });

  it('serves every public service in full, valid against the compiled and the modular schema', async () => {
    const ids = await idsOf(`select id from service where status = 'ACTIVE'`);
    expect(ids.length).toBeGreaterThanOrEqual(6);
    for (const id of ids) {
      const { status, body } = await get(`/services/${id}`);
      expect(status).toBe(200);
      expect(body.id).toBe(id);
      schemas.expectValid('compiled/service.json', body);
      schemas.expectValid('service.json', body);
    }
  });

  it('serves every public service at a station and every organization, each valid', async () => {
    const deliveries = await idsOf(
      `select sas.id from service_at_station sas join station st on st.id = sas.station_id
       join service s on s.id = sas.service_id
       where sas.active and st.active and s.status = 'ACTIVE'`,
    );
    expect(deliveries.length).toBeGreaterThanOrEqual(18);
    for (const id of deliveries) {
      const { status, body } = await get(`/service_at_locations/${id}`);
      expect(status).toBe(200);
      schemas.expectValid('service_at_location.json', body);
    }
    for (const id of await idsOf('select id from organization')) {
      const { status, body } = await get(`/organizations/${id}`);
      expect(status).toBe(200);
      schemas.expectValid('organization.json', body);
    }
  });

  it('checks against closed copies that refuse a property HSDS does not define', async () => {
    const { body } = await get(`/service_at_locations/${CONTRACTED(1)}`);
    schemas.expectValid('service_at_location.json', body);
    expect(() => schemas.expectValid('service_at_location.json', { ...body, region: 'x' })).toThrow(
      /closed.*additionalProperties/s,
    );
    const location = { ...body.location, phones: [{ ...body.contacts[0].phones[0], ext: 1 }] };
    expect(() => schemas.expectValid('service_at_location.json', { ...body, location })).toThrow(
      /closed.*additionalProperties/s,
    );
    // The published schema lets both through: it never forbids extra properties.
    expect(() => schemas.expectValid('location.json', { ...location, region: 'x' })).toThrow(
      /^location\.json \(closed\)/,
    );
  });

  it('serves the topic taxonomy and each of its terms, valid', async () => {
    const { body: taxonomies } = await get('/taxonomies');
    schemas.expectValidList('taxonomy.json', taxonomies);
    expect(taxonomies.total_items).toBe(1);
    const [taxonomy] = taxonomies.contents;
    const { body: one } = await get(`/taxonomies/${taxonomy.id}`);
    expect(one).toEqual(taxonomy);
    for (const id of await idsOf('select id from service_category')) {
      const { status, body } = await get(`/taxonomy_terms/${id}`);
      expect(status).toBe(200);
      schemas.expectValid('taxonomy_term.json', body);
      expect(body.taxonomy_id).toBe(taxonomy.id);
    }
    const { body: debt } = await get(`/taxonomy_terms/${categoryId('finances.debt')}`);
    expect(debt).toMatchObject({ code: 'finances.debt', parent_id: categoryId('finances') });
  });

  it.each([
    ['/services', 'compiled/service_list.json', `select id from service where status = 'ACTIVE'`],
    [
      '/service_at_locations',
      'service_at_location.json',
      `select sas.id from service_at_station sas join station st on st.id = sas.station_id
       join service s on s.id = sas.service_id where sas.active and st.active and s.status = 'ACTIVE'`,
    ],
    ['/organizations', 'organization.json', 'select id from organization'],
    ['/taxonomy_terms', 'taxonomy_term.json', 'select id from service_category'],
  ])('pages through %s: valid pages, total_items = the items seen', async (list, item, query) => {
    const expected = (await idsOf(query)).sort();
    for (const perPage of [2, 5]) {
      const seen: string[] = [];
      let page = 1;
      for (;;) {
        const { status, body } = await get(`${list}?page=${page}&per_page=${perPage}`);
        expect(status).toBe(200);
        schemas.expectValidList(item, body);
        expect(body).toMatchObject({
          total_items: expected.length,
          total_pages: Math.ceil(expected.length / perPage),
          page_number: page,
          size: body.contents.length,
          first_page: page === 1,
          empty: false,
        });
        expect(body.size).toBeLessThanOrEqual(perPage);
        seen.push(...body.contents.map((c: { id: string }) => c.id));
        if (body.last_page) break;
        page++;
      }
      expect(page).toBe(Math.ceil(expected.length / perPage));
      expect(seen.sort()).toEqual(expected);
    }
    const past = await get(`${list}?page=999&per_page=2`);
    expect(past.body).toMatchObject({ size: 0, empty: true, last_page: true, contents: [] });
  });

  it("shows Jyväskylä's every-third-week reception as a WEEKLY schedule with interval 3", async () => {
    const { body } = await get(`/service_at_locations/${CONTRACTED(1)}`);
    const rule = seedId(
      'schedule-rule',
      `${receptionScheduleId('marita-korhonen', 'oma-laakarisi-jyvaskyla-1')}:0`,
    );
    const schedule = body.schedules.find((s: { id: string }) => s.id === rule);
    expect(schedule).toMatchObject({
      service_id: JYVASKYLA,
      service_at_location_id: CONTRACTED(1),
      freq: 'WEEKLY',
      interval: 3,
      wkst: 'MO',
      byday: 'TH',
      opens_at: '08:30',
      closes_at: '11:30',
      // The Thursday of the anchor week (ISO week 2 of 2026).
      dtstart: '2026-01-08',
    });
    expect(schedule.description).toContain('Marita Korhonen');
    expect(schedule.description).toContain('joka 3. viikko');
    expect(schedule.notes).toContain('Europe/Helsinki');
    expect(schedule.notes).toContain('GraphQL');
    expect(body.contacts).toEqual([
      expect.objectContaining({ name: 'Marita Korhonen', service_at_location_id: CONTRACTED(1) }),
    ]);

    // The same in the full service: three rotating stations a week apart, six weekly ones.
    const { body: service } = await get(`/services/${JYVASKYLA}`);
    const receptions = service.service_at_locations.flatMap(
      (d: { schedules: { freq: string; interval: number; dtstart?: string }[] }) =>
        d.schedules.map((s) => [s.freq, s.interval, s.dtstart ?? null]),
    );
    expect(receptions.sort()).toEqual(
      [
        ...Array(6).fill(['WEEKLY', 1, null]),
        ['WEEKLY', 3, '2026-01-08'],
        ['WEEKLY', 3, '2026-01-15'],
        ['WEEKLY', 3, '2026-01-22'],
      ].sort(),
    );
  });

  it('maps a station with an address and coordinates to a physical location', async () => {
    const station = stationId('oma-laakarisi-jyvaskyla-1');
    await server.sql(
      `update station set street_address = 'Kauppakatu 1', postal_code = '40100',
       post_office = 'Jyväskylä', latitude = 62.2416, longitude = 25.7473, phone = '014 123 4567',
       accessibility_fi = 'Esteetön sisäänkäynti' where id = $1`,
      [station],
    );
    const { body } = await get(`/service_at_locations/${CONTRACTED(1)}`);
    schemas.expectValid('service_at_location.json', body);
    expect(body.location).toMatchObject({
      id: station,
      location_type: 'physical',
      organization_id: organizationId('oma-laakarisi'),
      latitude: 62.2416,
      longitude: 25.7473,
      addresses: [
        expect.objectContaining({
          address_1: 'Kauppakatu 1',
          postal_code: '40100',
          city: 'Jyväskylä',
          state_province: 'Keski-Suomen hyvinvointialue',
          country: 'FI',
          address_type: 'physical',
        }),
      ],
      phones: [expect.objectContaining({ number: '014 123 4567', location_id: station })],
      accessibility: [expect.objectContaining({ description: 'Esteetön sisäänkäynti' })],
      languages: [expect.objectContaining({ code: 'fi', name: 'suomi' })],
    });
    expect(body.location.schedules[0]).toMatchObject({
      location_id: station,
      freq: 'WEEKLY',
      byday: 'MO,TU,WE,TH,FR',
      opens_at: '08:00',
      closes_at: '16:00',
    });
  });

  it('states eligibility as target groups and an age range', async () => {
    const { body } = await get(
      `/services/${serviceId('sote-keskuksen-sosiaaliohjaus-paijat-hame')}`,
    );
    expect(body.maximum_age).toBe(64);
    expect(body.minimum_age).toBeUndefined();
    expect(body.eligibility_description).toContain('alle 65-vuotiaat');
    const { body: en } = await get(`/services/${serviceId('sosiaaliohjaus-lohja')}`, 'en');
    expect(en.eligibility_description).toBe(
      'Target group: working-age people, pensioners, families.',
    );
    expect(en.languages.map((l: { code: string; name: string }) => [l.code, l.name])).toEqual([
      ['fi', 'Finnish'],
      ['sv', 'Swedish'],
    ]);
  });

  it('speaks the language of Accept-Language, with Finnish where a text is missing', async () => {
    const lohja = serviceId('sosiaaliohjaus-lohja');
    const name = async (language?: string) => {
      const response = await get(`/services/${lohja}`, language);
      return [response.body.name, response.language];
    };
    expect(await name()).toEqual(['Terveysaseman sosiaaliohjaus (Lohja)', 'fi']);
    expect(await name('sv-FI,sv;q=0.9,en;q=0.5')).toEqual([
      'Social handledning vid hälsostationen (Lojo)',
      'sv',
    ]);
    expect(await name('de, en;q=0.8')).toEqual([
      'Social guidance at the health station (Lohja)',
      'en',
    ]);
    expect(await name('de')).toEqual(['Terveysaseman sosiaaliohjaus (Lohja)', 'fi']);
    await server.sql(`update service set name_en = null where id = $1`, [lohja]);
    expect(await name('en')).toEqual(['Terveysaseman sosiaaliohjaus (Lohja)', 'en']);
  });

  it('filters services by taxonomy term, organization, text and modification time', async () => {
    const ids = async (query: string) =>
      (await get(`/services?${query}`)).body.contents.map((s: { id: string }) => s.id);
    expect(await ids(`taxonomy_term_id=${categoryId('housing')}`)).toEqual([JYVASKYLA]);
    expect(await ids(`organization_id=${organizationId('keski-suomi')}`)).toEqual([JYVASKYLA]);
    expect(await ids('search=Lojo')).toEqual([serviceId('sosiaaliohjaus-lohja')]);
    expect(await ids('search=%25')).toEqual([]);
    expect(await ids('modified_after=2100-01-01')).toEqual([]);
    expect(await ids('modified_after=2000-01-01T00:00:00%2B02:00')).toHaveLength(6);
    await server.sql(`update service set updated_at = now() + interval '1 day' where id = $1`, [
      JYVASKYLA,
    ]);
    const tomorrow = new Date(Date.now() + 3_600_000).toISOString();
    expect(await ids(`modified_after=${encodeURIComponent(tomorrow)}`)).toEqual([JYVASKYLA]);
  });

  it('writes a monthly rule as MONTHLY with an ordinal BYDAY', async () => {
    const [{ schedule_id: scheduleId }] = await server.sql(
      'select schedule_id from station where id = $1',
      [stationId('lohja-keskusta')],
    );
    expect(scheduleId).toBeTruthy();
    const rule = randomUUID();
    await server.sql(
      `insert into schedule_rule (id, schedule_id, position, weekdays, opens, closes, over_midnight,
       interval, nth_of_month) values ($1, $2, 9, '{5}', '09:00', '12:00', false, 1, -1)`,
      [rule, scheduleId],
    );
    const { body } = await get(`/organizations/${organizationId('lansi-uusimaa')}`);
    schemas.expectValid('organization.json', body);
    const entry = body.locations
      .flatMap((l: { schedules: { id: string }[] }) => l.schedules)
      .find((s: { id: string }) => s.id === rule);
    expect(entry).toMatchObject({ freq: 'MONTHLY', byday: '-1FR', opens_at: '09:00' });
    expect(entry.description).toContain('kuun viimeinen pe');
  });
});

async function get(path: string, language?: string) {
  const response = await fetch(`${server.app.url}/hsds${path}`, {
    headers: { connection: 'close', ...(language ? { 'accept-language': language } : {}) },
  });
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return {
    status: response.status,
    language: response.headers.get('content-language'),
    body: await response.json(),
  };
}

async function idsOf(query: string): Promise<string[]> {
  return (await server.sql<{ id: string }>(query)).map((row) => row.id);
}

interface Schemas {
  /** Valid against the published schema and against its closed copy. */
  expectValid(schema: string, value: unknown): void;
  /** A page of the HSDS OpenAPI `Page` schema whose contents are all valid `item`s. */
  expectValidList(item: string, value: unknown): void;
}

const SCHEMA_DIR = path.join(__dirname, '../reference/hsds-3.0');
// The address the HSDS OpenAPI document uses for them; relative $refs resolve against it.
const BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';
// Annotations of the HSDS schemas (Frictionless Data table metadata), not validation keywords.
const ANNOTATIONS = [
  'name',
  'constraints',
  'example',
  'core',
  'datapackage_type',
  'datapackage_metadata',
  'path',
  'tabular_required',
];

function loadSchemas(): Schemas {
  const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json') && f !== 'openapi.json');
  const openapi = JSON.parse(readFileSync(path.join(SCHEMA_DIR, 'openapi.json'), 'utf8'));
  const page = openapi.components.schemas.Page;
  const instance = (closed: boolean) => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    ajv.addVocabulary(ANNOTATIONS);
    for (const file of files) {
      // The closed copy of the 2.3 MB compiled service would take long to compile; the modular
      // service.json is the same definition and is checked closed instead.
      if (closed && file === 'compiled-service.json') continue;
      const schema = JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
      const id = file.startsWith('compiled-') ? `${BASE}compiled/${file.slice(9)}` : BASE + file;
      ajv.addSchema(closed ? close(schema) : schema, id);
    }
    return ajv;
  };
  const published = instance(false);
  const closed = instance(true);
  // Compiled here, in beforeAll's longer timeout: the inlined service schema takes seconds.
  published.getSchema(`${BASE}compiled/service.json`);
  const lists = new Map<string, ValidateFunction[]>();
  const check = (validate: ValidateFunction | undefined, value: unknown, label: string) => {
    if (!validate) throw new Error(`no schema ${label}`);
    if (!validate(value)) {
      throw new Error(`${label}: ${JSON.stringify(validate.errors, null, 1).slice(0, 3000)}`);
    }
  };
  return {
    expectValid(schema, value) {
      check(published.getSchema(BASE + schema), value, schema);
      if (schema !== 'compiled/service.json') {
        check(closed.getSchema(BASE + schema), value, `${schema} (closed)`);
      }
    },
    expectValidList(item, value) {
      if (!lists.has(item)) {
        const list = (ajv: Ajv2020, extra: object) =>
          ajv.compile({
            type: 'object',
            allOf: [page],
            required: [...Object.keys(page.properties), 'contents'],
            properties: {
              ...page.properties,
              contents: { type: 'array', items: { $ref: BASE + item } },
            },
            ...extra,
          });
        lists.set(item, [list(published, {}), list(closed, { additionalProperties: false })]);
      }
      const [open, shut] = lists.get(item)!;
      check(open, value, `list of ${item}`);
      check(shut, value, `list of ${item} (closed)`);
    },
  };
}

/** A copy with `additionalProperties: false` on every object schema that lists its properties. */
function close(schema: any): any {
  if (Array.isArray(schema)) return schema.map(close);
  if (!schema || typeof schema !== 'object') return schema;
  const copy: any = { ...schema };
  if (copy.properties) {
    copy.properties = Object.fromEntries(
      Object.entries(copy.properties).map(([key, value]) => [key, close(value)]),
    );
    if (copy.additionalProperties === undefined) copy.additionalProperties = false;
  }
  if (copy.items) copy.items = close(copy.items);
  for (const key of ['allOf', 'anyOf', 'oneOf']) if (copy[key]) copy[key] = close(copy[key]);
  return copy;
}
