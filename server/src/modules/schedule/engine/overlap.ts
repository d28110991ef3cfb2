import { mondayOfWeek, weekIndex, MINUTES_PER_DAY } from './calendar';
import { CompiledRule, inCycle, matchesNth, nthMatchesDom } from './rule-occurrence';

/** A rule's wall-clock minutes on the day it starts (offset 0) or on the next day (offset 1). */
interface Segment {
  weekday: number;
  offset: 0 | 1;
  from: number;
  to: number;
}

/**
 * The search runs over the years validation accepts (2000-2100): a coincidence outside them cannot
 * happen to a valid schedule, and the bound keeps the work per rule pair small.
 */
const FIRST_DAY = 10_957; // 2000-01-01
const LAST_DAY = 47_846; // 2100-12-31

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
 * Whether some day-of-month can satisfy nth `na` while the day `k` days later satisfies `nb`, in
 * any month lengths. Cheap, and it spares the date scan the pairs that can never meet, such as
 * the 1st and the 2nd Monday, which would otherwise be scanned for a century.
 */
function nthCompatible(na: number | null, nb: number | null, k: number): boolean {
  if (na === null || nb === null) return true;
  const lengths = [28, 29, 30, 31];
  return lengths.some((length) =>
    Array.from({ length }, (_, i) => i + 1).some((dom) => {
      if (!nthMatchesDom(na, dom, length)) return false;
      if (k === 0) return nthMatchesDom(nb, dom, length);
      if (k === 1 && dom < length) return nthMatchesDom(nb, dom + 1, length);
      if (k === -1 && dom > 1) return nthMatchesDom(nb, dom - 1, length);
      // Stepping over a month boundary: the other month may have any length.
      return lengths.some((other) => nthMatchesDom(nb, k === 1 ? 1 : other, other));
    }),
  );
}

/**
 * Whether `a` can start a span on some date d with weekday `weekdayA` while `b` starts one on d + k.
 * The week cycles are solved by stepping through their common period, and nth-of-month is checked
 * on the actual dates.
 */
function canCoincide(a: CompiledRule, weekdayA: number, b: CompiledRule, k: number): boolean {
  const start = Math.max(a.from, b.from - k, FIRST_DAY);
  const end = Math.min(a.to, b.to - k, LAST_DAY);
  if (start > end || !nthCompatible(a.nthOfMonth, b.nthOfMonth, k)) return false;
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
