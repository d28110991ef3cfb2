import { registerEnumType } from 'type-graphql';

export enum ReferralKind {
  REFERRAL = 'REFERRAL',
  CONSULTATION = 'CONSULTATION',
}
registerEnumType(ReferralKind, {
  name: 'ReferralKind',
  description: 'A referral names a consenting client; a consultation is anonymous.',
  valuesConfig: {
    REFERRAL: {
      description:
        "The professional asks the counsellor to contact the client, with the client's recorded consent.",
    },
    CONSULTATION: {
      description:
        'The professional consults the counsellor about a case: no personal data at all.',
    },
  },
});

export enum ReferralStatus {
  SENT = 'SENT',
  RECEIVED = 'RECEIVED',
  CONTACTED = 'CONTACTED',
  COMPLETED = 'COMPLETED',
  DECLINED = 'DECLINED',
  REDIRECTED = 'REDIRECTED',
  CLIENT_UNREACHABLE = 'CLIENT_UNREACHABLE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: 'Where a referral or consultation is in its lifecycle.',
  valuesConfig: {
    SENT: { description: 'Sent; nobody on the receiving side has taken it yet (unread).' },
    RECEIVED: { description: 'The receiving side has taken it.' },
    CONTACTED: {
      description:
        'The counsellor reached the client (a referral) or answered the professional (a consultation).',
    },
    COMPLETED: { description: 'Closed: done, with an outcome.' },
    DECLINED: { description: 'Closed: the receiving side declined it, with a reason.' },
    REDIRECTED: { description: 'Closed: the client was directed to another service.' },
    CLIENT_UNREACHABLE: { description: 'Closed: the counsellor could not reach the client.' },
    CANCELLED: { description: 'Closed: the sender cancelled it.' },
  },
});

/** Statuses after which nothing changes; personal data is erased a retention period later. */
export const CLOSED_STATUSES: readonly ReferralStatus[] = [
  ReferralStatus.COMPLETED,
  ReferralStatus.DECLINED,
  ReferralStatus.REDIRECTED,
  ReferralStatus.CLIENT_UNREACHABLE,
  ReferralStatus.CANCELLED,
];

export const isClosed = (status: ReferralStatus): boolean => CLOSED_STATUSES.includes(status);

export enum ReferralUrgency {
  NON_URGENT = 'NON_URGENT',
  SOON = 'SOON',
}
registerEnumType(ReferralUrgency, {
  name: 'ReferralUrgency',
  description: 'How soon the counsellor should act. Urgent matters do not belong here.',
  valuesConfig: {
    NON_URGENT: { description: 'Non-urgent (kiireetön).' },
    SOON: { description: 'Within a few days.' },
  },
});

export enum ConsentMethod {
  ORAL = 'ORAL',
  WRITTEN = 'WRITTEN',
  ELECTRONIC = 'ELECTRONIC',
}
registerEnumType(ConsentMethod, {
  name: 'ConsentMethod',
  description: 'How the client gave consent to be contacted.',
  valuesConfig: {
    ORAL: { description: 'Orally, at the reception; the professional recorded it.' },
    WRITTEN: { description: 'On paper, signed by the client.' },
    ELECTRONIC: { description: 'Electronically, e.g. in the patient record system.' },
  },
});

/** What a user does to a referral; each action is one row of its event history. */
export enum ReferralAction {
  SEND = 'SEND',
  RECEIVE = 'RECEIVE',
  CONTACT = 'CONTACT',
  COMPLETE = 'COMPLETE',
  DECLINE = 'DECLINE',
  REDIRECT = 'REDIRECT',
  MARK_UNREACHABLE = 'MARK_UNREACHABLE',
  CANCEL = 'CANCEL',
  ASSIGN = 'ASSIGN',
  CONVERT = 'CONVERT',
  ERASE = 'ERASE',
}
registerEnumType(ReferralAction, {
  name: 'ReferralAction',
  description: 'Something done to a referral: an entry of its history.',
  valuesConfig: {
    SEND: { description: 'The professional sent it.' },
    RECEIVE: { description: 'The receiving counsellor or region administrator took it.' },
    CONTACT: { description: 'The counsellor reached the client (or answered the consultation).' },
    COMPLETE: { description: 'Closed as done, with the outcome.' },
    DECLINE: { description: 'Declined by the receiving side, with a reason.' },
    REDIRECT: { description: 'The client was directed to another service.' },
    MARK_UNREACHABLE: { description: 'The counsellor could not reach the client.' },
    CANCEL: { description: 'The sender cancelled it.' },
    ASSIGN: {
      description: "A region administrator handed it to a counsellor of the region's queue.",
    },
    CONVERT: { description: 'The sender turned a consultation into a referral of the same case.' },
    ERASE: { description: 'The retention job erased the personal data.' },
  },
});
