import type { FilterQuery } from '@mikro-orm/core';
import { Role, type SessionUser } from '../auth/role';
import type { Referral } from './referral.entity';
import { ReferralAction, ReferralKind, ReferralStatus } from './referral.enums';

const {
  SENT,
  RECEIVED,
  CONTACTED,
  COMPLETED,
  DECLINED,
  REDIRECTED,
  CLIENT_UNREACHABLE,
  CANCELLED,
} = ReferralStatus;

/**
 * Who acts: the receiving side (the receiving counsellor, or an administrator of the receiving
 * region), the sender, or a region administrator only (assigning the queue).
 */
export type Party = 'RECEIVER' | 'SENDER' | 'REGION_ADMIN';

export interface Transition {
  from: readonly ReferralStatus[];
  /** null: the status stays as it is (assigning). */
  to: ReferralStatus | null;
  by: Party;
  kinds: readonly ReferralKind[];
}

const BOTH = [ReferralKind.REFERRAL, ReferralKind.CONSULTATION] as const;

/** The lifecycle. Anything not listed here is refused, and changes nothing. */
export const TRANSITIONS: Record<
  Exclude<ReferralAction, ReferralAction.SEND | ReferralAction.ERASE>,
  Transition
> = {
  [ReferralAction.RECEIVE]: { from: [SENT], to: RECEIVED, by: 'RECEIVER', kinds: BOTH },
  [ReferralAction.CONTACT]: { from: [RECEIVED], to: CONTACTED, by: 'RECEIVER', kinds: BOTH },
  [ReferralAction.COMPLETE]: { from: [CONTACTED], to: COMPLETED, by: 'RECEIVER', kinds: BOTH },
  [ReferralAction.DECLINE]: { from: [SENT, RECEIVED], to: DECLINED, by: 'RECEIVER', kinds: BOTH },
  [ReferralAction.REDIRECT]: {
    from: [SENT, RECEIVED, CONTACTED],
    to: REDIRECTED,
    by: 'RECEIVER',
    kinds: BOTH,
  },
  // A consultation names no client, so there is nobody to be unreachable.
  [ReferralAction.MARK_UNREACHABLE]: {
    from: [RECEIVED],
    to: CLIENT_UNREACHABLE,
    by: 'RECEIVER',
    kinds: [ReferralKind.REFERRAL],
  },
  [ReferralAction.CANCEL]: {
    from: [SENT, RECEIVED, CONTACTED],
    to: CANCELLED,
    by: 'SENDER',
    kinds: BOTH,
  },
  [ReferralAction.ASSIGN]: { from: [SENT, RECEIVED], to: null, by: 'REGION_ADMIN', kinds: BOTH },
  // The counsellor answered (or is answering) a consultation; with consent it becomes a referral
  // of the same case, sent again.
  [ReferralAction.CONVERT]: {
    from: [SENT, RECEIVED, CONTACTED, COMPLETED],
    to: SENT,
    by: 'SENDER',
    kinds: [ReferralKind.CONSULTATION],
  },
};

export type TransitionAction = keyof typeof TRANSITIONS;

export const isSender = (user: SessionUser, referral: Referral): boolean =>
  referral.sender?.id === user.id;

export const isRegionAdmin = (user: SessionUser, referral: Referral): boolean =>
  user.role === Role.REGION_ADMIN && user.regionId === referral.region.id;

/** The receiving counsellor, or an administrator of the receiving region. */
export const isReceiver = (user: SessionUser, referral: Referral): boolean =>
  isRegionAdmin(user, referral) ||
  (user.role === Role.COUNSELLOR &&
    !!user.counsellorId &&
    referral.counsellor?.id === user.counsellorId);

/**
 * The three parties of DESIGN.md: only they see the client's personal data. A national
 * administrator sees that a referral exists (anonymous fields) but not who it is about.
 */
export const mayReadPersonalData = (user: SessionUser, referral: Referral): boolean =>
  isSender(user, referral) || isReceiver(user, referral);

export function isParty(user: SessionUser, referral: Referral, party: Party): boolean {
  if (party === 'SENDER') return isSender(user, referral);
  if (party === 'REGION_ADMIN') return isRegionAdmin(user, referral);
  return isReceiver(user, referral);
}

/** Whether the user may take this action on the referral as it is now. */
export function mayDo(user: SessionUser, referral: Referral, action: TransitionAction): boolean {
  const rule = TRANSITIONS[action];
  return (
    rule.from.includes(referral.status) &&
    rule.kinds.includes(referral.kind) &&
    isParty(user, referral, rule.by)
  );
}

/**
 * The referrals a user may see at all, as a query condition; null: none. Lists, the one-by-id
 * query and every mutation go through this.
 */
export function visibleTo(user: SessionUser): FilterQuery<Referral> | null {
  switch (user.role) {
    case Role.NATIONAL_ADMIN:
      return {};
    case Role.REGION_ADMIN:
      return user.regionId ? { $or: [{ region: user.regionId }, { sender: user.id }] } : null;
    case Role.COUNSELLOR:
      return user.counsellorId
        ? { $or: [{ counsellor: user.counsellorId }, { sender: user.id }] }
        : { sender: user.id };
    default:
      return { sender: user.id };
  }
}
