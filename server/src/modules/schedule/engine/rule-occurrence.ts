import {
  civil,
  daysInMonth,
  isoWeekday,
  mod,
  parseDate,
  parseTime,
  weekIndex,
  MINUTES_PER_DAY,
} from './calendar';
import { RuleSpec } from './types';

/** A rule with its strings parsed once, so a range query does not re-parse them for every day. */
export interface CompiledRule {
  index: number;
  weekdays: ReadonlySet<number>;
  opens: number;
  closes: number;
  overMidnight: boolean;
  interval: number;
  anchorWeek: number | null;
  nthOfMonth: number | null;
  from: number;
  to: number;
}

/**
 * Returns null for a rule the engine cannot interpret. validateSchedule rejects such rules; the
 * engine drops them instead of throwing so that one bad row cannot take a whole station offline.
 */
export function compileRule(rule: RuleSpec, index: number): CompiledRule | null {
  const opens = parseTime(rule.opens, false);
  const closes = parseTime(rule.closes, true);
  const interval = rule.interval;
  if (opens === null || closes === null) return null;
  if (!Number.isInteger(interval) || interval < 1) return null;
  const weekdays = new Set(
    (rule.weekdays ?? []).filter((d) => Number.isInteger(d) && d >= 1 && d <= 7),
  );
  if (weekdays.size === 0) return null;
  const nth = rule.nthOfMonth ?? null;
  if (nth !== null && nth !== -1 && !(Number.isInteger(nth) && nth >= 1 && nth <= 5)) return null;
  const anchor = parseDate(rule.anchorDate);
  // Without an anchor the "on" weeks of a multi-week cycle are unknown: claiming any would mislead.
  if (interval > 1 && anchor === null) return null;
  return {
    index,
    weekdays,
    opens,
    // A span cannot close at 24:00 of the following day; that would reach two days ahead.
    closes: rule.overMidnight && closes === MINUTES_PER_DAY ? 0 : closes,
    overMidnight: Boolean(rule.overMidnight),
    interval,
    anchorWeek: anchor === null ? null : weekIndex(anchor),
    nthOfMonth: nth,
    from: parseDate(rule.validFrom) ?? -Infinity,
    to: parseDate(rule.validTo) ?? Infinity,
  };
}

export function inCycle(rule: CompiledRule, week: number): boolean {
  if (rule.interval === 1) return true;
  return rule.anchorWeek !== null && mod(week - rule.anchorWeek, rule.interval) === 0;
}

/** Whether day-of-month `dom` in a month of `length` days is the nth (-1: last) of its weekday. */
export function nthMatchesDom(nth: number | null, dom: number, length: number): boolean {
  if (nth === null) return true;
  if (nth === -1) return dom + 7 > length;
  return Math.floor((dom - 1) / 7) + 1 === nth;
}

export function matchesNth(nth: number | null, day: number): boolean {
  if (nth === null) return true;
  const { year, month, day: dom } = civil(day);
  return nthMatchesDom(nth, dom, daysInMonth(year, month));
}

/** Whether the rule starts a span on `day` (an epoch day). */
export function ruleOccursOn(rule: CompiledRule, day: number): boolean {
  return (
    day >= rule.from &&
    day <= rule.to &&
    rule.weekdays.has(isoWeekday(day)) &&
    inCycle(rule, weekIndex(day)) &&
    matchesNth(rule.nthOfMonth, day)
  );
}
