import { randomUUID } from 'node:crypto';
import {
  counsellorId,
  organizationId,
  receptionId,
  receptionScheduleId,
  seedId,
  serviceAtStationId,
  serviceId,
  stationId,
} from '../seeds/ids';
import { Role } from '../server/src/modules/auth/role';
import { startTestServer, TestServer } from './support/test-server';

// What the HSDS endpoints must never show, how they refuse bad requests, and what they cost.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const LISTS = [
  '/services',
  '/service_at_locations',
  '/organizations',
  '/taxonomies',
  '/taxonomy_terms',
];
const ESPOO = 'sosiaaliohjaus-espoo';

describe('HSDS privacy', () => {
  it('shows no inactive or draft record, and nothing of users, even to a signed-in admin', async () => {
    const hidden = {
      inactiveService: randomUUID(),
      draftService: randomUUID(),
      hiddenDelivery: randomUUID(),
    };
    // An inactive and a draft service, each delivered at an active station.
    for (const [id, status, name] of [
      [hidden.inactiveService, 'INACTIVE', 'Lakkautettu palvelu XYZZY'],
      [hidden.draftService, 'DRAFT', 'Luonnospalvelu PLUGH'],
    ]) {
      await server.sql(
        `insert into service (id, version, created_at, updated_at, name_fi, organization_id, sector,
           target_groups, languages, access_modes, free, area, status)
         select $1, 1, now(), now(), $3, organization_id, sector, target_groups, languages,
           access_modes, free, area, $2 from service where id = $4`,
        [id, status, name, serviceId(ESPOO)],
      );
      await server.sql(
        `insert into service_at_station (id, version, created_at, updated_at, service_id, station_id, active)
         values ($1, 1, now(), now(), $2, $3, true)`,
        [
          id === hidden.draftService ? hidden.hiddenDelivery : randomUUID(),
          id,
          stationId('espoo-1'),
        ],
      );
    }
    // An inactive station (with its reception), an inactive delivery, an inactive counsellor.
    await server.sql(`update station set active = false, phone = '040 000 0001' where id = $1`, [
      stationId('espoo-2'),
    ]);
    await server.sql(`update service_at_station set active = false where id = $1`, [
      serviceAtStationId(ESPOO, 'espoo-3'),
    ]);
    await server.sql(
      `update counsellor set active = false, name = 'Piilotettu Ohjaaja' where id = $1`,
      [counsellorId('lohja')],
    );
    const admin = await server.as(Role.NATIONAL_ADMIN, { email: 'secret-admin@example.test' });
    await server.sql(`update counsellor set email = 'ohjaaja@example.test' where id = $1`, [
      counsellorId('paijat-hame'),
    ]);

    for (const cookie of [undefined, admin.cookie]) {
      const everything = JSON.stringify(await crawl(cookie));
      for (const secret of [
        ...Object.values(hidden),
        'XYZZY',
        'PLUGH',
        stationId('espoo-2'),
        '040 000 0001',
        serviceAtStationId(ESPOO, 'espoo-3'),
        receptionId('espoo', 'espoo-2'),
        seedId('schedule-rule', `${receptionScheduleId('lohja', 'lohja-keskusta')}:0`),
        'Piilotettu Ohjaaja',
        'secret-admin@example.test',
        admin.user.id,
        'password',
        'argon2',
      ]) {
        expect({ secret, found: everything.includes(secret) }).toEqual({ secret, found: false });
      }
      // The public counsellor's work email is public.
      expect(everything).toContain('ohjaaja@example.test');
      for (const path of [
        `/services/${hidden.inactiveService}`,
        `/services/${hidden.draftService}`,
        `/service_at_locations/${hidden.hiddenDelivery}`,
        `/service_at_locations/${serviceAtStationId(ESPOO, 'espoo-2')}`,
        `/service_at_locations/${serviceAtStationId(ESPOO, 'espoo-3')}`,
      ]) {
        expect((await get(path, cookie)).status).toBe(404);
      }
    }
    const { body: espoo } = await get(`/services/${serviceId(ESPOO)}`);
    expect(
      espoo.service_at_locations.map((d: { location_id: string }) => d.location_id).sort(),
    ).toEqual([stationId('espoo-1'), stationId('espoo-4'), stationId('espoo-5')].sort());
  });
});

