import { categoryId, counsellorId, regionId, serviceId, stationId } from '../seeds/ids';
import { startTestServer, TestServer } from './support/test-server';
import {
  act,
  actError,
  ACTIONS,
  ActionName,
  CLIENT,
  consultationInput,
  Parties,
  referralInput,
  send,
  signInParties,
  stored,
} from './referral-helpers';

let server: TestServer;
let p: Parties;
beforeAll(async () => {
  server = await startTestServer();
  p = await signInParties(server);
});
afterAll(() => server?.stop());

const STATUSES = [
  'SENT',
  'RECEIVED',
  'CONTACTED',
  'COMPLETED',
  'DECLINED',
  'REDIRECTED',
  'CLIENT_UNREACHABLE',
  'CANCELLED',
] as const;

/**
 * The lifecycle, written out independently of the server's table: from which statuses each
 * action is allowed, what it leads to, and who may take it.
 */
const RULES: Record<
  ActionName,
  { from: string[]; to: string | null; by: (keyof Parties)[]; kind: 'REFERRAL' | 'CONSULTATION' }
> = {
  RECEIVE: { from: ['SENT'], to: 'RECEIVED', by: ['counsellor', 'regionAdmin'], kind: 'REFERRAL' },
  CONTACT: {
    from: ['RECEIVED'],
    to: 'CONTACTED',
    by: ['counsellor', 'regionAdmin'],
    kind: 'REFERRAL',
  },
  COMPLETE: {
    from: ['CONTACTED'],
    to: 'COMPLETED',
    by: ['counsellor', 'regionAdmin'],
    kind: 'REFERRAL',
  },
  DECLINE: {
    from: ['SENT', 'RECEIVED'],
    to: 'DECLINED',
    by: ['counsellor', 'regionAdmin'],
    kind: 'REFERRAL',
  },
  REDIRECT: {
    from: ['SENT', 'RECEIVED', 'CONTACTED'],
    to: 'REDIRECTED',
    by: ['counsellor', 'regionAdmin'],
    kind: 'REFERRAL',
  },
  MARK_UNREACHABLE: {
    from: ['RECEIVED'],
    to: 'CLIENT_UNREACHABLE',
    by: ['counsellor', 'regionAdmin'],
    kind: 'REFERRAL',
  },
  CANCEL: {
    from: ['SENT', 'RECEIVED', 'CONTACTED'],
    to: 'CANCELLED',
    by: ['professional'],
    kind: 'REFERRAL',
  },
  ASSIGN: { from: ['SENT', 'RECEIVED'], to: null, by: ['regionAdmin'], kind: 'REFERRAL' },
  CONVERT: {
    from: ['SENT', 'RECEIVED', 'CONTACTED', 'COMPLETED'],
    to: 'SENT',
    by: ['professional'],
    kind: 'CONSULTATION',
  },
};

/** Everyone else who can see the referral is FORBIDDEN; those who cannot see it get NOT_FOUND. */
const OUTSIDERS: (keyof Parties)[] = ['otherProfessional', 'otherCounsellor', 'otherRegionAdmin'];
const INSIDERS: (keyof Parties)[] = ['professional', 'counsellor', 'regionAdmin', 'nationalAdmin'];

/** A new referral (or consultation) put straight into a status, as stored after the steps. */
async function referralIn(status: string, kind: 'REFERRAL' | 'CONSULTATION') {
  const sent = await send(
    p.professional,
    kind === 'REFERRAL' ? referralInput() : consultationInput(),
  );
  await server.sql(`update referral set status = $2 where id = $1`, [sent.id, status]);
  return { id: sent.id, version: sent.version };
}

