import { buildClientSchema, getIntrospectionQuery, getNamedType, isObjectType } from 'graphql';
import { captureLogs, logger } from '../server/src/logger';
import { PERSONAL_FIELDS } from '../server/src/modules/referral/personal-fields';
import { startTestServer, TestServer } from './support/test-server';
import {
  act,
  CLIENT,
  consultationInput,
  KESKI_SUOMI,
  MESSAGE,
  Parties,
  referralInput,
  send,
  signInParties,
} from './referral-helpers';

let server: TestServer;
let p: Parties;
beforeAll(async () => {
  server = await startTestServer();
  p = await signInParties(server);
});
afterAll(() => server?.stop());

const PERSONAL_VALUES = [CLIENT.name, CLIENT.phone, CLIENT.contactTimes, MESSAGE];

const reads = (referralId: string) =>
  server.sql(
    `select actor_id, actor_email, entity_type, region_id, reason, changes, at
       from audit_event where action = 'READ' and entity_id = $1 order by at`,
    [referralId],
  );

describe('the public API', () => {
  it('cannot reach referrals or statistics by any query or mutation', async () => {
    const referral = await send(p.professional, referralInput());
    for (const query of [
      `{ referrals { total } }`,
      `{ referral(id: "${referral.id}") { id } }`,
      `{ referralUnreadCount }`,
      `{ contactRecords { total } }`,
      `{ contactStatistics(filter: { from: "2025-01-01", to: "2025-12-31" }) { total } }`,
      `mutation { receiveReferral(input: { id: "${referral.id}", version: 1 }) { id } }`,
    ]) {
      const error = await server.gqlError(query);
      expect([query, error.extensions.code]).toEqual([query, 'UNAUTHENTICATED']);
    }
  });

  it('has no field that leads from the directory to a referral or a contact record', async () => {
    const { data } = await (await p.nationalAdmin.post(getIntrospectionQuery())).json();
    const schema = buildClientSchema(data);
    const paths: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const target = getNamedType(field.type).name;
        if (
          /^(Referral|ReferralList|ContactRecord|ContactRecordList|ContactStatistics)$/.test(target)
        ) {
          paths.push(`${type.name}.${field.name}`);
        }
      }
    }
    // Only the root fields, each of which refuses anonymous requests (above), and the items of
    // the lists they return.
    const other = paths.filter(
      (path) => !/^(Query|Mutation)\.|^(Referral|ContactRecord)List\.items$/.test(path),
    );
    expect(other).toEqual([]);
    expect(paths).toEqual(expect.arrayContaining(['Query.referral', 'Query.referrals']));
  });

  it('marks every referral response private and not to be stored', async () => {
    const response = await p.counsellor.post(`query Inbox { referrals { total } }`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const anonymous = await server.post(`query Inbox { referrals { total } }`);
    expect(anonymous.headers.get('cache-control')).toBe('no-store');
    const stats = await p.regionAdmin.post(
      `{ contactStatistics(filter: { from: "2025-01-01", to: "2025-12-31" }) { total } }`,
    );
    expect(stats.headers.get('cache-control')).toBe('no-store');
  });
});

