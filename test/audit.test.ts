import type { EntityManager } from '@mikro-orm/postgresql';
import { categoryId, receptionId, regionId, SEED } from '../seeds/ids';
import { requestContext } from '../server/src/common/request-context';
import { AuditAction, AuditEvent } from '../server/src/modules/audit/audit-event.entity';
import { Role, type SessionUser } from '../server/src/modules/auth/role';
import { ScheduleException } from '../server/src/modules/schedule/schedule-exception.entity';
import { Station } from '../server/src/modules/station/station.entity';
import { startTestServer, TestServer } from './support/test-server';

type Client = Awaited<ReturnType<TestServer['as']>>;

let server: TestServer;
let national: Client;
beforeAll(async () => {
  server = await startTestServer();
  national = await server.as(Role.NATIONAL_ADMIN);
});
afterAll(() => server?.stop());

const KESKI_SUOMI = regionId('keski-suomi');
const LANSI_UUSIMAA = regionId('lansi-uusimaa');

interface EventRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  region_id: string | null;
  changes: Record<string, { before: any; after: any }>;
  reason: string | null;
}

async function eventsOf(entityId: string): Promise<EventRow[]> {
  return server.sql('select * from audit_event where entity_id = $1 order by at, id', [entityId]);
}

async function countEvents(): Promise<number> {
  const [{ n }] = await server.sql('select count(*)::int as n from audit_event');
  return n;
}

async function municipalityId(code: string): Promise<string> {
  const [row] = await server.sql('select id from municipality where code = $1', [code]);
  return row.id;
}

async function createStation(client: Client, name: string, code = '179', extra: object = {}) {
  const input = { name: { fi: name }, municipalityId: await municipalityId(code), ...extra };
  return (await client.gql(CREATE_STATION, { input })).createStation as {
    id: string;
    version: number;
  };
}

/** Runs ORM work as if inside a request of `user`, as the resolvers do. */
function inRequest<T>(user: SessionUser | null, work: (em: EntityManager) => Promise<T>) {
  const em = server.app.orm.em.fork() as unknown as EntityManager;
  return requestContext.run({ user }, () => em.transactional(work));
}

const sessionUser = (client: Client): SessionUser => ({
  id: client.user.id,
  email: client.user.email,
  role: client.user.role,
  regionId: client.user.regionId,
  counsellorId: null,
});