describe('the lifecycle table', () => {
  for (const [action, rule] of Object.entries(RULES) as [
    ActionName,
    (typeof RULES)[ActionName],
  ][]) {
    describe(action, () => {
      for (const status of STATUSES) {
        if (rule.from.includes(status)) {
          it(`is allowed from ${status}, to ${rule.by.join(' and ')} only`, async () => {
            for (const party of rule.by) {
              const referral = await referralIn(status, rule.kind);
              const before = await stored(server, referral.id);
              // Who else tries first (once per action): refused, and nothing changes.
              if (party === rule.by[0] && status === rule.from[0]) {
                for (const other of INSIDERS.filter((name) => !rule.by.includes(name))) {
                  const error = await actError(p[other], action, referral);
                  expect([other, error.extensions.code]).toEqual([other, 'FORBIDDEN']);
                }
                for (const other of OUTSIDERS) {
                  const error = await actError(p[other], action, referral);
                  expect([other, error.extensions.code]).toEqual([other, 'NOT_FOUND']);
                }
                expect(await stored(server, referral.id)).toEqual(before);
              }

              const result = (await act(p[party], action, referral))[ACTIONS[action].mutation];
              expect(result).toEqual({
                id: referral.id,
                version: referral.version + 1,
                status: rule.to ?? status,
              });
              const [event] = await server.sql(
                `select action, from_status, to_status, actor_id,
                        (select count(*)::int from referral_event where referral_id = $1) as events
                   from referral_event where referral_id = $1 order by at desc limit 1`,
                [referral.id],
              );
              expect(event).toEqual({
                action,
                from_status: status,
                to_status: rule.to ?? status,
                actor_id: p[party].user.id,
                events: before.events + 1,
              });
            }
          });
        } else {
          it(`is refused from ${status} and changes nothing`, async () => {
            const referral = await referralIn(status, rule.kind);
            const before = await stored(server, referral.id);
            const error = await actError(p[rule.by[0]], action, referral);
            expect(error.extensions).toMatchObject({
              code: 'CONFLICT',
              reason: 'INVALID_TRANSITION',
            });
            expect(await stored(server, referral.id)).toEqual(before);
          });
        }
      }
    });
  }

  it('refuses "client unreachable" for a consultation, which names no client', async () => {
    const consultation = await referralIn('RECEIVED', 'CONSULTATION');
    const error = await actError(p.counsellor, 'MARK_UNREACHABLE', consultation);
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
  });

  it('refuses to convert a referral, which already is one', async () => {
    const referral = await referralIn('SENT', 'REFERRAL');
    const error = await actError(p.professional, 'CONVERT', referral);
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
  });
});

