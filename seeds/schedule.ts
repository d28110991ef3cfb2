import type { EntityManager } from '@mikro-orm/core';
import { ScheduleException } from '../server/src/modules/schedule/schedule-exception.entity';
import { ScheduleRule } from '../server/src/modules/schedule/schedule-rule.entity';
import { Schedule } from '../server/src/modules/schedule/schedule.entity';
import type { ScheduleData } from './data/counsellors';
import { seedId } from './ids';
import { localized } from './text';

/** A schedule with its rules and exceptions, with ids derived from the schedule's id. */
export function createSchedule(em: EntityManager, id: string, data: ScheduleData): Schedule {
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
