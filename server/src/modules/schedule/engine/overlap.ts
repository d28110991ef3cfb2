import { mondayOfWeek, weekIndex, MINUTES_PER_DAY } from './calendar';
import { CompiledRule, inCycle, matchesNth } from './rule-occurrence';

/** A rule's wall-clock minutes on the day it starts (offset 0) or on the next day (offset 1). */
interface Segment {
  weekday: number;
  offset: 0 | 1;
  from: number;
  to: number;
}

/** Four hundred Gregorian years: the calendar, weekdays included, repeats after this many days. */
const GREGORIAN_CYCLE_DAYS = 146_097;
/** Where to start looking when neither rule has a start date: any start works, as both repeat. */
const REFERENCE_DAY = 10_959; // 2000-01-03, a Monday

function segments(rule: CompiledRule): Segment[] {
  const out: Segment[] = [];
  for (const weekday of rule.weekdays) {
    out.push({
      weekday,
      offset: 0,
      from: rule.opens,
      to: rule.overMidnight ? MINUTES_PER_DAY : rule.closes,
    });
    if (rule.overMidnight && rule.closes > 0) {
      out.push({ weekday, offset: 1, from: 0, to: rule.closes });
    }
  }
  return out;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * Whether `a` can start a span on some date d with weekday `weekdayA` while `b` starts one on d + k.
 * Exact within four hundred years of the first date both could apply: the week cycles are solved
 * by stepping through their common period, and nth-of-month is checked on the actual dates.
 */
function canCoincide(a: CompiledRule, weekdayA: number, b: CompiledRule, k: number): boolean {
  const lo = Math.max(a.from, b.from - k);
  const hi = Math.min(a.to, b.to - k);
  if (lo > hi) return false;
  const start = Number.isFinite(lo)
    ? lo
    : Number.isFinite(hi)
      ? hi - GREGORIAN_CYCLE_DAYS
      : REFERENCE_DAY;
  const end = Math.min(hi, start + GREGORIAN_CYCLE_DAYS);
  // B's date lies in the next or previous ISO week when the k-day step crosses a Sunday/Monday.
  const weekShift = weekdayA + k > 7 ? 1 : weekdayA + k < 1 ? -1 : 0;
  const period = (a.interval * b.interval) / gcd(a.interval, b.interval);
  const firstWeek = weekIndex(start);
  let week = firstWeek;
  while (!(inCycle(a, week) && inCycle(b, week + weekShift))) {
    if (++week >= firstWeek + period) return false;
  }
  for (; mondayOfWeek(week) <= end; week += period) {
    const day = mondayOfWeek(week) + weekdayA - 1;
    if (day < start) continue;
    if (day > end) break;
    if (matchesNth(a.nthOfMonth, day) && matchesNth(b.nthOfMonth, day + k)) return true;
  }
  return false;
}

/** Weekdays (1..7) on which spans of the two rules overlap in wall-clock time on some date. */
export function overlapWeekdays(a: CompiledRule, b: CompiledRule): number[] {
  const found = new Set<number>();
  for (const sa of segments(a)) {
    for (const sb of segments(b)) {
      const day = ((sa.weekday + sa.offset - 1) % 7) + 1;
      if (day !== ((sb.weekday + sb.offset - 1) % 7) + 1 || found.has(day)) continue;
      if (Math.max(sa.from, sb.from) >= Math.min(sa.to, sb.to)) continue;
      if (canCoincide(a, sa.weekday, b, sa.offset - sb.offset)) found.add(day);
    }
  }
  return [...found].sort((x, y) => x - y);
}