describe('recording writes', () => {
  it('records nothing for the seeded data or the sign-ins', async () => {
    expect(await countEvents()).toBe(0);
  });

  it('records creating, updating and deleting a station, one event each, with actor, region and fields', async () => {
    const station = await createStation(national, 'Audit Alfa', '179', {
      phone: '+358 14 266 0000',
    });
    const [created, ...more] = await eventsOf(station.id);
    expect(more).toHaveLength(0);
    expect(created).toMatchObject({
      action: 'CREATE',
      entity_type: 'Station',
      entity_id: station.id,
      actor_id: national.user.id,
      actor_email: national.user.email,
      region_id: KESKI_SUOMI,
    });
    expect(created.changes).toMatchObject({
      name: { before: null, after: { fi: 'Audit Alfa', sv: null, en: null } },
      phone: { before: null, after: '+358 14 266 0000' },
      languages: { before: null, after: ['fi'] },
      region: { before: null, after: KESKI_SUOMI },
      active: { before: null, after: true },
    });
    for (const bookkeeping of ['id', 'version', 'createdAt', 'updatedAt', 'streetAddress']) {
      expect(created.changes).not.toHaveProperty(bookkeeping);
    }

    await national.gql(UPDATE_STATION, {
      input: {
        id: station.id,
        version: 1,
        name: { fi: 'Audit Beta', en: 'Audit Beta' },
        phone: '+358 14 266 0000',
        languages: ['fi', 'sv'],
        latitude: 62.24,
        longitude: 25.75,
      },
    });
    const updated = (await eventsOf(station.id))[1];
    expect(updated).toMatchObject({ action: 'UPDATE', region_id: KESKI_SUOMI });
    // The phone was sent unchanged: not a change.
    expect(updated.changes).toEqual({
      name: {
        before: { fi: 'Audit Alfa', sv: null, en: null },
        after: { fi: 'Audit Beta', sv: null, en: 'Audit Beta' },
      },
      languages: { before: ['fi'], after: ['fi', 'sv'] },
      latitude: { before: null, after: 62.24 },
      longitude: { before: null, after: 25.75 },
    });

    await national.gql(DELETE_STATION, { id: station.id });
    const events = await eventsOf(station.id);
    expect(events.map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    expect(events[2]).toMatchObject({ actor_id: national.user.id, region_id: KESKI_SUOMI });
    expect(events[2].changes).toMatchObject({
      name: { before: { fi: 'Audit Beta', sv: null, en: 'Audit Beta' }, after: null },
      latitude: { before: 62.24, after: null },
    });
  });

  it('leaves no event for a stale version, an invalid input or a refused write', async () => {
    const station = await createStation(national, 'Audit Gamma');
    await national.gql(UPDATE_STATION, {
      input: { id: station.id, version: 1, phone: '+358 9 1' },
    });
    const before = await countEvents();

    const stale = await national.gqlError(UPDATE_STATION, {
      input: { id: station.id, version: 1, phone: '+358 9 123 4567' },
    });
    expect(stale.extensions.code).toBe('CONFLICT');
    const invalid = await national.gqlError(UPDATE_STATION, {
      input: { id: station.id, version: 2, phone: 'not a phone' },
    });
    expect(invalid.extensions.code).toBe('BAD_USER_INPUT');
    // A domain rule checked by the service, inside the transaction.
    const half = await national.gqlError(UPDATE_STATION, {
      input: { id: station.id, version: 2, latitude: 62.2 },
    });
    expect(half.extensions.code).toBe('BAD_USER_INPUT');
    const professional = await server.as(Role.PROFESSIONAL);
    const refused = await professional.gqlError(DELETE_STATION, { id: station.id });
    expect(refused.extensions.code).toBe('FORBIDDEN');

    expect(await countEvents()).toBe(before);
  });

  it('leaves no event when the database refuses the write it belongs to', async () => {
    const before = await countEvents();
    // The unique code is checked by the database, in the flush that also inserts the event.
    const error = await national.gqlError(CREATE_REGION, {
      input: { code: 'keski-suomi', name: { fi: 'Toinen Keski-Suomi' } },
    });
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { code: expect.any(Array) },
    });
    expect(await countEvents()).toBe(before);
  });

  it('writes the events in the transaction of the write: a rollback after the flush removes both', async () => {
    const before = await countEvents();
    const name = 'Audit rolled back';
    await expect(
      inRequest(sessionUser(national), async (em) => {
        const station = await em.findOneOrFail(Station, SEED.stations.asikkala);
        station.phone = '+358 3 123 4567';
        await em.flush();
        const [{ n }] = await em
          .getConnection()
          .execute(
            'select count(*)::int as n from audit_event',
            [],
            'all',
            em.getTransactionContext(),
          );
        expect(n).toBe(before + 1); // inside the transaction, the event is there
        throw new Error(name);
      }),
    ).rejects.toThrow(name);
    expect(await countEvents()).toBe(before);
    const [station] = await server.sql('select phone from station where id = $1', [
      SEED.stations.asikkala,
    ]);
    expect(station.phone).not.toBe('+358 3 123 4567');
  });

  it('records nothing for writes outside a request, such as seeding and scripts', async () => {
    const before = await countEvents();
    const em = server.app.orm.em.fork();
    const station = await em.findOneOrFail(Station, SEED.stations.hollola);
    station.phone = '+358 3 765 4321';
    await em.flush();
    expect(await countEvents()).toBe(before);
  });

  it('does not describe again a record whose writer added its own event in the flush', async () => {
    const id = SEED.stations.padasjoki;
    await inRequest(sessionUser(national), async (em) => {
      const station = await em.findOneOrFail(Station, id);
      station.phone = '+358 3 111 2222';
      em.create(AuditEvent, {
        actorId: national.user.id,
        action: AuditAction.UPDATE,
        entityType: 'Station',
        entityId: id,
        regionId: station.region.id,
        changes: { phoneChanged: { before: false, after: true } },
        reason: 'written by hand',
      });
    });
    const events = await eventsOf(id);
    expect(events.map((e) => e.reason)).toEqual(['written by hand']);
  });

  it('records replacing opening hours as one update of the owner, with the hours before and after', async () => {
    const id = SEED.stations.lohjaKeskusta;
    const { station } = await national.gql(STATION_HOURS, { id });
    expect(station.schedule).not.toBeNull();
    const before = await countEvents();

    const schedule = {
      holidayPolicy: 'CLOSED_ON_HOLIDAYS_AND_EVES',
      rules: [{ weekdays: [1, 3], opens: '08:00', closes: '15:30' }],
      exceptions: [{ startDate: '2027-06-01', endDate: '2027-06-02', reason: { fi: 'Remontti' } }],
    };
    await national.gql(SET_STATION_SCHEDULE, { input: { id, version: station.version, schedule } });

    expect(await countEvents()).toBe(before + 1);
    const event = (await eventsOf(id)).at(-1)!;
    expect(event).toMatchObject({
      action: 'UPDATE',
      entity_type: 'Station',
      region_id: LANSI_UUSIMAA,
      actor_id: national.user.id,
    });
    expect(Object.keys(event.changes)).toEqual(['schedule']);
    const { before: old, after: now } = event.changes.schedule;
    expect(old.summary).toEqual(station.hoursSummary);
    expect(old.exceptions.map((e: any) => e.startDate)).toEqual(
      station.schedule.exceptions.map((e: any) => e.startDate),
    );
    expect(now).toEqual({
      alwaysOpen: false,
      holidayPolicy: 'CLOSED_ON_HOLIDAYS_AND_EVES',
      rules: [
        {
          weekdays: [1, 3],
          opens: '08:00',
          closes: '15:30',
          overMidnight: false,
          interval: 1,
          anchorDate: null,
          nthOfMonth: null,
          validFrom: null,
          validTo: null,
        },
      ],
      exceptions: [
        {
          startDate: '2027-06-01',
          endDate: '2027-06-02',
          closed: true,
          opens: null,
          closes: null,
          overMidnight: false,
          reason: { fi: 'Remontti', sv: null, en: null },
        },
      ],
      summary: { fi: 'ma, ke 8.00-15.30', sv: expect.any(String), en: expect.any(String) },
    });

    // Removing the hours: one more event, from those hours to none.
    const { station: again } = await national.gql(STATION_HOURS, { id });
    await national.gql(SET_STATION_SCHEDULE, {
      input: { id, version: again.version, schedule: null },
    });
    const removed = (await eventsOf(id)).at(-1)!;
    expect(removed.changes).toEqual({ schedule: { before: now, after: null } });
    expect(await countEvents()).toBe(before + 2);
  });

  it('records hours changed in place on their owner', async () => {
    const id = SEED.stations.lohjaKeskusta;
    await national.gql(SET_STATION_SCHEDULE, {
      input: {
        id,
        version: (await national.gql(STATION_HOURS, { id })).station.version,
        schedule: {
          rules: [{ weekdays: [2], opens: '09:00', closes: '12:00' }],
          exceptions: [
            { startDate: '2027-01-02', endDate: '2027-01-02', reason: { fi: 'Kiinni' } },
          ],
        },
      },
    });
    const before = await countEvents();
    // No API edits an exception in place today; the trail must still name the owner.
    await inRequest(sessionUser(national), async (em) => {
      const [row] = await em
        .getConnection()
        .execute(
          'select e.id from schedule_exception e join station s on s.schedule_id = e.schedule_id where s.id = ?',
          [id],
          'all',
          em.getTransactionContext(),
        );
      const exception = await em.findOneOrFail(ScheduleException, row.id);
      exception.endDate = '2027-01-03';
    });
    expect(await countEvents()).toBe(before + 1);
    const event = (await eventsOf(id)).at(-1)!;
    expect(event).toMatchObject({
      action: 'UPDATE',
      entity_type: 'Station',
      region_id: LANSI_UUSIMAA,
    });
    const { before: old, after: now } = event.changes.schedule;
    expect(old.exceptions[0].endDate).toBe('2027-01-02');
    expect(now.exceptions[0].endDate).toBe('2027-01-03');
    expect(now.rules).toEqual(old.rules);
  });

  it('records a change of categories as one update of the service with the ids before and after', async () => {
    const { services } = await national.gql(`{ services(page: { limit: 1 }) { items { id } } }`);
    const id = services.items[0].id;
    const { service } = await national.gql(SERVICE, { id });
    const old = service.categories.map((c: { id: string }) => c.id).sort();
    const debt = categoryId('finances.debt');
    const housing = categoryId('housing');
    const before = await countEvents();

    await national.gql(UPDATE_SERVICE, {
      input: { id, version: service.version, categoryIds: [housing, debt] },
    });

    expect(await countEvents()).toBe(before + 1);
    const event = (await eventsOf(id)).at(-1)!;
    expect(event).toMatchObject({ action: 'UPDATE', entity_type: 'Service' });
    expect(event.region_id).not.toBeNull();
    expect(event.changes).toEqual({
      categories: { before: old, after: [debt, housing].sort() },
    });
  });

  it('finds the region of a record through its station when it has none of its own', async () => {
    const id = receptionId('lohja', 'lohja-keskusta');
    const { reception } = await national.gql(`{ reception(id: "${id}") { version free } }`);
    await national.gql(UPDATE_RECEPTION, {
      input: { id, version: reception.version, free: !reception.free },
    });
    const event = (await eventsOf(id)).at(-1)!;
    expect(event).toMatchObject({
      action: 'UPDATE',
      entity_type: 'Reception',
      region_id: LANSI_UUSIMAA,
      changes: { free: { before: reception.free, after: !reception.free } },
    });
  });

  it('records users without their password hash', async () => {
    const email = 'audit-user@example.test';
    const { createUser } = await national.gql(CREATE_USER, {
      input: {
        email,
        name: 'Audit User',
        role: 'PROFESSIONAL',
        regionId: KESKI_SUOMI,
        password: 'a-long-enough-password-1',
      },
    });
    await national.gql(UPDATE_USER, {
      input: {
        id: createUser.id,
        version: createUser.version,
        name: 'Audit User Renamed',
        password: 'another-long-password-2',
      },
    });
    const events = await eventsOf(createUser.id);
    expect(events.map((e) => [e.action, e.entity_type, e.region_id])).toEqual([
      ['CREATE', 'User', KESKI_SUOMI],
      ['UPDATE', 'User', KESKI_SUOMI],
    ]);
    expect(events[0].changes).toMatchObject({
      email: { before: null, after: email },
      role: { before: null, after: 'PROFESSIONAL' },
      passwordChanged: { before: false, after: true },
    });
    expect(events[1].changes).toEqual({
      name: { before: 'Audit User', after: 'Audit User Renamed' },
      passwordChanged: { before: false, after: true },
    });
    const stored = JSON.stringify(events);
    expect(stored).not.toMatch(/argon2|passwordHash|long-enough|long-password/);
  });
});