describe('HSDS errors', () => {
  it.each([
    ['/services?per_page=0', 'per_page'],
    ['/services?per_page=-5', 'per_page'],
    ['/services?per_page=1.5', 'per_page'],
    ['/services?page=-1', 'page'],
    ['/services?page=0', 'page'],
    ['/services?page=two', 'page'],
    ['/services?page=1&page=2', 'page'],
    ['/services?page=99999999999999999999', 'page'],
    ['/services?modified_after=yesterday', 'modified_after'],
    ['/services?modified_after=2026-13-45', 'modified_after'],
    ['/services?modified_after=2026-01-01T25:00:00Z', 'modified_after'],
    ['/services?taxonomy_term_id=housing', 'taxonomy_term_id'],
    ['/services?organization_id=1', 'organization_id'],
    ['/services?format=ndjson', 'format'],
    [`/services?search=${'x'.repeat(201)}`, 'search'],
    ['/service_at_locations?per_page=0', 'per_page'],
    ['/service_at_locations?modified_after=nope', 'modified_after'],
    ['/organizations?page=-1', 'page'],
    ['/taxonomies?per_page=0', 'per_page'],
    ['/taxonomy_terms?parent_id=x', 'parent_id'],
  ])('answers %s with 400 and a JSON error naming %s', async (path, parameter) => {
    const { status, body, type } = await get(path);
    expect(status).toBe(400);
    expect(type).toMatch(/^application\/json/);
    expect(body).toEqual({ status: 400, message: expect.any(String), parameter });
  });

  it.each([
    '/services/not-a-uuid',
    `/services/${randomUUID()}`,
    '/service_at_locations/1',
    `/service_at_locations/${randomUUID()}`,
    "/organizations/'%20or%201=1",
    `/organizations/${randomUUID()}`,
    `/taxonomies/${randomUUID()}`,
    '/taxonomy_terms/kela-benefits',
    `/taxonomy_terms/${randomUUID()}`,
    '/no-such-endpoint',
  ])('answers %s with 404 and a JSON error', async (path) => {
    const { status, body, type } = await get(path);
    expect(status).toBe(404);
    expect(type).toMatch(/^application\/json/);
    expect(body).toEqual({ status: 404, message: 'Not found' });
  });

  it('serves a per_page above 100 as 100', async () => {
    const { status, body } = await get('/taxonomy_terms?per_page=1000');
    expect(status).toBe(200);
    expect(body.size).toBe(body.total_items);
    expect(body.total_pages).toBe(1);
  });
});

describe('HSDS cost', () => {
  it('answers with a fixed number of SQL statements, however many records', async () => {
    const statements = async (path: string) => Number((await get(path)).sql);
    // One count and one page query.
    expect(await statements('/services?per_page=1')).toBe(2);
    expect(await statements('/services?per_page=100')).toBe(2);
    expect(await statements('/service_at_locations?per_page=100')).toBe(2);
    expect(await statements('/organizations?per_page=100')).toBe(2);
    // The service, its deliveries, the receptions at their stations, the guidance candidates:
    // the same for nine deliveries (Jyväskylä) as for three (Päijät-Häme).
    const jyvaskyla = await statements(`/services/${serviceId('sosiaaliohjaus-jyvaskyla')}`);
    const paijatHame = await statements(
      `/services/${serviceId('sote-keskuksen-sosiaaliohjaus-paijat-hame')}`,
    );
    expect(jyvaskyla).toBeLessThanOrEqual(4);
    expect(jyvaskyla).toBe(paijatHame);
    expect(await statements(`/organizations/${organizationId('oma-laakarisi')}`)).toBe(2);
    expect(
      await statements(
        `/service_at_locations/${serviceAtStationId('sosiaaliohjaus-jyvaskyla', 'jyvaskyla-1')}`,
      ),
    ).toBeLessThanOrEqual(3);
  });
});

async function get(path: string, cookie?: string) {
  const response = await fetch(`${server.app.url}/hsds${path}`, {
    headers: { connection: 'close', ...(cookie ? { cookie } : {}) },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    sql: response.headers.get('x-sql-statements'),
    body: await response.json(),
  };
}

/** Every list page and every record the lists lead to. */
async function crawl(cookie?: string): Promise<unknown[]> {
  const answers: unknown[] = [];
  for (const list of LISTS) {
    for (let page = 1; ; page++) {
      const { status, body } = await get(`${list}?page=${page}&per_page=100`, cookie);
      expect(status).toBe(200);
      answers.push(body);
      for (const { id } of body.contents) {
        const one = await get(`${list}/${id}`, cookie);
        expect(one.status).toBe(200);
        answers.push(one.body);
      }
      if (body.last_page) break;
    }
  }
  return answers;
}
