import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Counsellor } from '../server/src/modules/counsellor/counsellor.entity';
import { Reception } from '../server/src/modules/counsellor/reception.entity';
import { ScheduleException } from '../server/src/modules/schedule/schedule-exception.entity';
import { ScheduleRule } from '../server/src/modules/schedule/schedule-rule.entity';
import { Schedule } from '../server/src/modules/schedule/schedule.entity';
import { COUNSELLORS, type ScheduleData } from './data/counsellors';
import { counsellorId, receptionId, receptionScheduleId, regionId, seedId, stationId } from './ids';
import { localized, localizedOrNull } from './text';

/** Counsellors and their receptions with schedules (seeds/data/counsellors.ts). */
export class CounsellorSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    for (const data of COUNSELLORS) {
      const counsellor = em.create(Counsellor, {
        id: counsellorId(data.key),
        name: data.name,
        title: localized(data.title),
        region: regionId(data.region),
        phone: data.phone ?? null,
        email: data.email ?? null,
        languages: data.languages,
        consultationChannels: data.consultationChannels,
        active: true,
        source: data.source,
      });
      for (const reception of data.receptions) {
        const schedule = reception.schedule
          ? createSchedule(em, receptionScheduleId(data.key, reception.station), reception.schedule)
          : null;
        em.create(Reception, {
          id: receptionId(data.key, reception.station),
          counsellor,
          station: stationId(reception.station),
          modes: reception.modes,
          targetGroups: reception.targetGroups,
          bookingInstructions: localizedOrNull(reception.bookingInstructions),
          notes: localizedOrNull(reception.notes),
          free: reception.free,
          active: true,
          source: reception.source,
          schedule,
        });
      }
    }
    await em.flush();
  }
}

function createSchedule(em: EntityManager, id: string, data: ScheduleData): Schedule {
  const schedule = em.create(Schedule, {
    id,
    alwaysOpen: false,
    holidayPolicy: data.holidayPolicy,
  });
  data.rules.forEach((rule, position) =>
    em.create(ScheduleRule, {
      id: seedId('schedule-rule', `${id}:${position}`),
      schedule,
      position,
      weekdays: rule.weekdays,
      opens: rule.opens,
      closes: rule.closes,
      interval: rule.interval,
      anchorDate: rule.anchorDate ?? null,
    }),
  );
  (data.exceptions ?? []).forEach((exception, position) =>
    em.create(ScheduleException, {
      id: seedId('schedule-exception', `${id}:${position}`),
      schedule,
      startDate: exception.startDate,
      endDate: exception.endDate,
      closed: exception.closed,
      opens: null,
      closes: null,
      reason: localized(exception.reason),
    }),
  );
  return schedule;
}
