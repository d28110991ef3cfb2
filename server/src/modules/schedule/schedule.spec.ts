import type { Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ScheduleSpec } from './engine';
import type { Schedule } from './schedule.entity';
import { knownScheduleSpec, scheduleSpecLoader } from './schedule-spec.loader';
import type { ScheduleInput } from './schedule.inputs';

/** The fields of a schedule owner answered from its schedule (schedule-owner.resolver.ts). */
export const HOURS_FIELDS = ['openingHours', 'isOpen', 'nextOpening', 'hoursSummary'];

/** Anything with opening hours: a station, a service at a station, a reception. */
export interface ScheduleOwner {
  schedule?: Ref<Schedule> | null;
}

/**
 * The engine's plain data of an owner's schedule (null: no hours recorded), read in one SQL
 * statement together with every other owner's of the same level of a GraphQL answer.
 */
export async function loadScheduleSpec(
  em: EntityManager,
  owner: ScheduleOwner,
): Promise<ScheduleSpec | null> {
  const id = owner.schedule?.id;
  return id ? scheduleSpecLoader(em).load(id) : null;
}

/**
 * The same as `loadScheduleSpec`, with `none` for no hours, as a value when this request has read
 * the schedule already (a station's own, read with the station) or the owner has none: the hours
 * fields of a page of stations and their services then make no promise for those.
 */
export function scheduleSpecNowOrLater(
  em: EntityManager,
  owner: ScheduleOwner,
  none: ScheduleSpec,
): ScheduleSpec | Promise<ScheduleSpec> {
  const id = owner.schedule?.id;
  if (!id) return none;
  const spec = knownScheduleSpec(em, id);
  if (spec !== undefined) return spec ?? none;
  return scheduleSpecLoader(em)
    .load(id)
    .then((loaded) => loaded ?? none);
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