describe('who sees a referral', () => {
  it('not another professional, another region’s administrator or another counsellor', async () => {
    const referral = await send(p.professional, referralInput());
    for (const outsider of [p.otherProfessional, p.otherRegionAdmin, p.otherCounsellor]) {
      expect((await outsider.gql(SHOW, { id: referral.id })).referral).toBeNull();
      const ids = (await outsider.gql(LIST)).referrals.items.map((r: { id: string }) => r.id);
      expect(ids).not.toContain(referral.id);
      const error = await outsider.gqlError(
        `mutation { cancelReferral(input: { id: "${referral.id}", version: 1 }) { id } }`,
      );
      expect(error.extensions.code).toBe('NOT_FOUND');
    }
    expect(await reads(referral.id)).toEqual([]);
  });

  it('the sender, the receiving counsellor and the region administrator, with the client', async () => {
    const referral = await send(p.professional, referralInput());
    for (const party of [p.professional, p.counsellor, p.regionAdmin]) {
      const { referral: seen } = await party.gql(SHOW, { id: referral.id });
      expect(seen).toMatchObject({ client: CLIENT, message: MESSAGE });
    }
  });

  it('a national administrator: that it exists, but not who it is about', async () => {
    const referral = await send(p.professional, referralInput());
    await act(p.counsellor, 'RECEIVE', referral);
    await p.counsellor.gql(
      `mutation { markReferralContacted(input: { id: "${referral.id}", version: 2, note: "Soitettu" }) { id } }`,
    );
    const { referral: seen } = await p.nationalAdmin.gql(SHOW, { id: referral.id });
    expect(seen).toMatchObject({
      id: referral.id,
      status: 'CONTACTED',
      client: null,
      message: null,
    });
    expect(seen.events.map((e: { note: string | null }) => e.note)).toEqual([null, null, null]);
    expect(await reads(referral.id)).toEqual([]);
    const error = await p.nationalAdmin.gqlError(
      `mutation { cancelReferral(input: { id: "${referral.id}", version: 3 }) { id } }`,
    );
    expect(error.extensions.code).toBe('FORBIDDEN');
  });
});

describe('the access log', () => {
  it('records every read of personal data: who, when, which referral and why', async () => {
    const referral = await send(p.professional, referralInput());
    await p.counsellor.gql(SHOW, { id: referral.id });
    const rows = await reads(referral.id);
    expect(rows).toEqual([
      expect.objectContaining({
        actor_id: p.counsellor.user.id,
        actor_email: p.counsellor.user.email,
        entity_type: 'Referral',
        region_id: KESKI_SUOMI,
        reason: 'query ReferralShow: referral; read client, message',
        changes: {},
      }),
    ]);
  });

  it('writes nothing when no personal field is asked for', async () => {
    const referral = await send(p.professional, referralInput());
    await p.counsellor.gql(
      `query Status($id: ID!) { referral(id: $id) { status topics { code } } }`,
      {
        id: referral.id,
      },
    );
    expect(await reads(referral.id)).toEqual([]);
  });

  it('writes one row per referral, in one statement, when a list shows the clients', async () => {
    const sent = [];
    for (let i = 0; i < 3; i++) sent.push(await send(p.otherProfessional, referralInput()));
    const response = await p.otherProfessional.post(
      `query SentView { referrals(filter: { box: SENT }) { items { id client { name } } } }`,
    );
    expect((await response.json()).data.referrals.items).toHaveLength(3);
    const rows = await server.sql(
      `select entity_id, at, reason from audit_event where action = 'READ' and actor_id = $1`,
      [p.otherProfessional.user.id],
    );
    expect(rows.map((row) => row.entity_id).sort()).toEqual(sent.map((r) => r.id).sort());
    expect(new Set(rows.map((row) => row.at.toISOString())).size).toBe(1);
    expect(rows[0].reason).toBe('query SentView: referrals; read client');
  });

  it('names the mutation as the reason when a change returns personal data', async () => {
    const referral = await send(p.professional, referralInput());
    await p.counsellor.gql(
      `mutation Receive($input: ReferralTransitionInput!) {
        receiveReferral(input: $input) { id client { phone } events { note } }
      }`,
      { input: { id: referral.id, version: 1, note: 'Otettu vastaan' } },
    );
    const [row] = await reads(referral.id);
    expect(row.reason).toBe('mutation Receive: receiveReferral; read client, events.note');
  });
});

describe('when the access log cannot be written', () => {
  it('withholds the personal data: the whole response becomes an error', async () => {
    const referral = await send(p.professional, referralInput());
    await server.sql(
      `alter table audit_event add constraint test_no_reads check (action <> 'READ') not valid`,
    );
    const lines: string[] = [];
    const restore = captureLogs((line) => lines.push(line));
    try {
      const response = await p.counsellor.post(
        `query ReferralShow { referral(id: "${referral.id}") { client { name } } }`,
      );
      const body = await response.json();
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(body)).not.toContain(CLIENT.name);
    } finally {
      restore();
      await server.sql(`alter table audit_event drop constraint test_no_reads`);
    }
    expect(lines.join('\n')).toContain('access log not written');
    expect(lines.join('\n')).not.toContain(CLIENT.name);
  });
});

