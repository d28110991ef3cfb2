import type { Ref } from '@mikro-orm/core';
import { loadItems } from '../../common/load';
import type { ScheduleSpec } from './engine';
import type { Schedule } from './schedule.entity';
import type { ScheduleInput } from './schedule.inputs';

/** Anything with opening hours: a station, a service at a station, a reception. */
export interface ScheduleOwner {
  schedule?: Ref<Schedule> | null;
}

/** PostgreSQL returns times as HH:mm:ss; the engine and the API speak HH:mm. */
const hhmm = (time: string): string => time.slice(0, 5);

/**
 * Loads an owner's schedule through the dataloader and turns it into the engine's plain data. The
 * rules and exceptions are joined to the schedules: one SQL statement for all the owners of a
 * level of a GraphQL answer, not three.
 */
export async function loadScheduleSpec(owner: ScheduleOwner): Promise<ScheduleSpec | null> {
  const schedule = owner.schedule
    ? await owner.schedule.load({ dataloader: true, populate: ['rules', 'exceptions'] })
    : null;
  if (!schedule) return null;
  const [rules, exceptions] = await Promise.all([
    loadItems(schedule.rules),
    loadItems(schedule.exceptions),
  ]);
  return {
    alwaysOpen: schedule.alwaysOpen,
    holidayPolicy: schedule.holidayPolicy,
    rules: rules.map((rule) => ({
      weekdays: rule.weekdays,
      opens: hhmm(rule.opens),
      closes: hhmm(rule.closes),
      overMidnight: rule.overMidnight,
      interval: rule.interval,
      anchorDate: rule.anchorDate,
      nthOfMonth: rule.nthOfMonth,
      validFrom: rule.validFrom,
      validTo: rule.validTo,
    })),
    exceptions: exceptions.map((exception) => ({
      startDate: exception.startDate,
      endDate: exception.endDate,
      closed: exception.closed,
      opens: exception.opens ? hhmm(exception.opens) : null,
      closes: exception.closes ? hhmm(exception.closes) : null,
      overMidnight: exception.overMidnight,
      reason: exception.reason?.fi ? exception.reason : null,
    })),
  };
}

/** The engine's view of an input, for validation before anything is stored. */
export function specOfInput(input: ScheduleInput): ScheduleSpec {
  return {
    alwaysOpen: input.alwaysOpen,
    holidayPolicy: input.holidayPolicy,
    rules: input.rules,
    exceptions: (input.exceptions ?? []).map((e) => ({ ...e, reason: e.reason ?? null })),
  };
}
