import { categoryId, counsellorId, regionId, serviceId, stationId } from '../seeds/ids';
import { Role } from '../server/src/modules/auth/role';
import type { ApiClient, TestServer } from './support/test-server';

/** The people around one Keski-Suomi referral, and outsiders, each signed in. */
export interface Parties {
  /** A nurse at a Jyväskylä station: the sender. */
  professional: SignedIn;
  /** Marita Korhonen's user: the receiving counsellor. */
  counsellor: SignedIn;
  /** An administrator of Keski-Suomi, the receiving region. */
  regionAdmin: SignedIn;
  nationalAdmin: SignedIn;
  /** Another professional of the same region. */
  otherProfessional: SignedIn;
  /** The Lohja counsellor (Länsi-Uusimaa). */
  otherCounsellor: SignedIn;
  /** An administrator of Länsi-Uusimaa. */
  otherRegionAdmin: SignedIn;
}

export type SignedIn = ApiClient & { cookie: string; user: { id: string; email: string } };

export async function signInParties(server: TestServer): Promise<Parties> {
  return {
    professional: await server.as(Role.PROFESSIONAL, { region: 'keski-suomi' }),
    counsellor: await server.as(Role.COUNSELLOR, {
      region: 'keski-suomi',
      counsellorId: counsellorId('marita-korhonen'),
    }),
    regionAdmin: await server.as(Role.REGION_ADMIN, { region: 'keski-suomi' }),
    nationalAdmin: await server.as(Role.NATIONAL_ADMIN),
    otherProfessional: await server.as(Role.PROFESSIONAL, { region: 'keski-suomi' }),
    otherCounsellor: await server.as(Role.COUNSELLOR, {
      region: 'lansi-uusimaa',
      counsellorId: counsellorId('lohja'),
    }),
    otherRegionAdmin: await server.as(Role.REGION_ADMIN, { region: 'lansi-uusimaa' }),
  };
}

export const CLIENT = {
  name: 'Maija Meikäläinen',
  phone: '040 123 4567',
  language: 'fi',
  contactTimes: 'arkiaamuisin',
};
export const MESSAGE = 'Velkaantunut, tarvitsee apua Kela-hakemuksen kanssa.';

/** A referral from Jyväskylä station 1 to Marita Korhonen about money and Kela benefits. */
export function referralInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'REFERRAL',
    sendingStationId: stationId('jyvaskyla-1'),
    counsellorId: counsellorId('marita-korhonen'),
    receivingStationId: stationId('jyvaskyla-1'),
    topicIds: [categoryId('finances'), categoryId('kela-benefits')],
    urgency: 'SOON',
    message: MESSAGE,
    consent: { method: 'ORAL' },
    client: CLIENT,
    ...overrides,
  };
}

export function consultationInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'CONSULTATION',
    sendingStationId: stationId('jyvaskyla-1'),
    counsellorId: counsellorId('marita-korhonen'),
    topicIds: [categoryId('housing')],
    message: 'Miten asumistukea haetaan, kun vuokra on jäänyt maksamatta?',
    ...overrides,
  };
}

export interface Sent {
  id: string;
  version: number;
  status: string;
}

export async function send(sender: ApiClient, input: object): Promise<Sent> {
  const { sendReferral } = await sender.gql(SEND, { input });
  return sendReferral;
}

export const SEND = `mutation SendReferral($input: SendReferralInput!) {
  sendReferral(input: $input) { id version status kind }
}`;

/** Each lifecycle action: its mutation, input type and the extra input it needs. */
export const ACTIONS = {
  RECEIVE: { mutation: 'receiveReferral', type: 'ReferralTransitionInput', extra: {} },
  CONTACT: { mutation: 'markReferralContacted', type: 'ReferralTransitionInput', extra: {} },
  COMPLETE: {
    mutation: 'completeReferral',
    type: 'CompleteReferralInput',
    extra: {
      outcome: {
        serviceIds: [serviceId('sosiaaliohjaus-jyvaskyla')],
        jointReception: true,
        homeVisit: false,
        networkMeeting: true,
      },
    },
  },
  DECLINE: {
    mutation: 'declineReferral',
    type: 'DeclineReferralInput',
    extra: { reason: 'Asia kuuluu aikuissosiaalityölle.' },
  },
  REDIRECT: {
    mutation: 'redirectReferral',
    type: 'RedirectReferralInput',
    extra: { serviceId: serviceId('sosiaaliohjaus-jyvaskyla'), note: 'Ohjattu' },
  },
  MARK_UNREACHABLE: {
    mutation: 'markReferralClientUnreachable',
    type: 'ReferralTransitionInput',
    extra: { note: 'Soitettu kolme kertaa.' },
  },
  CANCEL: { mutation: 'cancelReferral', type: 'ReferralTransitionInput', extra: {} },
  ASSIGN: {
    mutation: 'assignReferral',
    type: 'AssignReferralInput',
    extra: { counsellorId: counsellorId('marita-korhonen') },
  },
  CONVERT: {
    mutation: 'convertConsultationToReferral',
    type: 'ConvertConsultationInput',
    extra: { consent: { method: 'WRITTEN' }, client: CLIENT },
  },
} as const;

export type ActionName = keyof typeof ACTIONS;

/** Runs one action with the version given; returns the referral's new status and version. */
export function act(
  client: ApiClient,
  action: ActionName,
  referral: { id: string; version: number },
  extra: object = {},
) {
  const { mutation, type } = ACTIONS[action];
  return client.gql<Record<string, Sent>>(
    `mutation Act($input: ${type}!) { ${mutation}(input: $input) { id version status } }`,
    { input: { id: referral.id, version: referral.version, ...ACTIONS[action].extra, ...extra } },
  );
}

/** The same, expected to fail: its first error. */
export function actError(
  client: ApiClient,
  action: ActionName,
  referral: { id: string; version: number },
) {
  const { mutation, type } = ACTIONS[action];
  return client.gqlError(`mutation Act($input: ${type}!) { ${mutation}(input: $input) { id } }`, {
    input: { id: referral.id, version: referral.version, ...ACTIONS[action].extra },
  });
}

/** Status, version and number of history events, as stored. */
export async function stored(server: TestServer, id: string) {
  const [row] = await server.sql(
    `select r.status, r.version, r.kind, r.counsellor_id,
            (select count(*)::int from referral_event e where e.referral_id = r.id) as events
       from referral r where r.id = $1`,
    [id],
  );
  return row as {
    status: string;
    version: number;
    kind: string;
    counsellor_id: string | null;
    events: number;
  };
}

export const KESKI_SUOMI = regionId('keski-suomi');
