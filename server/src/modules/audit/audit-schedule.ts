import { ChangeSetType, type ChangeSet, type EntityManager } from '@mikro-orm/core';
import type { ExceptionSpec, HolidayPolicy, RuleSpec, ScheduleSpec } from '../schedule/engine';
import { summarize } from '../schedule/engine';
import { ScheduleException } from '../schedule/schedule-exception.entity';
import { ScheduleRule } from '../schedule/schedule-rule.entity';
import { Schedule } from '../schedule/schedule.entity';
import { sameValue, type FieldChange } from './audit-values';

/** A schedule as the trail shows it: the engine's plain data plus the summary the console shows. */
export interface ScheduleDescription extends ScheduleSpec {
  summary: { fi: string; sv: string; en: string };
}

/** A schedule's state keyed by part id, so that the changes of one flush can be applied to it. */
interface ScheduleState {
  alwaysOpen: boolean;
  holidayPolicy: HolidayPolicy;
  rules: Map<string, { position: number; spec: RuleSpec }>;
  exceptions: Map<string, ExceptionSpec>;
}

type PartChangeSet = ChangeSet<ScheduleRule> | ChangeSet<ScheduleException>;

/**
 * Opening hours are part of their owner (a station, a service at a station, a reception), so the
 * trail records a change of hours as one change of the owner's `schedule` field, with the whole
 * schedule before and after, not as the dozen row inserts and deletes that replacing it takes.
 */
export class ScheduleChanges {
  private readonly schedules = new Map<string, ChangeSet<Schedule>>();
  private readonly parts = new Map<string, PartChangeSet[]>();
  private readonly claimed = new Set<string>();
  private readonly stored = new Map<string, Promise<ScheduleState | null>>();

  /** `reader` reads the schedules as stored before this flush, inside its transaction. */
  constructor(private readonly reader: () => EntityManager) {}

  /** Takes a change set of a schedule or one of its parts; false for anything else. */
  add(changeSet: ChangeSet<object>): boolean {
    const { entity } = changeSet;
    if (entity instanceof Schedule) {
      this.schedules.set(entity.id, changeSet as ChangeSet<Schedule>);
    } else if (entity instanceof ScheduleRule || entity instanceof ScheduleException) {
      // A part deleted along with its schedule may be an unloaded reference: its schedule's
      // own change says all there is to say.
      const scheduleId = entity.schedule?.id;
      if (scheduleId) {
        const parts = this.parts.get(scheduleId) ?? [];
        this.parts.set(scheduleId, [...parts, changeSet as PartChangeSet]);
      }
    } else {
      return false;
    }
    return true;
  }

  /** The change of an owner's hours from the schedule it had to the one it has; null if none. */
  async change(oldId: string | null, newId: string | null): Promise<FieldChange | null> {
    if (oldId) this.claimed.add(oldId);
    if (newId) this.claimed.add(newId);
    if (oldId === newId && !this.touched(newId)) return null;
    const before = oldId ? describe(await this.load(oldId)) : null;
    const after = newId ? describe(await this.current(newId)) : null;
    return sameValue(before, after) ? null : { before, after };
  }

  /** Schedules changed in place whose owner did not change in this flush. */
  unclaimed(): string[] {
    return [...new Set([...this.schedules.keys(), ...this.parts.keys()])].filter(
      (id) => !this.claimed.has(id),
    );
  }

  private touched(id: string | null): boolean {
    return id != null && (this.schedules.has(id) || this.parts.has(id));
  }

  /** The schedule as it will be after this flush. */
  private async current(id: string): Promise<ScheduleState | null> {
    const own = this.schedules.get(id);
    if (own && isDelete(own)) return null;
    const state =
      own?.type === ChangeSetType.CREATE ? stateOf(own.entity, [], []) : await this.load(id);
    if (!state) return null;
    const next: ScheduleState = {
      ...state,
      rules: new Map(state.rules),
      exceptions: new Map(state.exceptions),
    };
    if (own) {
      next.alwaysOpen = own.entity.alwaysOpen;
      next.holidayPolicy = own.entity.holidayPolicy;
    }
    for (const part of this.parts.get(id) ?? []) {
      const { entity } = part;
      const map: Map<string, unknown> =
        entity instanceof ScheduleRule ? next.rules : next.exceptions;
      if (isDelete(part)) map.delete(entity.id);
      else if (entity instanceof ScheduleRule) next.rules.set(entity.id, ruleOf(entity));
      else next.exceptions.set(entity.id, exceptionOf(entity as ScheduleException));
    }
    return next;
  }

  /** The schedule as stored before this flush (one query, cached for the flush). */
  private load(id: string): Promise<ScheduleState | null> {
    let state = this.stored.get(id);
    if (!state) {
      state = this.reader()
        .findOne(Schedule, { id }, { populate: ['rules', 'exceptions'], strategy: 'joined' })
        .then((schedule) =>
          schedule
            ? stateOf(schedule, schedule.rules.getItems(), schedule.exceptions.getItems())
            : null,
        );
      this.stored.set(id, state);
    }
    return state;
  }
}

const isDelete = (changeSet: ChangeSet<any>) =>
  changeSet.type === ChangeSetType.DELETE || changeSet.type === ChangeSetType.DELETE_EARLY;

function stateOf(
  schedule: Schedule,
  rules: ScheduleRule[],
  exceptions: ScheduleException[],
): ScheduleState {
  return {
    alwaysOpen: schedule.alwaysOpen,
    holidayPolicy: schedule.holidayPolicy,
    rules: new Map(rules.map((rule) => [rule.id, ruleOf(rule)])),
    exceptions: new Map(exceptions.map((exception) => [exception.id, exceptionOf(exception)])),
  };
}

/** PostgreSQL returns times as HH:mm:ss; the API speaks HH:mm. */
const hhmm = (time: string | null | undefined) => (time ? time.slice(0, 5) : null);

function ruleOf(rule: ScheduleRule): { position: number; spec: RuleSpec } {
  return {
    position: rule.position,
    spec: {
      weekdays: [...rule.weekdays].map(Number).sort((a, b) => a - b),
      opens: hhmm(rule.opens)!,
      closes: hhmm(rule.closes)!,
      overMidnight: rule.overMidnight,
      interval: rule.interval,
      anchorDate: rule.anchorDate ?? null,
      nthOfMonth: rule.nthOfMonth ?? null,
      validFrom: rule.validFrom ?? null,
      validTo: rule.validTo ?? null,
    },
  };
}

function exceptionOf(exception: ScheduleException): ExceptionSpec {
  const reason = exception.reason;
  return {
    startDate: exception.startDate,
    endDate: exception.endDate,
    closed: exception.closed,
    opens: hhmm(exception.opens),
    closes: hhmm(exception.closes),
    overMidnight: exception.overMidnight,
    reason: reason?.fi ? { fi: reason.fi, sv: reason.sv ?? null, en: reason.en ?? null } : null,
  };
}

function describe(state: ScheduleState | null): ScheduleDescription | null {
  if (!state) return null;
  const spec: ScheduleSpec = {
    alwaysOpen: state.alwaysOpen,
    holidayPolicy: state.holidayPolicy,
    rules: [...state.rules.values()]
      .sort((a, b) => a.position - b.position)
      .map((rule) => rule.spec),
    exceptions: [...state.exceptions.values()].sort(
      (a, b) => a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate),
    ),
  };
  return {
    ...spec,
    summary: { fi: summarize(spec, 'fi'), sv: summarize(spec, 'sv'), en: summarize(spec, 'en') },
  };
}
