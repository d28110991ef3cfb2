import { randomUUID } from 'node:crypto';
import { useAdminServer } from './support/admin-server';
import { sqlFixtures } from './support/fixtures';

const { server, admin } = useAdminServer();
const { insertStation, insertOrganization, insertCounsellor, insertReception } = sqlFixtures(
  server.sql,
);
let stationId: string;
let serviceAtStationId: string;
let receptionId: string;

beforeAll(async () => {
  ({ stationId, serviceAtStationId, receptionId } = await insertOwners());
});

const WEEKDAYS_8_16 = { weekdays: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00' };
const CHRISTMAS = {
  startDate: '2026-12-24',
  endDate: '2026-12-26',
  closed: true,
  reason: { fi: 'Joulu', sv: 'Jul', en: 'Christmas' },
};

describe('station opening hours', () => {
  it('stores a schedule, bumps the version and answers the hours of a Christmas week', async () => {
    const set = await admin.gql(SET_STATION, {
      input: {
        id: stationId,
        version: 1,
        schedule: { rules: [WEEKDAYS_8_16], exceptions: [CHRISTMAS] },
      },
    });
    expect(set.setStationSchedule.version).toBe(2);
    const { station } = await admin.gql(STATION_HOURS, {
      id: stationId,
      from: '2026-12-21',
      to: '2026-12-27',
    });
    const byDate = Object.fromEntries(station.openingHours.map((d: any) => [d.date, d]));
    // Mon 21.12.2026 is an ordinary weekday in winter time (+02:00).
    expect(byDate['2026-12-21'].intervals).toEqual([
      { start: '2026-12-21T08:00:00+02:00', end: '2026-12-21T16:00:00+02:00' },
    ]);
    // Thu 24.12 and Fri 25.12 fall in the closure; the reason is given in three languages.
    expect(byDate['2026-12-24']).toMatchObject({
      closed: true,
      closedReason: { kind: 'EXCEPTION', text: { fi: 'Joulu', sv: 'Jul', en: 'Christmas' } },
    });
    expect(byDate['2026-12-25'].closed).toBe(true);
    // The weekend has no rule: closed without a reason.
    expect(byDate['2026-12-26'].closed).toBe(true);
    expect(byDate['2026-12-27']).toMatchObject({ closed: true, closedReason: null });
    expect(station.schedule.rules).toHaveLength(1);
    expect(station.schedule.exceptions[0]).toMatchObject({ startDate: '2026-12-24', closed: true });
    expect(station.hoursSummary).toEqual({
      fi: 'ma-pe 8.00-16.00',
      sv: 'må-fre 8.00-16.00',
      en: 'Mon-Fri 8:00-16:00',
    });
  });

  it('answers isOpen and nextOpening across the closure', async () => {
    const open = await admin.gql(STATION_NOW, {
      id: stationId,
      at: '2026-12-21T10:00:00+02:00',
      after: '2026-12-23T17:00:00+02:00',
    });
    expect(open.station.isOpen).toBe(true);
    // After Wed 23.12 closing, the next opening is Mon 28.12 at 8.
    expect(open.station.nextOpening).toEqual({
      start: '2026-12-28T08:00:00+02:00',
      end: '2026-12-28T16:00:00+02:00',
    });
    const closed = await admin.gql(STATION_NOW, {
      id: stationId,
      at: '2026-12-24T10:00:00+02:00',
      after: '2026-12-21T10:00:00+02:00',
    });
    expect(closed.station.isOpen).toBe(false);
    // Asked while open, nextOpening is the current interval from that moment.
    expect(closed.station.nextOpening.start).toBe('2026-12-21T10:00:00+02:00');
  });

  it('refuses an invalid schedule naming the rule, and changes nothing', async () => {
    const before = await server.sql('select count(*)::int n from schedule_rule');
    const error = await admin.gqlError(SET_STATION, {
      input: {
        id: stationId,
        version: 2,
        schedule: { rules: [{ weekdays: [1], opens: '12:00', closes: '08:00' }] },
      },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields ?? {})).toContain('schedule.rules.0.closes');
    const interval = await admin.gqlError(SET_STATION, {
      input: {
        id: stationId,
        version: 2,
        schedule: { rules: [{ ...WEEKDAYS_8_16, interval: 53 }] },
      },
    });
    expect(Object.keys(interval.extensions.fields ?? {})).toContain('schedule.rules.0.interval');
    expect(await server.sql('select count(*)::int n from schedule_rule')).toEqual(before);
    const [row] = await server.sql('select version from station where id = $1', [stationId]);
    expect(row.version).toBe(2);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const error = await admin.gqlError(SET_STATION, {
      input: { id: stationId, version: 1, schedule: { rules: [] } },
    });
    expect(error.extensions.code).toBe('CONFLICT');
  });

  it('refuses a date that is not a real calendar day, and takes a leap day', async () => {
    for (const from of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-4-1', '1.12.2026']) {
      const error = await admin.gqlError(STATION_HOURS, { id: stationId, from, to: '2026-05-01' });
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/Date must be a calendar date YYYY-MM-DD/);
    }
    const leap = await admin.gql(STATION_HOURS, {
      id: stationId,
      from: '2028-02-29',
      to: '2028-03-01',
    });
    expect(leap.station.openingHours.map((day: any) => day.date)).toEqual([
      '2028-02-29',
      '2028-03-01',
    ]);
  });

  it('refuses a range longer than 366 days or reversed', async () => {
    const long = await admin.gqlError(STATION_HOURS, {
      id: stationId,
      from: '2026-01-01',
      to: '2027-01-02',
    });
    expect(long.extensions.code).toBe('BAD_USER_INPUT');
    expect(long.extensions.fields).toHaveProperty('to');
    const reversed = await admin.gqlError(STATION_HOURS, {
      id: stationId,
      from: '2026-02-01',
      to: '2026-01-01',
    });
    expect(reversed.extensions.code).toBe('BAD_USER_INPUT');
    const fullYear = await admin.gql(STATION_HOURS, {
      id: stationId,
      from: '2028-01-01',
      to: '2028-12-31',
    });
    expect(fullYear.station.openingHours).toHaveLength(366);
  });

  it('removes the hours when the schedule is set to null', async () => {
    const [before] = await server.sql('select count(*)::int n from schedule');
    const { setStationSchedule } = await admin.gql(SET_STATION, {
      input: { id: stationId, version: 2, schedule: null },
    });
    expect(setStationSchedule.version).toBe(3);
    expect(await server.sql('select count(*)::int n from schedule')).toEqual([{ n: before.n - 1 }]);
    expect(await server.sql('select schedule_id from station where id = $1', [stationId])).toEqual([
      { schedule_id: null },
    ]);
    const { station } = await admin.gql(STATION_HOURS, {
      id: stationId,
      from: '2026-12-21',
      to: '2026-12-21',
    });
    expect(station.schedule).toBeNull();
    expect(station.openingHours[0].closed).toBe(true);
    expect(station.hoursSummary.fi).toBe('ei aukioloaikoja');
  });
});

