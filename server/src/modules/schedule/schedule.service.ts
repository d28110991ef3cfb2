import { ref, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { daysInRange } from './engine/calendar';
import {
  assertCanWrite,
  assertMayWriteDirectory,
  type WriteScope,
} from '../../common/authorization';
import type { BaseEntity } from '../../common/base.entity';
import { BadUserInputError, NotFoundError, StaleVersionError } from '../../common/errors';
import { isUuid } from '../../common/filter';
import { LocalizedText, toLocalizedText } from '../../common/localized-text';
import type { SessionUser } from '../auth/role';
import {
  isOpen,
  MAX_RANGE_DAYS,
  nextOpening,
  type OpeningDay as EngineDay,
  OpenInterval,
  RuleSpec,
  ScheduleSpec,
  validateSchedule,
} from './engine';
import { ScheduleException } from './schedule-exception.entity';
import { ScheduleRule } from './schedule-rule.entity';
import { Schedule } from './schedule.entity';
import { ScheduleInput, SetScheduleInput } from './schedule.inputs';
import {
  loadScheduleSpec,
  ScheduleOwner,
  scheduleSpecNowOrLater,
  specOfInput,
} from './schedule.spec';
import { openingDays, openIntervals, summaryText } from './shared-specs';
import { ClosedReasonKind, OpeningDay } from './schedule.types';

const NO_HOURS: ScheduleSpec = {
  alwaysOpen: false,
  holidayPolicy: 'CLOSED_ON_HOLIDAYS',
  rules: [],
  exceptions: [],
};

/**
 * What replacing an owner's hours is to the authorization policy; `exceptionsOnly` tells whether
 * the rules, alwaysOpen and the holiday policy stay as they are.
 */
export type ScheduleScopeOf<T> = (
  owner: T,
  change: { exceptionsOnly: boolean },
) => Promise<WriteScope>;

/** Answers "when" for any schedule owner, and replaces an owner's schedule on write. */
export class ScheduleService {
  constructor(
    private readonly em: EntityManager,
    /** Who is asking; only writes need it (null: anonymous, refused). */
    private readonly user: SessionUser | null = null,
  ) {}

  openingHours(
    owner: ScheduleOwner,
    from: string,
    to: string,
  ): OpeningDay[] | Promise<OpeningDay[]> {
    checkRange(from, to);
    return withSpec(this.em, owner, (spec) => openingDaysOf(spec, from, to));
  }

  /** Every open interval of the owner between two dates, in time order (shared, frozen). */
  intervals(
    owner: ScheduleOwner,
    from: string,
    to: string,
  ): readonly OpenInterval[] | Promise<readonly OpenInterval[]> {
    checkRange(from, to);
    return withSpec(this.em, owner, (spec) => openIntervals(spec, from, to).intervals);
  }

  isOpen(owner: ScheduleOwner, at: Date = new Date()): boolean | Promise<boolean> {
    return withSpec(this.em, owner, (spec) => isOpen(spec, at));
  }

  nextOpening(
    owner: ScheduleOwner,
    after: Date = new Date(),
  ): OpenInterval | null | Promise<OpenInterval | null> {
    return withSpec(this.em, owner, (spec) => nextOpening(spec, after));
  }

  summary(owner: ScheduleOwner): LocalizedText | Promise<LocalizedText> {
    return withSpec(this.em, owner, summaryText);
  }

  /** Replaces the whole schedule of one owner, checking the user's rights and the version. */
  async setSchedule<T extends BaseEntity<any> & ScheduleOwner>(
    type: EntityClass<T>,
    label: string,
    input: SetScheduleInput,
    scopeOf: ScheduleScopeOf<T>,
  ): Promise<T> {
    assertMayWriteDirectory(this.user);
    if (input.schedule) {
      const problems = validateSchedule(specOfInput(input.schedule));
      if (Object.keys(problems).length) {
        throw new BadUserInputError(
          Object.fromEntries(Object.entries(problems).map(([k, v]) => [`schedule.${k}`, v])),
        );
      }
    }
    return this.em.transactional(async (em) => {
      const owner = isUuid(input.id)
        ? await em.findOne(type, { id: input.id } as FilterQuery<T>, {
            populate: ['schedule'] as never,
          })
        : null;
      if (!owner) throw new NotFoundError(label, input.id);
      const exceptionsOnly =
        recurrenceOf(await loadScheduleSpec(em, owner)) ===
        recurrenceOf(input.schedule ? specOfInput(input.schedule) : null);
      assertCanWrite(this.user, await scopeOf(owner, { exceptionsOnly }));
      if (owner.version !== input.version) throw new StaleVersionError(label, input.id);
      const previous = owner.schedule ? await owner.schedule.load() : null;
      if (previous) {
        owner.schedule = null;
        em.remove(previous);
      }
      if (input.schedule) owner.schedule = ref(createSchedule(em, input.schedule));
      // The schedule is part of the record: touching it bumps the record's version.
      owner.updatedAt = new Date();
      await em.flush();
      return owner;
    });
  }
}

function createSchedule(em: EntityManager, input: ScheduleInput): Schedule {
  const schedule = em.create(Schedule, {
    alwaysOpen: input.alwaysOpen,
    holidayPolicy: input.holidayPolicy,
  });
  input.rules.forEach((rule, position) =>
    em.create(ScheduleRule, {
      schedule,
      position,
      weekdays: [...new Set(rule.weekdays)].sort((a, b) => a - b),
      opens: rule.opens,
      closes: rule.closes,
      overMidnight: rule.overMidnight,
      interval: rule.interval,
      anchorDate: rule.anchorDate ?? null,
      nthOfMonth: rule.nthOfMonth ?? null,
      validFrom: rule.validFrom ?? null,
      validTo: rule.validTo ?? null,
    }),
  );
  for (const exception of input.exceptions ?? []) {
    em.create(ScheduleException, {
      schedule,
      startDate: exception.startDate,
      endDate: exception.endDate,
      closed: exception.closed,
      opens: exception.closed ? null : (exception.opens ?? null),
      closes: exception.closed ? null : (exception.closes ?? null),
      overMidnight: exception.overMidnight,
      reason: exception.reason ? toLocalizedText(exception.reason) : null,
    });
  }
  return schedule;
}

/**
 * Everything of a schedule but its exceptions, comparable as a string: rules in any order,
 * weekdays as a set, omitted optional values as null. No schedule is the same as an empty one.
 */
function recurrenceOf(spec: ScheduleSpec | null): string {
  const { alwaysOpen, holidayPolicy, rules } = spec ?? NO_HOURS;
  const rule = (r: RuleSpec) =>
    JSON.stringify([
      [...new Set(r.weekdays)].sort((a, b) => a - b),
      r.opens,
      r.closes,
      r.overMidnight ?? false,
      r.interval,
      r.anchorDate ?? null,
      r.nthOfMonth ?? null,
      r.validFrom ?? null,
      r.validTo ?? null,
    ]);
  return JSON.stringify([alwaysOpen, holidayPolicy, rules.map(rule).sort()]);
}

/**
 * `answer` of the owner's spec (no hours when it has none): at once when this request has read it
 * already or the owner has no schedule, else when it has been read. The hours fields of a page of
 * 50 stations with their services made about 13 promises each through three async functions; a
 * value makes none, a read one.
 */
function withSpec<T>(
  em: EntityManager,
  owner: ScheduleOwner,
  answer: (spec: ScheduleSpec) => T,
): T | Promise<T> {
  const spec = scheduleSpecNowOrLater(em, owner, NO_HOURS);
  return spec instanceof Promise ? spec.then(answer) : answer(spec);
}

/** The answer's days for each engine answer (itself kept per spec and range): made once. */
const answerDays = new WeakMap<readonly EngineDay[], OpeningDay[]>();

function openingDaysOf(spec: ScheduleSpec, from: string, to: string): OpeningDay[] {
  const days = openingDays(spec, from, to);
  let answer = answerDays.get(days);
  if (!answer) {
    answer = answerDaysOf(days);
    answerDays.set(days, answer);
  }
  return answer;
}

function answerDaysOf(days: readonly EngineDay[]): OpeningDay[] {
  return days.map((day) => ({
    date: day.date,
    intervals: day.intervals,
    closed: day.intervals.length === 0,
    closedReason: day.closedReason
      ? {
          kind: day.closedReason.kind as ClosedReasonKind,
          text: day.closedReason.text as LocalizedText,
        }
      : null,
  }));
}

/**
 * Refuses a range of dates that is backwards or too long. Counted in the engine's whole days:
 * luxon took about 40 µs a call here, and a page of 50 stations with their hours makes 50 calls.
 */
export function checkRange(from: string, to: string): void {
  const days = daysInRange(from, to);
  if (days < 1) throw BadUserInputError.field('to', 'to must not be before from');
  if (days > MAX_RANGE_DAYS) {
    throw BadUserInputError.field('to', `the range may be at most ${MAX_RANGE_DAYS} days`);
  }
}
