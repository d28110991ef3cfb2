import { civil, parseDate, parseTime, MINUTES_PER_DAY } from './calendar';
import { overlapWeekdays } from './overlap';
import { compileRule } from './rule-occurrence';
import { ExceptionSpec, MAX_RANGE_DAYS, MAX_YEAR, MIN_YEAR, RuleSpec, ScheduleSpec } from './types';

type Add = (path: string, message: string) => void;

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/** Checks an optional date; returns its epoch day when usable. */
function checkDate(value: string | null | undefined, path: string, field: string, add: Add) {
  if (isBlank(value)) return null;
  const day = parseDate(value);
  if (day === null) {
    add(path, `${field} must be a date YYYY-MM-DD`);
    return null;
  }
  const { year } = civil(day);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    add(path, `${field} must be between the years ${MIN_YEAR} and ${MAX_YEAR}`);
    return null;
  }
  return day;
}

/** Checks an opens/closes pair shared by rules and special hours. */
function checkHours(
  opensText: string | null | undefined,
  closesText: string | null | undefined,
  overMidnight: boolean,
  path: string,
  noun: 'rule' | 'exception',
  add: Add,
): void {
  const opens = parseTime(opensText, false);
  const closes = parseTime(closesText, true);
  if (opens === null) add(`${path}.opens`, 'opens must be a time HH:mm from 00:00 to 23:59');
  if (closes === null) add(`${path}.closes`, 'closes must be a time HH:mm from 00:00 to 24:00');
  if (opens === null || closes === null) return;
  if (!overMidnight && closes <= opens) {
    add(`${path}.closes`, `closes must be after opens (or mark the ${noun} overMidnight)`);
  } else if (overMidnight && closes === MINUTES_PER_DAY) {
    add(`${path}.closes`, 'closes cannot be 24:00 when the span runs over midnight');
  } else if (overMidnight && closes > opens) {
    add(`${path}.closes`, 'an overMidnight span must close the next day no later than it opened');
  }
}

function validateRule(rule: RuleSpec, path: string, add: Add): void {
  const weekdays: unknown[] = Array.isArray(rule.weekdays) ? rule.weekdays : [];
  if (weekdays.length === 0) add(`${path}.weekdays`, 'weekdays must contain at least one day');
  if (weekdays.some((d) => !Number.isInteger(d) || (d as number) < 1 || (d as number) > 7)) {
    add(`${path}.weekdays`, 'weekdays must be numbers from 1 (Mon) to 7 (Sun)');
  }
  if (new Set(weekdays).size !== weekdays.length) {
    add(`${path}.weekdays`, 'weekdays must not repeat a day');
  }
  checkHours(rule.opens, rule.closes, Boolean(rule.overMidnight), path, 'rule', add);
  const intervalOk = Number.isInteger(rule.interval) && rule.interval >= 1 && rule.interval <= 52;
  if (!intervalOk) add(`${path}.interval`, 'interval must be a whole number of weeks from 1 to 52');
  checkDate(rule.anchorDate, `${path}.anchorDate`, 'anchorDate', add);
  if (intervalOk && rule.interval > 1 && isBlank(rule.anchorDate)) {
    add(`${path}.anchorDate`, 'anchorDate is required when interval is greater than 1');
  }
  const nth = rule.nthOfMonth;
  if (!isBlank(nth) && nth !== -1 && !(Number.isInteger(nth) && nth! >= 1 && nth! <= 5)) {
    add(`${path}.nthOfMonth`, 'nthOfMonth must be 1 to 5, or -1 for the last one of the month');
  }
  const from = checkDate(rule.validFrom, `${path}.validFrom`, 'validFrom', add);
  const to = checkDate(rule.validTo, `${path}.validTo`, 'validTo', add);
  if (from !== null && to !== null && to < from) {
    add(`${path}.validTo`, 'validTo must not be before validFrom');
  }
}

function validateException(e: ExceptionSpec, path: string, add: Add): void {
  const start = checkDate(e.startDate, `${path}.startDate`, 'startDate', add);
  const end = checkDate(e.endDate, `${path}.endDate`, 'endDate', add);
  if (isBlank(e.startDate)) add(`${path}.startDate`, 'startDate is required');
  if (isBlank(e.endDate)) add(`${path}.endDate`, 'endDate is required');
  if (start !== null && end !== null) {
    if (end < start) add(`${path}.endDate`, 'endDate must not be before startDate');
    else if (end - start + 1 > MAX_RANGE_DAYS) {
      add(`${path}.endDate`, `an exception may cover at most ${MAX_RANGE_DAYS} days`);
    }
  }
  if (e.closed) {
    if (!isBlank(e.opens)) add(`${path}.opens`, 'a closed exception must not have opens');
    if (!isBlank(e.closes)) add(`${path}.closes`, 'a closed exception must not have closes');
  } else if (isBlank(e.opens) || isBlank(e.closes)) {
    if (isBlank(e.opens)) add(`${path}.opens`, 'opens is required for special hours');
    if (isBlank(e.closes)) add(`${path}.closes`, 'closes is required for special hours');
  } else {
    checkHours(e.opens, e.closes, Boolean(e.overMidnight), path, 'exception', add);
  }
  if (e.reason && (typeof e.reason.fi !== 'string' || e.reason.fi.trim() === '')) {
    add(`${path}.reason.fi`, 'a reason needs a Finnish text');
  }
}

/** Field path -> English messages; {} when the schedule is valid. */
export function validateSchedule(spec: ScheduleSpec): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add: Add = (path, message) => {
    (errors[path] ??= []).push(message);
  };
  const rules = spec.rules ?? [];
  rules.forEach((rule, i) => validateRule(rule, `rules.${i}`, add));
  (spec.exceptions ?? []).forEach((e, i) => validateException(e, `exceptions.${i}`, add));

  // Overlaps are only meaningful between rules that are otherwise well-formed.
  const clean = rules.map((rule, i) =>
    Object.keys(errors).some((k) => k.startsWith(`rules.${i}.`)) ? null : compileRule(rule, i),
  );
  for (let j = 0; j < clean.length; j++) {
    for (let i = 0; i < j; i++) {
      const [a, b] = [clean[i], clean[j]];
      if (!a || !b) continue;
      const days = overlapWeekdays(a, b);
      if (days.length > 0) {
        add(
          `rules.${j}`,
          `overlaps rules.${i} on ${days.map((d) => WEEKDAY_NAMES[d - 1]).join(', ')}`,
        );
      }
    }
  }
  return errors;
}