describe('service at a station', () => {
  it('repeats every third week across the year end without restarting in January', async () => {
    await admin.gql(SET_SERVICE_AT_STATION, {
      input: {
        id: serviceAtStationId,
        version: 1,
        schedule: {
          rules: [
            {
              weekdays: [1],
              opens: '09:00',
              closes: '11:00',
              interval: 3,
              anchorDate: '2026-12-14',
            },
          ],
        },
      },
    });
    const { serviceAtStation } = await admin.gql(SAS_HOURS, {
      id: serviceAtStationId,
      from: '2026-12-01',
      to: '2027-01-31',
    });
    const open = serviceAtStation.openingHours
      .filter((d: any) => !d.closed)
      .map((d: any) => d.date);
    // Week 51 of 2026 is on; 2026 has an ISO week 53, so the next are week 1 and week 4 of 2027.
    expect(open).toEqual(['2026-12-14', '2027-01-04', '2027-01-25']);
    expect(serviceAtStation.hoursSummary.fi).toBe('ma 9.00-11.00, joka 3. viikko');
  });
});

describe('reception', () => {
  it('is closed on Easter Monday with the holiday name, open on other Mondays', async () => {
    await admin.gql(SET_RECEPTION, {
      input: {
        id: receptionId,
        version: 1,
        schedule: { rules: [{ weekdays: [1], opens: '08:00', closes: '12:00' }] },
      },
    });
    // Easter Sunday 2027 is 28 March, so Easter Monday is 29 March.
    const { reception } = await admin.gql(RECEPTION_HOURS, {
      id: receptionId,
      from: '2027-03-22',
      to: '2027-04-05',
    });
    const mondays = reception.openingHours.filter((d: any) =>
      ['2027-03-22', '2027-03-29', '2027-04-05'].includes(d.date),
    );
    expect(mondays.map((d: any) => d.closed)).toEqual([false, true, false]);
    expect(mondays[1].closedReason.kind).toBe('HOLIDAY');
    expect(mondays[1].closedReason.text.fi.toLowerCase()).toContain('pääsiäis');
    // DST began on 28 March 2027: the Monday after opens at 8 summer time.
    expect(mondays[2].intervals[0].start).toBe('2027-04-05T08:00:00+03:00');
  });
});