describe('the audit table is append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    expect(await countEvents()).toBeGreaterThan(0);
    await expect(server.sql(`update audit_event set actor_email = 'someone@else'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(server.sql('delete from audit_event')).rejects.toThrow(/append-only/);
    await expect(server.sql('truncate audit_event')).rejects.toThrow(/append-only/);
    const [{ n }] = await server.sql(
      `select count(*)::int as n from audit_event where actor_email = 'someone@else'`,
    );
    expect(n).toBe(0);
  });

  it('has no mutation that touches audit events', async () => {
    const { __schema } = await national.gql(`{ __schema { mutationType { fields { name } } } }`);
    const names: string[] = __schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(names.filter((name) => /audit/i.test(name))).toEqual([]);
  });
});

describe('reading the trail', () => {
  let ownStation: string;
  let otherStation: string;
  beforeAll(async () => {
    ownStation = (await createStation(national, 'Audit Keski-Suomi', '179')).id;
    otherStation = (
      await createStation(national, 'Audit Länsi-Uusimaa', '444', {
        name: { fi: 'Audit Länsi-Uusimaa', sv: 'Audit Västra Nyland' },
      })
    ).id;
  });

  it('lists every event to a national administrator, newest first, with filters', async () => {
    const { auditEvents: all } = await national.gql(LIST, { page: { limit: 100 } });
    expect(all.total).toBe(await countEvents());
    const times = all.items.map((e: { at: string }) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const { auditEvents: one } = await national.gql(LIST, {
      filter: { entityType: 'Station', entityId: otherStation, action: 'CREATE' },
    });
    expect(one.total).toBe(1);
    expect(one.items[0]).toMatchObject({
      action: 'CREATE',
      entityType: 'Station',
      entityId: otherStation,
      actorId: national.user.id,
      actorEmail: national.user.email,
      regionId: LANSI_UUSIMAA,
    });
    expect(one.items[0].changes.name.after.fi).toBe('Audit Länsi-Uusimaa');

    const { auditEvents: byActor } = await national.gql(LIST, {
      filter: { actorId: national.user.id, regionId: KESKI_SUOMI },
      page: { limit: 100 },
    });
    expect(byActor.items.length).toBeGreaterThan(0);
    expect(
      byActor.items.every((e: any) => e.actorId === national.user.id && e.regionId === KESKI_SUOMI),
    ).toBe(true);

    const at = one.items[0].at;
    const window = await national.gql(LIST, {
      filter: { entityId: otherStation, from: at, to: at },
    });
    expect(window.auditEvents.total).toBe(1);
    const later = await national.gql(LIST, {
      filter: { entityId: otherStation, from: new Date(Date.parse(at) + 1000).toISOString() },
    });
    expect(later.auditEvents.total).toBe(0);
    const backwards = await national.gqlError(LIST, {
      filter: { from: at, to: new Date(Date.parse(at) - 1000).toISOString() },
    });
    expect(backwards.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { to: expect.any(Array) },
    });
  });

  it("shows a region administrator only their own region's events", async () => {
    const admin = await server.as(Role.REGION_ADMIN, { region: 'keski-suomi' });
    const { auditEvents } = await admin.gql(LIST, { page: { limit: 100 } });
    const [{ n }] = await server.sql(
      'select count(*)::int as n from audit_event where region_id = $1',
      [KESKI_SUOMI],
    );
    expect(auditEvents.total).toBe(n);
    expect(auditEvents.items.every((e: any) => e.regionId === KESKI_SUOMI)).toBe(true);
    expect(auditEvents.items.map((e: any) => e.entityId)).toContain(ownStation);

    const other = await admin.gql(LIST, { filter: { entityId: otherStation } });
    expect(other.auditEvents).toEqual({ items: [], total: 0 });
    const own = await admin.gql(LIST, { filter: { regionId: KESKI_SUOMI } });
    expect(own.auditEvents.total).toBe(n);
    const refused = await admin.gqlError(LIST, { filter: { regionId: LANSI_UUSIMAA } });
    expect(refused.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses counsellors, health professionals and anonymous callers', async () => {
    for (const role of [Role.COUNSELLOR, Role.PROFESSIONAL]) {
      const user = await server.as(role);
      expect((await user.gqlError(LIST)).extensions.code).toBe('FORBIDDEN');
    }
    expect((await server.gqlError(LIST)).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('costs the same few SQL statements however many events a page holds', async () => {
    const statements = async (limit: number) => {
      const response = await national.post(LIST, { page: { limit } });
      const body = await response.json();
      expect(body.data.auditEvents.items.length).toBe(Math.min(limit, body.data.auditEvents.total));
      return Number(response.headers.get('x-sql-statements'));
    };
    const small = await statements(2);
    const large = await statements(100);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(5);
  });
});

const CREATE_STATION = `mutation ($input: CreateStationInput!) {
  createStation(input: $input) { id version }
}`;
const UPDATE_STATION = `mutation ($input: UpdateStationInput!) {
  updateStation(input: $input) { id version }
}`;
const DELETE_STATION = `mutation ($id: ID!) { deleteStation(id: $id) }`;
const CREATE_REGION = `mutation ($input: CreateRegionInput!) { createRegion(input: $input) { id } }`;
const STATION_HOURS = `query ($id: ID!) {
  station(id: $id) {
    version
    hoursSummary { fi sv en }
    schedule { exceptions { startDate } }
  }
}`;
const SET_STATION_SCHEDULE = `mutation ($input: SetScheduleInput!) {
  setStationSchedule(input: $input) { id version }
}`;
const SERVICE = `query ($id: ID!) { service(id: $id) { version categories { id } } }`;
const UPDATE_SERVICE = `mutation ($input: UpdateServiceInput!) {
  updateService(input: $input) { id version }
}`;
const UPDATE_RECEPTION = `mutation ($input: UpdateReceptionInput!) {
  updateReception(input: $input) { id version }
}`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id version } }`;
const UPDATE_USER = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id version } }`;
const LIST = `query ($filter: AuditEventFilter, $page: PageInput) {
  auditEvents(filter: $filter, page: $page) {
    total
    items { id at actorId actorEmail action entityType entityId regionId changes reason }
  }
}`;
