import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { throwIfAny } from '../../common/crud.service';
import { ForbiddenError, NotFoundError, type FieldErrors } from '../../common/errors';
import { isUuid } from '../../common/filter';
import { DEFAULT_PAGE_SIZE, type Page, type PageInput } from '../../common/list';
import { ZONE } from '../../common/scalars';
import { Role, type SessionUser } from '../auth/role';
import { Station } from '../station/station.entity';
import { requireUser } from '../referral/privacy';
import { categories, findById } from '../referral/referral.service';
import { ContactRecord } from './contact-record.entity';
import type { ContactRecordFilter, RecordContactInput } from './contact.inputs';

/** Recording anonymous contacts (counsellors and region administrators, in their own region). */
export class ContactService {
  constructor(
    private readonly em: EntityManager,
    private readonly user: SessionUser | null,
    private readonly today: () => string = () => DateTime.now().setZone(ZONE).toISODate()!,
  ) {}

  async record(input: RecordContactInput): Promise<ContactRecord> {
    const user = mayRecord(requireUser(this.user));
    const fields: FieldErrors = {};
    if (input.date > this.today()) fields.date = ['must not be in the future'];
    if (input.date < '2000-01-01') fields.date = ['must be in 2000 or later'];
    return this.em.transactional(async (em) => {
      const station = await findById(em, Station, input.stationId);
      if (!station) fields.stationId = ['no such station'];
      else if (station.region.id !== user.regionId) {
        fields.stationId = ['must be a station of your own region'];
      }
      const topics = await categories(em, input.topicIds, fields, 'topicIds');
      throwIfAny(fields);
      const record = em.create(ContactRecord, {
        date: input.date,
        station: station!,
        region: station!.region,
        channel: input.channel,
        ageGroup: input.ageGroup,
        referredBy: input.referredBy,
        counsellor: user.counsellorId,
        recordedBy: user.id,
      });
      record.topics.set(topics);
      await em.flush();
      return record;
    });
  }

  /** A counsellor's own records; a region administrator's region; everything for national ones. */
  async list(
    filter?: ContactRecordFilter | null,
    page?: PageInput | null,
  ): Promise<Page<ContactRecord>> {
    const scope = scopeOf(requireUser(this.user));
    const conditions: FilterQuery<ContactRecord>[] = [scope];
    if (filter?.stationId) conditions.push({ station: filter.stationId });
    if (filter?.from) conditions.push({ date: { $gte: filter.from } });
    if (filter?.to) conditions.push({ date: { $lte: filter.to } });
    const [items, total] = await this.em.findAndCount(
      ContactRecord,
      { $and: conditions },
      {
        orderBy: { date: 'desc', createdAt: 'desc' },
        offset: page?.offset ?? 0,
        limit: page?.limit ?? DEFAULT_PAGE_SIZE,
      },
    );
    return { items, total };
  }

  /** Mistakes happen: the recorder (or an administrator who sees it) may delete a record. */
  async delete(id: string): Promise<boolean> {
    const scope = scopeOf(mayRecord(requireUser(this.user)));
    return this.em.transactional(async (em) => {
      const record = isUuid(id) ? await em.findOne(ContactRecord, { $and: [{ id }, scope] }) : null;
      if (!record) throw new NotFoundError('ContactRecord', id);
      em.remove(record);
      await em.flush();
      return true;
    });
  }
}

function mayRecord(user: SessionUser): SessionUser {
  if (user.role !== Role.COUNSELLOR && user.role !== Role.REGION_ADMIN) {
    throw new ForbiddenError('Only counsellors and region administrators record contacts');
  }
  return user;
}

function scopeOf(user: SessionUser): FilterQuery<ContactRecord> {
  switch (user.role) {
    case Role.NATIONAL_ADMIN:
      return {};
    case Role.REGION_ADMIN:
      return { region: user.regionId };
    case Role.COUNSELLOR:
      return { recordedBy: user.id };
    default:
      throw new ForbiddenError('Health professionals do not record contacts');
  }
}