describe('a referral from a nurse to the counsellor', () => {
  it('goes sent -> received -> contacted -> completed, each step an event with actor and time', async () => {
    let referral = await send(p.professional, referralInput());
    expect(referral).toMatchObject({ status: 'SENT', kind: 'REFERRAL', version: 1 });
    referral = (await act(p.counsellor, 'RECEIVE', referral)).receiveReferral;
    referral = (await act(p.counsellor, 'CONTACT', referral, { note: 'Aika sovittu' }))
      .markReferralContacted;
    referral = (await act(p.counsellor, 'COMPLETE', referral)).completeReferral;
    expect(referral).toMatchObject({ status: 'COMPLETED', version: 4 });

    const { referral: done } = await p.counsellor.gql(SHOW, { id: referral.id });
    expect(done).toMatchObject({
      kind: 'REFERRAL',
      status: 'COMPLETED',
      urgency: 'SOON',
      sendingStation: { id: stationId('jyvaskyla-1') },
      receivingStation: { id: stationId('jyvaskyla-1') },
      counsellor: { id: counsellorId('marita-korhonen') },
      region: { id: regionId('keski-suomi') },
      sender: { id: p.professional.user.id, email: p.professional.user.email },
      consent: { method: 'ORAL', recordedBy: { id: p.professional.user.id } },
      client: CLIENT,
      outcome: {
        services: [{ id: serviceId('sosiaaliohjaus-jyvaskyla') }],
        jointReception: true,
        homeVisit: false,
        networkMeeting: true,
      },
      allowedActions: [],
    });
    expect(done.topics.map((t: { code: string }) => t.code).sort()).toEqual([
      'finances',
      'kela-benefits',
    ]);
    for (const time of ['sentAt', 'receivedAt', 'firstContactAt', 'closedAt']) {
      expect(done[time]).toMatch(/^\d{4}-\d{2}-\d{2}T.*[+-]\d{2}:\d{2}$/);
    }
    expect(
      done.events.map((e: any) => [e.action, e.fromStatus, e.toStatus, e.actor?.id, e.note]),
    ).toEqual([
      ['SEND', null, 'SENT', p.professional.user.id, null],
      ['RECEIVE', 'SENT', 'RECEIVED', p.counsellor.user.id, null],
      ['CONTACT', 'RECEIVED', 'CONTACTED', p.counsellor.user.id, 'Aika sovittu'],
      ['COMPLETE', 'CONTACTED', 'COMPLETED', p.counsellor.user.id, null],
    ]);
  });

  it('tells each party what it may do next', async () => {
    const referral = await send(p.professional, referralInput());
    const allowed = async (who: keyof Parties) =>
      (await p[who].gql(SHOW, { id: referral.id })).referral.allowedActions;
    expect(await allowed('counsellor')).toEqual(['RECEIVE', 'DECLINE', 'REDIRECT']);
    expect(await allowed('regionAdmin')).toEqual(['RECEIVE', 'DECLINE', 'REDIRECT', 'ASSIGN']);
    expect(await allowed('professional')).toEqual(['CANCEL']);
    expect(await allowed('nationalAdmin')).toEqual([]);
  });

  it('lets only one of two concurrent transitions win', async () => {
    const referral = await send(p.professional, referralInput());
    const results = await Promise.allSettled([
      act(p.counsellor, 'RECEIVE', referral),
      act(p.regionAdmin, 'DECLINE', referral),
      act(p.professional, 'CANCEL', referral),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const lost of results.filter((r) => r.status === 'rejected')) {
      expect((lost as PromiseRejectedResult).reason.response.errors[0].extensions.code).toBe(
        'CONFLICT',
      );
    }
    expect(await stored(server, referral.id)).toMatchObject({ version: 2, events: 2 });
  });

  it('refuses a stale version', async () => {
    const referral = await send(p.professional, referralInput());
    await act(p.counsellor, 'RECEIVE', referral);
    const error = await actError(p.counsellor, 'CONTACT', referral);
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
  });
});

describe('sending', () => {
  it('refuses a referral without recorded consent, naming the consent field', async () => {
    const error = await p.professional.gqlError(SEND_ID, {
      input: referralInput({ consent: null }),
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields!)).toEqual(['consent']);
    expect(await server.sql(`select id from referral where client_name = $1`, ['Nobody'])).toEqual(
      [],
    );
  });

  it('refuses a consultation with any personal field', async () => {
    const withClient = await p.professional.gqlError(SEND_ID, {
      input: consultationInput({ client: CLIENT }),
    });
    expect(withClient.extensions.fields).toHaveProperty('client');
    const withConsent = await p.professional.gqlError(SEND_ID, {
      input: consultationInput({ consent: { method: 'ORAL' } }),
    });
    expect(withConsent.extensions.fields).toHaveProperty('consent');
    for (const message of ['Soita 040 765 4321', 'maija@example.fi', 'Hetu 131052-308T']) {
      const error = await p.professional.gqlError(SEND_ID, {
        input: consultationInput({ message }),
      });
      expect(error.extensions.fields).toHaveProperty('message');
      expect(JSON.stringify(error)).not.toContain(message);
    }
  });

  it('is for health professionals, from a station of their own region', async () => {
    const byCounsellor = await p.counsellor.gqlError(SEND_ID, { input: referralInput() });
    expect(byCounsellor.extensions.code).toBe('FORBIDDEN');
    const anonymous = await server.gqlError(SEND_ID, { input: referralInput() });
    expect(anonymous.extensions.code).toBe('UNAUTHENTICATED');
    const elsewhere = await p.professional.gqlError(SEND_ID, {
      input: referralInput({ sendingStationId: stationId('lohja-keskusta') }),
    });
    expect(elsewhere.extensions.fields).toHaveProperty('sendingStationId');
  });

  it('needs someone to send to, of one region, and known topics', async () => {
    const nobody = await p.professional.gqlError(SEND_ID, {
      input: referralInput({ counsellorId: null, receivingStationId: null }),
    });
    expect(nobody.extensions.fields).toHaveProperty('regionId');
    const mixed = await p.professional.gqlError(SEND_ID, {
      input: referralInput({ counsellorId: counsellorId('lohja') }),
    });
    expect(mixed.extensions.fields).toHaveProperty('regionId');
    const unknownTopic = await p.professional.gqlError(SEND_ID, {
      input: referralInput({ topicIds: [stationId('jyvaskyla-1')] }),
    });
    expect(unknownTopic.extensions.fields).toHaveProperty('topicIds');
  });
});

describe("the region's guidance queue", () => {
  it('reaches the region administrators, who hand it to a counsellor', async () => {
    const referral = await send(
      p.professional,
      referralInput({
        counsellorId: null,
        receivingStationId: null,
        regionId: regionId('keski-suomi'),
      }),
    );
    const inboxOf = async (who: keyof Parties) =>
      (await p[who].gql(INBOX)).referrals.items.map((r: { id: string }) => r.id);
    expect(await inboxOf('regionAdmin')).toContain(referral.id);
    expect(await inboxOf('counsellor')).not.toContain(referral.id);
    expect((await p.counsellor.gql(SHOW, { id: referral.id })).referral).toBeNull();
    const unread = (await p.regionAdmin.gql(UNREAD)).referralUnreadCount;
    expect(unread).toBeGreaterThanOrEqual(1);

    await act(p.regionAdmin, 'ASSIGN', referral);
    expect(await inboxOf('counsellor')).toContain(referral.id);
    expect(await inboxOf('regionAdmin')).not.toContain(referral.id);
    const { referral: assigned } = await p.counsellor.gql(SHOW, { id: referral.id });
    expect(assigned).toMatchObject({ status: 'SENT', counsellor: { name: 'Marita Korhonen' } });
  });

  it('counts the unread ones in the inbox: sent, not yet received', async () => {
    const before = (await p.counsellor.gql(UNREAD)).referralUnreadCount;
    const referral = await send(p.professional, referralInput());
    expect((await p.counsellor.gql(UNREAD)).referralUnreadCount).toBe(before + 1);
    await act(p.counsellor, 'RECEIVE', referral);
    expect((await p.counsellor.gql(UNREAD)).referralUnreadCount).toBe(before);
    expect((await p.professional.gql(UNREAD)).referralUnreadCount).toBe(0);
  });
});

describe('a consultation', () => {
  it('is anonymous, and becomes a referral of the same case once the client consents', async () => {
    let consultation = await send(p.professional, consultationInput());
    consultation = (await act(p.counsellor, 'RECEIVE', consultation)).receiveReferral;
    consultation = (await act(p.counsellor, 'CONTACT', consultation)).markReferralContacted;
    const { referral: before } = await p.counsellor.gql(SHOW, { id: consultation.id });
    expect(before).toMatchObject({ kind: 'CONSULTATION', client: null, consent: null });

    const { convertConsultationToReferral: converted } = await act(
      p.professional,
      'CONVERT',
      consultation,
    );
    expect(converted).toMatchObject({ id: consultation.id, status: 'SENT' });
    const { referral: after } = await p.counsellor.gql(SHOW, { id: consultation.id });
    expect(after).toMatchObject({
      kind: 'REFERRAL',
      startedAsConsultation: true,
      consent: { method: 'WRITTEN' },
      client: CLIENT,
      receivedAt: null,
      firstContactAt: null,
      allowedActions: ['RECEIVE', 'DECLINE', 'REDIRECT'],
    });
    expect(after.events.map((e: { action: string }) => e.action)).toEqual([
      'SEND',
      'RECEIVE',
      'CONTACT',
      'CONVERT',
    ]);
  });
});

describe('lists', () => {
  it('give a counsellor the inbox and a professional the ones they sent, filtered and paged', async () => {
    const mine = await send(
      p.otherProfessional,
      referralInput({ topicIds: [categoryId('housing')] }),
    );
    const sent = (await p.otherProfessional.gql(LIST, { filter: { box: 'SENT' } })).referrals;
    expect(sent.items.map((r: { id: string }) => r.id)).toEqual([mine.id]);
    expect(sent.total).toBe(1);
    const inbox = (await p.counsellor.gql(LIST, { filter: { box: 'INBOX', statuses: ['SENT'] } }))
      .referrals;
    expect(inbox.items.map((r: { id: string }) => r.id)).toContain(mine.id);
    expect(inbox.items.every((r: { status: string }) => r.status === 'SENT')).toBe(true);
    const page = (await p.counsellor.gql(LIST, { filter: { box: 'INBOX' }, page: { limit: 2 } }))
      .referrals;
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
  });
});

const SEND_ID = `mutation Send($input: SendReferralInput!) { sendReferral(input: $input) { id } }`;
const SHOW = `query ReferralShow($id: ID!) {
  referral(id: $id) {
    id version kind status urgency startedAsConsultation allowedActions
    sentAt receivedAt firstContactAt closedAt
    sendingStation { id } receivingStation { id } counsellor { id name } region { id }
    sender { id email }
    consent { method recordedAt recordedBy { id } }
    client { name phone language contactTimes }
    topics { code }
    outcome { services { id } jointReception homeVisit networkMeeting }
    events { action fromStatus toStatus at actor { id } note }
  }
}`;
const INBOX = `query ReferralInbox { referrals(filter: { box: INBOX }, page: { limit: 100 }) { items { id } } }`;
const UNREAD = `query Unread { referralUnreadCount }`;
const LIST = `query ReferralList($filter: ReferralFilter, $page: PageInput) {
  referrals(filter: $filter, page: $page) { total items { id status } }
}`;
