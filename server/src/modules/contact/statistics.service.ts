import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { BadUserInputError, ForbiddenError } from '../../common/errors';
import { Role, type SessionUser } from '../auth/role';
import { requireUser } from '../referral/privacy';
import { CLOSED_STATUSES, ReferralStatus } from '../referral/referral.enums';
import { Region } from '../region/region.entity';
import { ServiceCategory } from '../service-catalogue/service-category.entity';
import { Station } from '../station/station.entity';
import { AgeGroup, ContactChannel, ContactSource } from './contact.enums';
import type { ContactStatisticsFilter } from './contact.inputs';
import type { ContactStatistics, ReferralFigures } from './statistics.types';

const MAX_DAYS = 3 * 366;

interface Count {
  key: string;
  count: number;
}

/**
 * Counts over anonymous data only: contact records, and the anonymous columns of referrals
 * (which the retention job leaves as they are, so the figures do not change when it runs).
 */
export class StatisticsService {
  constructor(
    private readonly em: EntityManager,
    private readonly user: SessionUser | null,
  ) {}

  async contactStatistics(filter: ContactStatisticsFilter): Promise<ContactStatistics> {
    const regionId = this.regionOf(filter.regionId ?? null);
    const days = DateTime.fromISO(filter.to).diff(DateTime.fromISO(filter.from), 'days').days;
    if (days < 0) throw BadUserInputError.field('to', 'must not be before from');
    if (days > MAX_DAYS) throw BadUserInputError.field('to', 'the period is at most three years');

    const where = `c.date between ? and ?${regionId ? ' and c.region_id = ?' : ''}`;
    const params = [filter.from, filter.to, ...(regionId ? [regionId] : [])];
    const count = (column: string, join = '') =>
      this.rows<Count>(
        `select ${column} as key, count(*)::int as count from contact_record c ${join}
          where ${where} group by 1 order by 2 desc, 1`,
        params,
      );
    const [total, topics, channels, stations, sources, ages, months, referrals] = await Promise.all(
      [
        this.rows<{ total: number }>(
          `select count(*)::int as total from contact_record c where ${where}`,
          params,
        ),
        count('t.service_category_id', 'join contact_record_topic t on t.contact_record_id = c.id'),
        count('c.channel'),
        count('c.station_id'),
        count('c.referred_by'),
        count('c.age_group'),
        count(`to_char(c.date, 'YYYY-MM')`),
        this.referralFigures(filter, regionId),
      ],
    );
    const [categories, stationRecords] = await Promise.all([
      this.em.find(ServiceCategory, { id: { $in: topics.map((row) => row.key) } }),
      this.em.find(Station, { id: { $in: stations.map((row) => row.key) } }),
    ]);
    return {
      from: filter.from,
      to: filter.to,
      region: regionId ? await this.em.findOne(Region, { id: regionId }) : null,
      total: total[0].total,
      byTopic: topics.map(({ key, count }) => ({ topic: byId(categories, key), count })),
      byChannel: every(ContactChannel, channels).map(([channel, count]) => ({ channel, count })),
      byStation: stations.map(({ key, count }) => ({ station: byId(stationRecords, key), count })),
      bySource: every(ContactSource, sources).map(([referredBy, count]) => ({ referredBy, count })),
      byAgeGroup: every(AgeGroup, ages).map(([ageGroup, count]) => ({ ageGroup, count })),
      byMonth: monthsOf(filter.from, filter.to).map((month) => ({
        month,
        count: months.find((row) => row.key === month)?.count ?? 0,
      })),
      referrals,
    };
  }

  /** Referrals sent in the period (Helsinki days), by the receiving region. */
  private async referralFigures(
    filter: ContactStatisticsFilter,
    regionId: string | null,
  ): Promise<ReferralFigures> {
    const closed = CLOSED_STATUSES.map(() => '?').join(', ');
    const [row] = await this.rows<Omit<ReferralFigures, 'completedShare'>>(
      `select count(*)::int as total,
              count(*) filter (where kind = 'REFERRAL')::int as referrals,
              count(*) filter (where kind = 'CONSULTATION')::int as consultations,
              count(*) filter (where status in (${closed}))::int as closed,
              count(*) filter (where status = ?)::int as completed,
              percentile_cont(0.5) within group (
                order by extract(epoch from first_contact_at - sent_at) / 3600
              ) as "medianHoursToFirstContact"
         from referral
        where (sent_at at time zone 'Europe/Helsinki')::date between ? and ?
              ${regionId ? 'and region_id = ?' : ''}`,
      [
        ...CLOSED_STATUSES,
        ReferralStatus.COMPLETED,
        filter.from,
        filter.to,
        ...(regionId ? [regionId] : []),
      ],
    );
    const median = row.medianHoursToFirstContact;
    return {
      ...row,
      medianHoursToFirstContact: median == null ? null : Math.round(Number(median) * 100) / 100,
      completedShare: row.closed ? row.completed / row.closed : null,
    };
  }

  /**
   * Region administrators and counsellors see their own region; national administrators any
   * region or all (null). Health professionals do not see statistics.
   */
  private regionOf(requested: string | null): string | null {
    const user = requireUser(this.user);
    if (user.role === Role.NATIONAL_ADMIN) return requested;
    if (user.role === Role.PROFESSIONAL || !user.regionId) {
      throw new ForbiddenError('Statistics are for counsellors and administrators');
    }
    if (requested && requested !== user.regionId) {
      throw new ForbiddenError('You see the statistics of your own region only');
    }
    return user.regionId;
  }

  private rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.em.getConnection().execute<T[]>(sql, params as never[]);
  }
}

function byId<T extends { id: string }>(records: T[], id: string): T {
  return records.find((record) => record.id === id)!;
}

/** Every value of an enum with its count, zero when absent, in the enum's order. */
function every<E extends string>(values: Record<string, E>, rows: Count[]): [E, number][] {
  return Object.values(values).map((value) => [
    value,
    rows.find((row) => row.key === value)?.count ?? 0,
  ]);
}

function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  const last = DateTime.fromISO(to).startOf('month');
  for (let month = DateTime.fromISO(from).startOf('month'); month <= last;) {
    months.push(month.toFormat('yyyy-MM'));
    month = month.plus({ months: 1 });
  }
  return months;
}
