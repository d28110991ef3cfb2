import { DateTime } from 'luxon';
import { BadUserInputError } from '../../common/errors';
import { ZONE } from '../../common/scalars';
import { daysInRange, formatDate, parseDate, plusDays } from '../schedule/engine/calendar';
import {
  MAX_RANGE_DAYS,
  nextOpening,
  type OpenInterval,
  type ScheduleSpec,
} from '../schedule/engine';
import { openIntervals } from '../schedule/shared-specs';
import type { HelpTimeInput } from './find-help.inputs';

/** Without dates asked, the next times shown reach this far. */
const DEFAULT_DAYS = 28;
const MAX_NEXT_TIMES = 5;

/**
 * The time part of the question. `any`: nothing is left out for its hours; `range`: options whose
 * hours are known but have no time left within the dates are left out; `now`: only options known
 * to be open at this moment.
 */
export interface HelpWindow {
  kind: 'any' | 'range' | 'now';
  from: string;
  to: string;
  now: Date;
}

export function helpWindow(when: HelpTimeInput | undefined, now: Date): HelpWindow {
  const today = DateTime.fromJSDate(now).setZone(ZONE).toISODate()!;
  if (when?.openNow) {
    if (when.from || when.to) {
      throw BadUserInputError.field('when.openNow', 'give either openNow or from/to, not both');
    }
    return { kind: 'now', from: today, to: today, now };
  }
  if (!when?.from && !when?.to) {
    return { kind: 'any', from: today, to: plusDays(today, DEFAULT_DAYS - 1), now };
  }
  const from = when.from ?? today;
  const to = when.to ?? from;
  const days = daysInRange(from, to);
  if (days < 1) throw BadUserInputError.field('when.to', 'to must not be before from');
  if (days > MAX_RANGE_DAYS) {
    throw BadUserInputError.field('when.to', `the range may be at most ${MAX_RANGE_DAYS} days`);
  }
  return { kind: 'range', from, to, now };
}

export interface Availability {
  hoursKnown: boolean;
  nextAvailable: OpenInterval | null;
  nextTimes: OpenInterval[];
}

/** How many days `firstAvailability` computes at a time. */
const SCAN_DAYS = 7;

/**
 * Just enough to rank an option: whether it is in the window and its next available time, the
 * same as `availability` gives, without the later times. It computes the days a week at a time
 * and stops at the first week with time left, so ranking hundreds of options does not compute
 * four weeks of hours for each of them; only the options shown get `availability`.
 */
export function firstAvailability(
  spec: ScheduleSpec | null,
  window: HelpWindow,
): Pick<Availability, 'hoursKnown' | 'nextAvailable'> | null {
  if (!spec || window.kind === 'now') return availability(spec, window);
  const now = window.now.getTime();
  for (const [from, to] of scanWeeks(window)) {
    const { intervals, ends } = openIntervals(spec, from, to);
    const first = ends.findIndex((end) => end > now);
    if (first >= 0) return { hoursKnown: true, nextAvailable: intervals[first] };
  }
  if (window.kind === 'range') return null;
  return { hoursKnown: true, nextAvailable: nextOpening(spec, window.now) };
}

const weeksOfWindow = new WeakMap<HelpWindow, [string, string][]>();

/** The window's days, a week at a time (worked out once per window, not once per option). */
function scanWeeks(window: HelpWindow): [string, string][] {
  let weeks = weeksOfWindow.get(window);
  if (!weeks) {
    weeks = [];
    // Dates of a window are checked ones: parseDate gives their epoch days.
    const last = parseDate(window.to)!;
    for (let day = parseDate(window.from)!; day <= last; day += SCAN_DAYS) {
      weeks.push([formatDate(day), formatDate(Math.min(day + SCAN_DAYS - 1, last))]);
    }
    weeksOfWindow.set(window, weeks);
  }
  return weeks;
}

/** When an option with these hours is available in the window; null: not within it. */
export function availability(spec: ScheduleSpec | null, window: HelpWindow): Availability | null {
  if (!spec) {
    return window.kind === 'now' ? null : { hoursKnown: false, nextAvailable: null, nextTimes: [] };
  }
  const now = window.now.getTime();
  if (window.kind === 'now') {
    // Yesterday too: an interval that started yesterday may still be open (over midnight).
    const yesterday = plusDays(window.from, -1);
    const { intervals, starts, ends } = openIntervals(spec, yesterday, window.to);
    const current = intervals.find((_interval, i) => starts[i] <= now && now < ends[i]);
    return current ? { hoursKnown: true, nextAvailable: current, nextTimes: [current] } : null;
  }
  const { intervals, ends } = openIntervals(spec, window.from, window.to);
  const upcoming = intervals.filter((_interval, i) => ends[i] > now);
  if (window.kind === 'range' && upcoming.length === 0) return null;
  return {
    hoursKnown: true,
    nextAvailable: upcoming[0] ?? nextOpening(spec, window.now),
    nextTimes: upcoming.slice(0, MAX_NEXT_TIMES),
  };
}
