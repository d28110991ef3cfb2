import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { regionId } from '../seeds/ids';
import {
  eraseExpiredPersonalData,
  startRetentionJob,
} from '../server/src/modules/referral/retention';
import { startTestServer, TestServer } from './support/test-server';
import {
  act,
  CLIENT,
  consultationInput,
  MESSAGE,
  Parties,
  referralInput,
  send,
  Sent,
  signInParties,
} from './referral-helpers';

let server: TestServer;
let p: Parties;
beforeAll(async () => {
  server = await startTestServer();
  p = await signInParties(server);
});
afterAll(() => server?.stop());

const DAY = 24 * 60 * 60 * 1000;
const YEAR = { regionId: regionId('keski-suomi'), from: '2026-01-01', to: '2027-12-31' };

const personal = (id: string) =>
  server
    .sql(
      `select client_name, client_phone, client_language, client_contact_times, message,
            personal_data_erased_at, status, kind, consent_method, closed_at, version,
            (select array_agg(note order by at) from referral_event where referral_id = r.id) as notes
       from referral r where id = $1`,
      [id],
    )
    .then((rows) => rows[0]);

/** A referral taken through to COMPLETED, with notes on the way; returns it and when it closed. */
async function completed(): Promise<Sent & { closedAt: Date }> {
  let referral = await send(p.professional, referralInput());
  referral = (await act(p.counsellor, 'RECEIVE', referral)).receiveReferral;
  referral = (await act(p.counsellor, 'CONTACT', referral, { note: `Soitettu ${CLIENT.phone}` }))
    .markReferralContacted;
  referral = (await act(p.counsellor, 'COMPLETE', referral)).completeReferral;
  const { closed_at } = await personal(referral.id);
  return { ...referral, closedAt: closed_at };
}

describe('retention', () => {
  it('erases the personal data a retention period after closing, keeping the anonymous record', async () => {
    const referral = await completed();
    const declined = await send(p.professional, referralInput());
    await p.counsellor.gql(
      `mutation { declineReferral(input: { id: "${declined.id}", version: 1, reason: "Ei meille" }) { id } }`,
    );
    const open = await send(p.professional, referralInput());
    const consultation = await send(p.professional, consultationInput());
    await act(p.professional, 'CANCEL', consultation);
    const stats = await p.regionAdmin.gql(STATS, { filter: YEAR });

    // A day before the period is over: nothing happens.
    const early = new Date(referral.closedAt.getTime() + 29 * DAY);
    expect(await eraseExpiredPersonalData(server.app.orm, { retentionDays: 30, now: early })).toBe(
      0,
    );
    expect(await personal(referral.id)).toMatchObject({
      client_name: CLIENT.name,
      message: MESSAGE,
    });

    const later = new Date(referral.closedAt.getTime() + 30 * DAY + 60_000);
    expect(await eraseExpiredPersonalData(server.app.orm, { retentionDays: 30, now: later })).toBe(
      3,
    );

    for (const id of [referral.id, declined.id, consultation.id]) {
      const row = await personal(id);
      expect(row).toMatchObject({
        client_name: null,
        client_phone: null,
        client_language: null,
        client_contact_times: null,
        message: null,
        personal_data_erased_at: later,
      });
      expect(row.notes.slice(0, -1).every((note: string | null) => note === null)).toBe(true);
    }
    // The anonymous record stays: kind, status, consent method, times.
    expect(await personal(referral.id)).toMatchObject({
      kind: 'REFERRAL',
      status: 'COMPLETED',
      consent_method: 'ORAL',
      closed_at: referral.closedAt,
    });
    // An open referral keeps its data however old it is.
    expect(await personal(open.id)).toMatchObject({ client_name: CLIENT.name });

    const { referral: shown } = await p.counsellor.gql(SHOW, { id: referral.id });
    expect(shown).toMatchObject({
      status: 'COMPLETED',
      client: null,
      message: null,
      personalDataErasedAt: expect.any(String),
      outcome: { jointReception: true },
    });
    expect(shown.topics.map((t: { code: string }) => t.code).sort()).toEqual([
      'finances',
      'kela-benefits',
    ]);
    expect(
      shown.events.map((e: { action: string; note: string | null; actor: unknown }) => [
        e.action,
        e.note,
      ]),
    ).toEqual([
      ['SEND', null],
      ['RECEIVE', null],
      ['CONTACT', null],
      ['COMPLETE', null],
      ['ERASE', null],
    ]);
    expect(shown.events[4].actor).toBeNull();

    // The statistics are the same as before the erasure.
    expect(await p.regionAdmin.gql(STATS, { filter: YEAR })).toEqual(stats);

    // The erasure is in the audit trail, by field name only.
    const [audit] = await server.sql(
      `select actor_id, reason, changes from audit_event
        where entity_id = $1 and reason like 'retention%'`,
      [referral.id],
    );
    expect(audit).toEqual({
      actor_id: null,
      reason: 'retention: personal data erased 30 days after closing',
      changes: {
        clientNameChanged: { before: false, after: true },
        clientPhoneChanged: { before: false, after: true },
        clientLanguageChanged: { before: false, after: true },
        clientContactTimesChanged: { before: false, after: true },
        messageChanged: { before: false, after: true },
        eventNotesChanged: { before: false, after: true },
      },
    });

    // Running again changes nothing.
    const before = await server.sql(`select id, version from referral order by id`);
    const events = await server.sql(`select count(*)::int as n from referral_event`);
    const evenLater = new Date(later.getTime() + 365 * DAY);
    expect(
      await eraseExpiredPersonalData(server.app.orm, { retentionDays: 30, now: evenLater }),
    ).toBe(0);
    expect(await server.sql(`select id, version from referral order by id`)).toEqual(before);
    expect(await server.sql(`select count(*)::int as n from referral_event`)).toEqual(events);
  });

  it('runs at start and on a timer, with an injectable clock, and stops cleanly', async () => {
    const referral = await completed();
    const job = startRetentionJob(server.app.orm, {
      retentionDays: 30,
      intervalMinutes: 60,
      clock: () => new Date(referral.closedAt.getTime() + 31 * DAY),
    });
    // stop() waits for the run that started with the job.
    await job.stop();
    expect(await personal(referral.id)).toMatchObject({ client_name: null, message: null });
  });

  it('runs by hand with `npm run retention`', async () => {
    const referral = await completed();
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'retention'], {
      cwd: path.join(__dirname, '..'),
      env: {
        ...process.env,
        DATABASE_URL: server.app.orm.config.get('clientUrl'),
        RETENTION_DAYS: '0',
      },
    });
    expect(stdout).toMatch(
      /Retention \(0 days after closing\): personal data of [1-9]\d* referral\(s\) erased/,
    );
    expect(await personal(referral.id)).toMatchObject({ client_name: null });
  });
});

const STATS = `query Statistics($filter: ContactStatisticsFilter!) {
  contactStatistics(filter: $filter) {
    total byTopic { topic { code } count } byMonth { month count }
    referrals { total referrals consultations closed completed completedShare medianHoursToFirstContact }
  }
}`;
const SHOW = `query ReferralShow($id: ID!) {
  referral(id: $id) {
    status client { name } message personalDataErasedAt topics { code }
    outcome { jointReception } events { action note actor { id } }
  }
}`;
