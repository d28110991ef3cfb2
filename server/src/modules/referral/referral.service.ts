import { ref, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { throwIfAny } from '../../common/crud.service';
import { ForbiddenError, type FieldErrors } from '../../common/errors';
import { isUuid } from '../../common/filter';
import {
  DEFAULT_PAGE_SIZE,
  type Page,
  type PageInput,
  type SortLike,
  SortOrder,
} from '../../common/list';
import { Role, type SessionUser } from '../auth/role';
import { User } from '../auth/user.entity';
import { Counsellor } from '../counsellor/counsellor.entity';
import { Region } from '../region/region.entity';
import { ServiceCategory } from '../service-catalogue/service-category.entity';
import { Station } from '../station/station.entity';
import { personalDataInMessage, requireUser, withoutValuesInErrors } from './privacy';
import { ReferralEvent } from './referral-event.entity';
import { visibleTo } from './referral-rules';
import { Referral } from './referral.entity';
import { CLOSED_STATUSES, ReferralAction, ReferralKind, ReferralStatus } from './referral.enums';
import {
  ReferralBox,
  ReferralFilter,
  ReferralSortField,
  type ConsentInput,
  type ReferralClientInput,
  type SendReferralInput,
} from './referral.inputs';

export type Clock = () => Date;

/** Sending referrals and consultations, and reading them: always within what the user may see. */
export class ReferralService {
  constructor(
    private readonly em: EntityManager,
    private readonly user: SessionUser | null,
    private readonly clock: Clock = () => new Date(),
  ) {}

  async list(
    filter?: ReferralFilter | null,
    sort?: SortLike | null,
    page?: PageInput | null,
  ): Promise<Page<Referral>> {
    const conditions = this.conditions(filter ?? {});
    if (!conditions) return { items: [], total: 0 };
    const [items, total] = await this.em.findAndCount(
      Referral,
      { $and: conditions },
      {
        orderBy: orderBy(sort ?? { field: ReferralSortField.SENT_AT, order: SortOrder.DESC }),
        offset: page?.offset ?? 0,
        limit: page?.limit ?? DEFAULT_PAGE_SIZE,
      },
    );
    return { items, total };
  }

  /** Null when it does not exist or the user may not see it: the two are not told apart. */
  async get(id: string): Promise<Referral | null> {
    const scope = visibleTo(requireUser(this.user));
    if (!scope || !isUuid(id)) return null;
    return this.em.findOne(Referral, { $and: [{ id }, scope] });
  }

  /** Referrals in the user's inbox that nobody has received yet. */
  async unreadCount(): Promise<number> {
    const inbox = inboxOf(requireUser(this.user));
    return inbox ? this.em.count(Referral, { $and: [inbox, { status: ReferralStatus.SENT }] }) : 0;
  }

  async send(input: SendReferralInput): Promise<Referral> {
    const user = requireUser(this.user);
    if (user.role !== Role.PROFESSIONAL) {
      throw new ForbiddenError('Only health professionals send referrals and consultations');
    }
    const fields: FieldErrors = {};
    checkPersonalData(fields, input.kind, input.consent, input.client, input.message);
    throwIfAny(fields);

    return withoutValuesInErrors(() =>
      this.em.transactional(async (em) => {
        const sendingStation = await findById(em, Station, input.sendingStationId);
        if (!sendingStation) fields.sendingStationId = ['no such station'];
        else if (sendingStation.region.id !== user.regionId) {
          fields.sendingStationId = ['must be a station of your own region'];
        }
        const receiver = await receiverOf(em, input, fields);
        const topics = await categories(em, input.topicIds, fields, 'topicIds');
        throwIfAny(fields);

        const now = this.clock();
        const referral = em.create(Referral, {
          kind: input.kind,
          urgency: input.urgency,
          sendingStation: sendingStation!,
          sender: user.id,
          ...receiver,
          sentAt: now,
          createdAt: now,
          updatedAt: now,
          message: trimmed(input.message),
        });
        referral.topics.set(topics);
        if (input.kind === ReferralKind.REFERRAL) {
          recordConsentAndClient(referral, user, input.consent!, input.client!, now);
        }
        em.create(ReferralEvent, {
          referral,
          actor: user.id,
          action: ReferralAction.SEND,
          toStatus: ReferralStatus.SENT,
          at: now,
        });
        await em.flush();
        return referral;
      }),
    );
  }

  private conditions(filter: ReferralFilter): FilterQuery<Referral>[] | null {
    const user = requireUser(this.user);
    const scope = visibleTo(user);
    if (!scope) return null;
    const conditions: FilterQuery<Referral>[] = [scope];
    if (filter.ids) conditions.push({ id: { $in: filter.ids } });
    if (filter.box === ReferralBox.SENT) conditions.push({ sender: user.id });
    if (filter.box === ReferralBox.INBOX) {
      const inbox = inboxOf(user);
      if (!inbox) return null;
      conditions.push(inbox);
    }
    if (filter.kinds?.length) conditions.push({ kind: { $in: filter.kinds } });
    if (filter.statuses?.length) conditions.push({ status: { $in: filter.statuses } });
    if (filter.open != null) {
      const closed = [...CLOSED_STATUSES];
      conditions.push({ status: filter.open ? { $nin: closed } : { $in: closed } });
    }
    if (filter.regionId) conditions.push({ region: filter.regionId });
    return conditions;
  }
}

/**
 * What is sent to the user to act on: a counsellor's own referrals; for a region administrator
 * the region's guidance queue (no counsellor named). Others have no inbox.
 */
export function inboxOf(user: SessionUser): FilterQuery<Referral> | null {
  if (user.role === Role.COUNSELLOR && user.counsellorId) return { counsellor: user.counsellorId };
  if (user.role === Role.REGION_ADMIN && user.regionId) {
    return { region: user.regionId, counsellor: null };
  }
  return null;
}

/**
 * A referral needs the client's recorded consent and contact details; a consultation must carry
 * neither. The messages name the fields, never their values.
 */
export function checkPersonalData(
  fields: FieldErrors,
  kind: ReferralKind,
  consent: ConsentInput | null | undefined,
  client: ReferralClientInput | null | undefined,
  message: string | null | undefined,
): void {
  if (kind === ReferralKind.REFERRAL) {
    if (!consent) fields.consent = ["a referral needs the client's recorded consent"];
    if (!client) fields.client = ['a referral needs the name and phone of the client to contact'];
  } else {
    if (consent) fields.consent = ['a consultation is anonymous: it records no consent'];
    if (client) fields.client = ['a consultation is anonymous: leave out the client details'];
  }
  const problems = message
    ? personalDataInMessage(message, kind === ReferralKind.CONSULTATION)
    : [];
  if (problems.length) fields.message = problems;
}

export function recordConsentAndClient(
  referral: Referral,
  user: SessionUser,
  consent: ConsentInput,
  client: ReferralClientInput,
  now: Date,
): void {
  referral.consentMethod = consent.method;
  referral.consentRecordedAt = now;
  referral.consentRecordedBy = ref(User, user.id);
  referral.clientName = client.name.trim();
  referral.clientPhone = client.phone.trim();
  referral.clientLanguage = client.language || null;
  referral.clientContactTimes = trimmed(client.contactTimes);
}

async function receiverOf(
  em: EntityManager,
  input: SendReferralInput,
  fields: FieldErrors,
): Promise<{ region: string; counsellor: Counsellor | null; receivingStation: Station | null }> {
  const counsellor = input.counsellorId ? await findById(em, Counsellor, input.counsellorId) : null;
  if (input.counsellorId && !counsellor?.active)
    fields.counsellorId = ['no such active counsellor'];
  const station = input.receivingStationId
    ? await findById(em, Station, input.receivingStationId)
    : null;
  if (input.receivingStationId && !station?.active) {
    fields.receivingStationId = ['no such active station'];
  }
  if (input.regionId && !(await findById(em, Region, input.regionId))) {
    fields.regionId = ['no such region'];
  }
  const regions = new Set(
    [counsellor?.region.id, station?.region.id, input.regionId].filter((id) => !!id),
  );
  if (!input.counsellorId && !input.receivingStationId && !input.regionId) {
    fields.regionId = ['name a counsellor, a station or a region to send to'];
  } else if (regions.size > 1) {
    fields.regionId = ['the counsellor, the station and the region must be of one region'];
  }
  return { region: [...regions][0] as string, counsellor, receivingStation: station };
}

/** The categories of the ids, or a field error naming the field when any is unknown. */
export async function categories(
  em: EntityManager,
  ids: string[],
  fields: FieldErrors,
  field: string,
): Promise<ServiceCategory[]> {
  const unique = [...new Set(ids)];
  const found = await em.find(ServiceCategory, { id: { $in: unique } });
  if (found.length !== unique.length) fields[field] = ['contains an unknown topic'];
  return found;
}

export async function findById<T extends object>(
  em: EntityManager,
  entity: new (...args: never[]) => T,
  id: string,
): Promise<T | null> {
  return em.findOne(entity, { id } as FilterQuery<T>);
}

export function trimmed(text: string | null | undefined): string | null {
  return text?.trim() || null;
}

function orderBy(sort: SortLike): QueryOrderMap<Referral> {
  const order = sort.order === SortOrder.DESC ? 'desc' : 'asc';
  switch (sort.field) {
    case ReferralSortField.UPDATED_AT:
      return { updatedAt: order, id: order };
    case ReferralSortField.URGENCY:
      return { urgency: order, sentAt: 'asc', id: 'asc' };
    case ReferralSortField.STATUS:
      return { status: order, sentAt: 'asc', id: 'asc' };
    default:
      return { sentAt: order, id: order };
  }
}