async function insertOwners() {
  const station = await insertStation('Testiasema');
  const organization = await insertOrganization('Testijärjestö');
  const service = randomUUID();
  const sas = randomUUID();
  const common = `1, now(), now()`;
  await server.sql(
    `insert into service (id, version, created_at, updated_at, name_fi, organization_id, sector, target_groups, languages, free, access_modes, area, status)
     values ($1, ${common}, 'Testipalvelu', $2, 'THIRD_SECTOR', '{}', '{fi}', true, '{}', 'STATIONS', 'ACTIVE')`,
    [service, organization],
  );
  await server.sql(
    `insert into service_at_station (id, version, created_at, updated_at, service_id, station_id, active) values ($1, ${common}, $2, $3, true)`,
    [sas, service, station],
  );
  const counsellor = await insertCounsellor('Testi Ohjaaja', 'keski-suomi');
  const reception = await insertReception(counsellor, station);
  return { stationId: station, serviceAtStationId: sas, receptionId: reception };
}

const SCHEDULE = `schedule { holidayPolicy rules { weekdays opens closes interval anchorDate } exceptions { startDate endDate closed reason { fi } } }`;
const DAYS = `openingHours(from: $from, to: $to) { date closed intervals { start end } closedReason { kind text { fi sv en } } }`;
const SET_STATION = `mutation ($input: SetScheduleInput!) { setStationSchedule(input: $input) { id version } }`;
const SET_SERVICE_AT_STATION = `mutation ($input: SetScheduleInput!) { setServiceAtStationSchedule(input: $input) { id version } }`;
const SET_RECEPTION = `mutation ($input: SetScheduleInput!) { setReceptionSchedule(input: $input) { id version } }`;
const STATION_HOURS = `query ($id: ID!, $from: Date!, $to: Date!) { station(id: $id) { ${SCHEDULE} ${DAYS} hoursSummary { fi sv en } } }`;
const STATION_NOW = `query ($id: ID!, $at: DateTime, $after: DateTime) { station(id: $id) { isOpen(at: $at) nextOpening(after: $after) { start end } } }`;
const SAS_HOURS = `query ($id: ID!, $from: Date!, $to: Date!) { serviceAtStation(id: $id) { ${DAYS} hoursSummary { fi } } }`;
const RECEPTION_HOURS = `query ($id: ID!, $from: Date!, $to: Date!) { reception(id: $id) { ${DAYS} } }`;
