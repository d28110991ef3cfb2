import { categoryId, regionId, stationId } from '../seeds/ids';
import { startTestServer, TestServer } from './support/test-server';
import { Parties, signInParties } from './referral-helpers';

let server: TestServer;
let p: Parties;
beforeAll(async () => {
  server = await startTestServer();
  p = await signInParties(server);
});
afterAll(() => server?.stop());

const CONTACT = {
  date: '2025-02-14',
  stationId: stationId('jyvaskyla-2'),
  channel: 'HOME_VISIT',
  topicIds: [categoryId('housing'), categoryId('loneliness')],
  ageGroup: 'AGE_65_PLUS',
  referredBy: 'SELF',
};

describe('recording an anonymous contact', () => {
  it('takes a few fields, none personal, and adds to the statistics of its month and topics', async () => {
    const { recordContact: record } = await p.counsellor.gql(RECORD, { input: CONTACT });
    expect(record).toMatchObject({
      date: '2025-02-14',
      station: { id: stationId('jyvaskyla-2') },
      channel: 'HOME_VISIT',
      ageGroup: 'AGE_65_PLUS',
      referredBy: 'SELF',
      source: null,
    });
    expect(record.topics.map((t: { code: string }) => t.code).sort()).toEqual([
      'housing',
      'loneliness',
    ]);
    const [stored] = await server.sql(
      `select region_id, recorded_by_id from contact_record where id = $1`,
      [record.id],
    );
    expect(stored).toEqual({
      region_id: regionId('keski-suomi'),
      recorded_by_id: p.counsellor.user.id,
    });

    const { contactStatistics: stats } = await p.regionAdmin.gql(STATS, {
      filter: { from: '2025-02-01', to: '2025-02-28' },
    });
    expect(stats.total).toBe(21);
    const topics = Object.fromEntries(stats.byTopic.map((t: any) => [t.topic.code, t.count]));
    expect(topics).toMatchObject({ housing: 3, loneliness: 1 });
    expect(stats.byChannel).toContainEqual({ channel: 'HOME_VISIT', count: 1 });
  });

  it('is for counsellors and administrators, at a station of their region, not in the future', async () => {
    expect((await p.professional.gqlError(RECORD, { input: CONTACT })).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await server.gqlError(RECORD, { input: CONTACT })).extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const elsewhere = await p.otherCounsellor.gqlError(RECORD, { input: CONTACT });
    expect(elsewhere.extensions.fields).toHaveProperty('stationId');
    const future = await p.counsellor.gqlError(RECORD, {
      input: { ...CONTACT, date: '2099-01-01' },
    });
    expect(future.extensions.fields).toHaveProperty('date');
    const noTopic = await p.counsellor.gqlError(RECORD, { input: { ...CONTACT, topicIds: [] } });
    expect(noTopic.extensions.fields).toHaveProperty('topicIds');
  });
});

describe('contact records', () => {
  it("list a counsellor's own, a region administrator's region, and may be deleted by them", async () => {
    const { recordContact: mine } = await p.counsellor.gql(RECORD, {
      input: { ...CONTACT, date: '2025-03-03' },
    });
    const own = await p.counsellor.gql(LIST, { filter: { from: '2025-03-03', to: '2025-03-03' } });
    expect(own.contactRecords.items.map((r: { id: string }) => r.id)).toEqual([mine.id]);
    const region = await p.regionAdmin.gql(LIST, {
      filter: { from: '2025-03-01', to: '2025-03-31' },
    });
    expect(region.contactRecords.total).toBe(21);
    const other = await p.otherRegionAdmin.gql(LIST, {});
    expect(other.contactRecords.total).toBe(0);

    const refused = await p.otherRegionAdmin.gqlError(DELETE, { id: mine.id });
    expect(refused.extensions.code).toBe('NOT_FOUND');
    expect((await p.counsellor.gql(DELETE, { id: mine.id })).deleteContactRecord).toBe(true);
    expect(await server.sql(`select id from contact_record where id = $1`, [mine.id])).toEqual([]);
  });
});

const RECORD = `mutation Record($input: RecordContactInput!) {
  recordContact(input: $input) {
    id date channel ageGroup referredBy source station { id } topics { code }
  }
}`;
const LIST = `query Contacts($filter: ContactRecordFilter) {
  contactRecords(filter: $filter, page: { limit: 100 }) { total items { id } }
}`;
const DELETE = `mutation Delete($id: ID!) { deleteContactRecord(id: $id) }`;
const STATS = `query Statistics($filter: ContactStatisticsFilter!) {
  contactStatistics(filter: $filter) {
    total byTopic { topic { code } count } byChannel { channel count }
  }
}`;
