import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { throwIfAny } from '../../common/crud.service';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  StaleVersionError,
  type FieldErrors,
} from '../../common/errors';
import { isUuid } from '../../common/filter';
import type { SessionUser } from '../auth/role';
import { Counsellor } from '../counsellor/counsellor.entity';
import { Service } from '../service-catalogue/service.entity';
import { requireUser, withoutValuesInErrors } from './privacy';
import { ReferralEvent } from './referral-event.entity';
import {
  isParty,
  TRANSITIONS,
  visibleTo,
  type Party,
  type TransitionAction,
} from './referral-rules';
import { Referral } from './referral.entity';
import { isClosed, ReferralAction, ReferralKind } from './referral.enums';
import type {
  AssignReferralInput,
  CompleteReferralInput,
  ConvertConsultationInput,
  DeclineReferralInput,
  RedirectReferralInput,
  ReferralTransitionInput,
} from './referral.inputs';
import {
  checkPersonalData,
  findById,
  recordConsentAndClient,
  trimmed,
  type Clock,
} from './referral.service';

interface Step {
  id: string;
  version: number;
  note?: string | null;
}

type Change = (em: EntityManager, referral: Referral, now: Date) => Promise<void> | void;

/**
 * The lifecycle of a referral (TRANSITIONS in referral-rules.ts): each action checks who acts,
 * the version read and the current status, changes the referral and appends one history event,
 * all in one transaction. Two users acting on one version cannot both win: the second flush
 * finds a newer version and fails with CONFLICT.
 */
export class ReferralLifecycleService {
  constructor(
    private readonly em: EntityManager,
    private readonly user: SessionUser | null,
    private readonly clock: Clock = () => new Date(),
  ) {}

  receive(input: ReferralTransitionInput) {
    return this.act(ReferralAction.RECEIVE, input, (_em, referral, now) => {
      referral.receivedAt = now;
    });
  }

  contact(input: ReferralTransitionInput) {
    return this.act(ReferralAction.CONTACT, input, (_em, referral, now) => {
      referral.firstContactAt ??= now;
    });
  }

  complete(input: CompleteReferralInput) {
    return this.act(ReferralAction.COMPLETE, input, async (em, referral) => {
      const ids = [...new Set(input.outcome.serviceIds)];
      const services = await em.find(Service, { id: { $in: ids } });
      if (services.length !== ids.length) {
        throw BadUserInputError.field('outcome.serviceIds', 'contains an unknown service');
      }
      referral.outcomeServices.set(services);
      referral.outcomeJointReception = input.outcome.jointReception;
      referral.outcomeHomeVisit = input.outcome.homeVisit;
      referral.outcomeNetworkMeeting = input.outcome.networkMeeting;
    });
  }

  decline(input: DeclineReferralInput) {
    return this.act(ReferralAction.DECLINE, { ...input, note: input.reason });
  }

  redirect(input: RedirectReferralInput) {
    return this.act(ReferralAction.REDIRECT, input, async (em, referral) => {
      const service = await findById(em, Service, input.serviceId);
      if (!service) throw BadUserInputError.field('serviceId', 'no such service');
      referral.redirectedTo = ref(service);
    });
  }

  markUnreachable(input: ReferralTransitionInput) {
    return this.act(ReferralAction.MARK_UNREACHABLE, input);
  }

  cancel(input: ReferralTransitionInput) {
    return this.act(ReferralAction.CANCEL, input);
  }

  /** A region administrator hands a referral of the region to one of its counsellors. */
  assign(input: AssignReferralInput) {
    return this.act(ReferralAction.ASSIGN, input, async (em, referral) => {
      const counsellor = await findById(em, Counsellor, input.counsellorId);
      if (!counsellor?.active || counsellor.region.id !== referral.region.id) {
        throw BadUserInputError.field(
          'counsellorId',
          "must be an active counsellor of the referral's region",
        );
      }
      referral.counsellor = ref(counsellor);
    });
  }

  /** The sender turns a consultation into a referral of the same case: sent again, with consent. */
  convert(input: ConvertConsultationInput) {
    const fields: FieldErrors = {};
    checkPersonalData(fields, ReferralKind.REFERRAL, input.consent, input.client, input.message);
    throwIfAny(fields);
    return this.act(ReferralAction.CONVERT, input, (_em, referral, now) => {
      const user = requireUser(this.user);
      referral.kind = ReferralKind.REFERRAL;
      referral.startedAsConsultation = true;
      recordConsentAndClient(referral, user, input.consent, input.client, now);
      if (input.message !== undefined) referral.message = trimmed(input.message);
      if (input.urgency) referral.urgency = input.urgency;
      // A new request to the counsellor: its own times, nothing closed, nothing erased.
      referral.sentAt = now;
      referral.receivedAt = null;
      referral.firstContactAt = null;
      referral.closedAt = null;
      referral.personalDataErasedAt = null;
      referral.outcomeServices.removeAll();
      referral.outcomeJointReception = null;
      referral.outcomeHomeVisit = null;
      referral.outcomeNetworkMeeting = null;
    });
  }

  private act(action: TransitionAction, input: Step, change?: Change): Promise<Referral> {
    const user = requireUser(this.user);
    const rule = TRANSITIONS[action];
    return withoutValuesInErrors(() =>
      this.em.transactional(async (em) => {
        const scope = visibleTo(user);
        const referral =
          scope && isUuid(input.id)
            ? await em.findOne(Referral, { $and: [{ id: input.id }, scope] })
            : null;
        if (!referral) throw new NotFoundError('Referral', input.id);
        if (!isParty(user, referral, rule.by)) throw new ForbiddenError(REFUSAL[rule.by]);
        if (referral.version !== input.version) throw new StaleVersionError('Referral', input.id);
        if (!rule.from.includes(referral.status) || !rule.kinds.includes(referral.kind)) {
          throw new ConflictError(
            `A ${referral.kind.toLowerCase()} that is ${referral.status} cannot take the action ${action}`,
            { reason: 'INVALID_TRANSITION', status: referral.status, action },
          );
        }
        const from = referral.status;
        const now = this.clock();
        await change?.(em, referral, now);
        if (rule.to) referral.status = rule.to;
        if (rule.to && isClosed(rule.to)) referral.closedAt = now;
        // Every action bumps the version, also one that changes nothing else.
        referral.updatedAt = now;
        em.create(ReferralEvent, {
          referral,
          actor: user.id,
          action,
          fromStatus: from,
          toStatus: referral.status,
          note: trimmed(input.note),
          at: now,
        });
        await em.flush();
        return referral;
      }),
    );
  }
}

const REFUSAL: Record<Party, string> = {
  RECEIVER: 'Only the receiving counsellor or an administrator of its region can do this',
  SENDER: 'Only the sender can do this',
  REGION_ADMIN: 'Only an administrator of its region can do this',
};
