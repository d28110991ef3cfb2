import { regionId, stationId } from '../seeds/ids';
import { startTestServer, TestServer } from './support/test-server';
import { act, Parties, referralInput, send, signInParties } from './referral-helpers';

let server: TestServer;
let p: Parties;
beforeAll(async () => {
  server = await startTestServer();
  p = await signInParties(server);
});
afterAll(() => server?.stop());

const YEAR_2025 = { regionId: regionId('keski-suomi'), from: '2025-01-01', to: '2025-12-31' };

const counts = (rows: { count: number }[], key: string) =>
  Object.fromEntries(
    rows.map((row: any) => [
      typeof row[key] === 'object' ? (row[key].code ?? row[key].id) : row[key],
      row.count,
    ]),
  );

describe('contact statistics over the seeded (illustrative) Jyväskylä contacts', () => {
  it('count by topic in the order the Jyväskylä document reports', async () => {
    const { contactStatistics: stats } = await p.regionAdmin.gql(STATS, { filter: YEAR_2025 });
    expect(stats.total).toBe(240);
    expect(stats.region.code).toBe('keski-suomi');
    // Finances and benefits, then rehabilitation and work ability, then housing.
    expect(stats.byTopic.map((t: any) => [t.topic.code, t.count])).toEqual([
      ['finances', 72],
      ['kela-benefits', 60],
      ['rehabilitation', 36],
      ['work-ability', 36],
      ['housing', 24],
      ['mental-health', 12],
    ]);
  });

  it('count by channel, source, age group, station and month', async () => {
    const { contactStatistics: stats } = await p.counsellor.gql(STATS, { filter: YEAR_2025 });
    expect(counts(stats.byChannel, 'channel')).toEqual({
      WALK_IN: 48,
      APPOINTMENT: 96,
      PHONE: 48,
      JOINT_RECEPTION: 24,
      HOME_VISIT: 0,
      CONSULTATION: 24,
    });
    expect(counts(stats.bySource, 'referredBy')).toEqual({
      SELF: 48,
      NURSE: 96,
      DOCTOR: 48,
      OTHER: 48,
    });
    expect(counts(stats.byAgeGroup, 'ageGroup')).toEqual({
      UNDER_25: 30,
      AGE_25_44: 90,
      AGE_45_64: 90,
      AGE_65_PLUS: 30,
    });
    const stations = counts(stats.byStation, 'station');
    for (let n = 1; n <= 6; n++) expect(stations[stationId(`jyvaskyla-${n}`)]).toBe(36);
    for (let n = 1; n <= 3; n++)
      expect(stations[stationId(`oma-laakarisi-jyvaskyla-${n}`)]).toBe(8);
    expect(stats.byMonth).toHaveLength(12);
    expect(stats.byMonth[0]).toEqual({ month: '2025-01', count: 20 });
    expect(stats.byMonth.every((m: { count: number }) => m.count === 20)).toBe(true);
  });

  it('count only the period asked for, every month of it listed', async () => {
    const { contactStatistics: stats } = await p.regionAdmin.gql(STATS, {
      filter: { ...YEAR_2025, from: '2024-11-01', to: '2025-06-30' },
    });
    expect(stats.total).toBe(120);
    expect(stats.byMonth.slice(0, 3)).toEqual([
      { month: '2024-11', count: 0 },
      { month: '2024-12', count: 0 },
      { month: '2025-01', count: 20 },
    ]);
  });

  it('are region-scoped: own region for administrators and counsellors, any for national ones', async () => {
    const other = await p.otherRegionAdmin.gqlError(STATS, { filter: YEAR_2025 });
    expect(other.extensions.code).toBe('FORBIDDEN');
    const own = await p.otherRegionAdmin.gql(STATS, { filter: { ...YEAR_2025, regionId: null } });
    expect(own.contactStatistics).toMatchObject({ total: 0, region: { code: 'lansi-uusimaa' } });
    const national = await p.nationalAdmin.gql(STATS, { filter: { ...YEAR_2025, regionId: null } });
    expect(national.contactStatistics).toMatchObject({ total: 240, region: null });
    const professional = await p.professional.gqlError(STATS, { filter: YEAR_2025 });
    expect(professional.extensions.code).toBe('FORBIDDEN');
    const anonymous = await server.gqlError(STATS, { filter: YEAR_2025 });
    expect(anonymous.extensions.code).toBe('UNAUTHENTICATED');
    const backwards = await p.regionAdmin.gqlError(STATS, {
      filter: { ...YEAR_2025, from: '2025-12-31', to: '2025-01-01' },
    });
    expect(backwards.extensions.fields).toHaveProperty('to');
  });
});

describe('referral figures', () => {
  it('give the volume, the median hours from sending to first contact and the share completed', async () => {
    const hoursToContact = [2, 4, 30];
    const ids: string[] = [];
    for (const [i, hours] of hoursToContact.entries()) {
      let referral = await send(p.professional, referralInput());
      referral = (await act(p.counsellor, 'RECEIVE', referral)).receiveReferral;
      referral = (await act(p.counsellor, 'CONTACT', referral)).markReferralContacted;
      if (i === 0) await act(p.counsellor, 'COMPLETE', referral);
      if (i === 1) await act(p.professional, 'CANCEL', referral);
      await server.sql(
        `update referral set sent_at = '2025-03-10T08:00:00+02:00',
                first_contact_at = timestamptz '2025-03-10T08:00:00+02:00' + make_interval(hours => $2)
          where id = $1`,
        [referral.id, hours],
      );
      ids.push(referral.id);
    }
    const consultation = await send(
      p.professional,
      referralInput({ kind: 'CONSULTATION', consent: null, client: null, message: null }),
    );
    await server.sql(`update referral set sent_at = '2025-03-11T09:00:00+02:00' where id = $1`, [
      consultation.id,
    ]);
    // Periods are Helsinki days: the last evening of 2025 counts, the first night of 2026 does
    // not, although it is still 2025 in UTC.
    const lastEvening = await send(p.professional, referralInput());
    const firstNight = await send(p.professional, referralInput());
    await server.sql(`update referral set sent_at = '2025-12-31T23:30:00+02:00' where id = $1`, [
      lastEvening.id,
    ]);
    await server.sql(`update referral set sent_at = '2026-01-01T00:30:00+02:00' where id = $1`, [
      firstNight.id,
    ]);

    const { contactStatistics: stats } = await p.regionAdmin.gql(STATS, { filter: YEAR_2025 });
    expect(stats.referrals).toEqual({
      total: 5,
      referrals: 4,
      consultations: 1,
      closed: 2,
      completed: 1,
      completedShare: 0.5,
      medianHoursToFirstContact: 4,
    });
    const { contactStatistics: march } = await p.regionAdmin.gql(STATS, {
      filter: { ...YEAR_2025, from: '2025-03-11', to: '2025-03-31' },
    });
    expect(march.referrals).toMatchObject({ total: 1, consultations: 1, completedShare: null });
  });
});

const STATS = `query Statistics($filter: ContactStatisticsFilter!) {
  contactStatistics(filter: $filter) {
    from to total region { code }
    byTopic { topic { code } count }
    byChannel { channel count }
    byStation { station { id } count }
    bySource { referredBy count }
    byAgeGroup { ageGroup count }
    byMonth { month count }
    referrals { total referrals consultations closed completed completedShare medianHoursToFirstContact }
  }
}`;