describe('no personal data leaks', () => {
  it('into the audit trail: referral writes name their personal fields, never their values', async () => {
    const referral = await send(p.professional, referralInput());
    await act(p.counsellor, 'RECEIVE', referral);
    await p.counsellor.gql(
      `mutation { declineReferral(input: { id: "${referral.id}", version: 2, reason: "${CLIENT.name} ei tarvitse" }) { id } }`,
    );
    const rows = await server.sql(
      `select action, entity_type, changes::text as changes from audit_event
        where action <> 'READ' and (entity_id = $1 or entity_type = 'ReferralEvent')`,
      [referral.id],
    );
    const created = rows.find((row) => row.entity_type === 'Referral' && row.action === 'CREATE');
    // Fails until the audit subscriber records referral writes.
    expect(created).toBeDefined();
    for (const field of PERSONAL_FIELDS.Referral) expect(created!.changes).toContain(field);
    const text = JSON.stringify(rows);
    for (const value of PERSONAL_VALUES) expect(text).not.toContain(value);
    expect(text).not.toContain('ei tarvitse');
  });

  it('into error messages', async () => {
    const badPhone = await p.professional.gqlError(SEND, {
      input: referralInput({ client: { ...CLIENT, phone: `soita ${CLIENT.name}` } }),
    });
    expect(badPhone.extensions.fields).toHaveProperty(['client.phone']);
    const badType = await p.professional.gqlError(SEND, {
      input: referralInput({ client: { ...CLIENT, name: [CLIENT.name] } }),
    });
    const longName = await p.professional.gqlError(SEND, {
      input: referralInput({ client: { ...CLIENT, name: CLIENT.name.repeat(20) } }),
    });
    for (const error of [badPhone, badType, longName]) {
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(error)).not.toContain(CLIENT.name);
    }
  });

  it('into the server log over a whole referral flow, errors included', async () => {
    const lines: string[] = [];
    const restore = captureLogs((line) => lines.push(line));
    const level = logger.level;
    logger.level = 'trace';
    try {
      const referral = await send(p.professional, referralInput());
      const consultation = await send(p.professional, consultationInput());
      await p.counsellor.gql(SHOW, { id: referral.id });
      let step = (await act(p.counsellor, 'RECEIVE', referral)).receiveReferral;
      step = (await act(p.counsellor, 'CONTACT', step, { note: CLIENT.phone }))
        .markReferralContacted;
      await act(p.counsellor, 'COMPLETE', step);
      await act(p.professional, 'CONVERT', consultation);
      await p.professional.gqlError(SEND, { input: referralInput({ consent: null }) });
      await p.professional.gqlError(SEND, {
        input: referralInput({ client: { ...CLIENT, phone: CLIENT.name } }),
      });
      await p.professional.gqlError(SEND, { input: { ...referralInput(), unknown: CLIENT.name } });
      await p.professional.post(`{ referral(id: "${CLIENT.name}") { id } }`);
      // An unexpected database error: its driver message would quote the INSERT with its values.
      await server.sql(`create function test_refuse() returns trigger language plpgsql as
        $$ begin raise exception 'refused by the test'; end $$`);
      await server.sql(`create trigger test_refuse before insert on referral
        for each row execute function test_refuse()`);
      const failed = await p.professional.gqlError(SEND, { input: referralInput() });
      expect(failed.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      logger.level = level;
      restore();
      await server.sql(`drop trigger if exists test_refuse on referral`);
      await server.sql(`drop function if exists test_refuse()`);
    }
    const log = lines.join('\n');
    expect(log).toContain('unexpected error');
    for (const value of [CLIENT.name, CLIENT.phone, MESSAGE, CLIENT.contactTimes]) {
      expect(log).not.toContain(value);
    }
  });
});

const SEND = `mutation Send($input: SendReferralInput!) { sendReferral(input: $input) { id } }`;
const SHOW = `query ReferralShow($id: ID!) {
  referral(id: $id) { id status client { name phone language contactTimes } message events { note } }
}`;
const LIST = `query ReferralList { referrals(page: { limit: 100 }) { items { id } } }`;
