import { formatDate, parseDate, MINUTES_PER_DAY } from './calendar';
import {
  compileException,
  CompiledException,
  DEFAULT_CLOSED_TEXT,
  exceptionOn,
} from './exceptions';
import { closingHoliday } from './holidays';
import { compileRule, CompiledRule, ruleOccursOn } from './rule-occurrence';
import { formatInstant, helsinkiDay, mergeSpans, Span, toInterval, wallClockSpan } from './spans';
import {
  ClosedReason,
  DEFAULT_HORIZON_DAYS,
  HolidayPolicy,
  MAX_RANGE_DAYS,
  OpenInterval,
  OpeningDay,
  ScheduleSpec,
} from './types';

/** Bounds the work one nextOpening call can cause (ten years of days). */
export const MAX_HORIZON_DAYS = 3660;

interface CompiledSchedule {
  alwaysOpen: boolean;
  holidayPolicy: HolidayPolicy;
  rules: CompiledRule[];
  exceptions: CompiledException[];
}

interface DayPlan {
  spans: Span[];
  closedReason: ClosedReason | null;
}

function notNull<T>(value: T | null): value is T {
  return value !== null;
}

function compile(spec: ScheduleSpec): CompiledSchedule {
  return {
    alwaysOpen: spec.alwaysOpen,
    holidayPolicy: spec.holidayPolicy,
    rules: (spec.rules ?? []).map(compileRule).filter(notNull),
    exceptions: (spec.exceptions ?? []).map(compileException).filter(notNull),
  };
}

/** What happens on one date; precedence: exception, then 24/7, then rules closed by holidays. */
function planDay(s: CompiledSchedule, day: number): DayPlan {
  const exception = exceptionOn(s.exceptions, day);
  if (exception) {
    const reason = exception.reason ? { ...exception.reason } : null;
    if (!exception.hours) {
      return {
        spans: [],
        closedReason: { kind: 'EXCEPTION', text: reason ?? { ...DEFAULT_CLOSED_TEXT } },
      };
    }
    const { opens, closes, overMidnight } = exception.hours;
    const span = wallClockSpan(day, opens, closes, overMidnight);
    return {
      spans: span ? [span] : [],
      closedReason: reason ? { kind: 'EXCEPTION', text: reason } : null,
    };
  }
  if (s.alwaysOpen) {
    // Holidays never close a 24/7 service: emergency and crisis lines are why such schedules exist.
    return { spans: [wallClockSpan(day, 0, MINUTES_PER_DAY, false) as Span], closedReason: null };
  }
  const spans = mergeSpans(
    s.rules
      .filter((r) => ruleOccursOn(r, day))
      .map((r) => wallClockSpan(day, r.opens, r.closes, r.overMidnight))
      .filter(notNull),
  );
  if (spans.length === 0) return { spans, closedReason: null };
  const holiday = closingHoliday(formatDate(day), s.holidayPolicy);
  if (holiday) return { spans: [], closedReason: { kind: 'HOLIDAY', text: holiday } };
  return { spans, closedReason: null };
}

function requireDate(text: string, name: string): number {
  const day = parseDate(text);
  if (day === null) throw new RangeError(`${name} must be a date YYYY-MM-DD`);
  return day;
}

function requireInstant(at: Date, name: string): number {
  const ms = at instanceof Date ? at.getTime() : NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${name} must be a valid Date`);
  return ms;
}

/** Opening days from `from` to `to`, both inclusive, at most MAX_RANGE_DAYS days. */
export function openingHours(spec: ScheduleSpec, from: string, to: string): OpeningDay[] {
  const first = requireDate(from, 'from');
  const last = requireDate(to, 'to');
  if (last < first) throw new RangeError('to must not be before from');
  if (last - first + 1 > MAX_RANGE_DAYS) {
    throw new RangeError(`the range must be at most ${MAX_RANGE_DAYS} days`);
  }
  const s = compile(spec);
  const days: OpeningDay[] = [];
  for (let day = first; day <= last; day++) {
    const plan = planDay(s, day);
    days.push({
      date: formatDate(day),
      intervals: plan.spans.map(toInterval),
      closedReason: plan.closedReason,
    });
  }
  return days;
}

/** Spans end at the latest on the day after they start, so yesterday and today suffice. */
export function isOpen(spec: ScheduleSpec, at: Date): boolean {
  const ms = requireInstant(at, 'at');
  const s = compile(spec);
  const today = helsinkiDay(ms);
  return [today - 1, today].some((day) =>
    planDay(s, day).spans.some((span) => span.start <= ms && ms < span.end),
  );
}

/**
 * The first interval that ends after `after`, with its start clipped to `after` when it is already
 * open; null when nothing opens within `horizonDays` days after the date of `after`.
 */
export function nextOpening(
  spec: ScheduleSpec,
  after: Date,
  horizonDays: number = DEFAULT_HORIZON_DAYS,
): OpenInterval | null {
  const ms = requireInstant(after, 'after');
  if (!Number.isInteger(horizonDays) || horizonDays < 0 || horizonDays > MAX_HORIZON_DAYS) {
    throw new RangeError(`horizonDays must be an integer from 0 to ${MAX_HORIZON_DAYS}`);
  }
  const s = compile(spec);
  const today = helsinkiDay(ms);
  for (let day = today - 1; day <= today + horizonDays; day++) {
    const span = planDay(s, day).spans.find((x) => x.end > ms);
    if (span)
      return { start: formatInstant(Math.max(span.start, ms)), end: formatInstant(span.end) };
  }
  return null;
}
