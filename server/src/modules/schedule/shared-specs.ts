import { LRUCache } from 'lru-cache';
import type { LocalizedText } from '../../common/localized-text';
import {
  openingHours,
  summarize,
  type HolidayPolicy,
  type Language,
  type OpenInterval,
  type OpeningDay,
  type ScheduleSpec,
} from './engine';

/**
 * Schedules are read all the time and change seldom, and the engine's answer depends on nothing
 * but a schedule's content and the dates asked: a page of 50 stations computes the same thousand
 * schedules' week for every visitor. So a schedule's content, as read from the database, is
 * parsed once into one shared spec, and what the engine computed from that spec is kept with it.
 *
 * Always correct without invalidation: the key is the whole content read in this request, so an
 * edited schedule has a new key (and the old entry ages out). Shared values are frozen: the same
 * arrays answer many requests.
 */
export interface SpecContent {
  alwaysOpen: boolean;
  holidayPolicy: HolidayPolicy;
  /** The JSON texts of the rules and exceptions, as PostgreSQL wrote them. */
  rules: string;
  exceptions: string;
}

/**
 * Distinct schedule contents kept: the popular ones (a page of 100 stations names about 2,000).
 * With 2,000, 5,000 or 20,000 kept, the benchmark's peak memory at 10,000 stations stayed within
 * its run-to-run spread (530-600 MB); the smaller bound keeps the worst case small.
 */
const SPECS_KEPT = 5_000;
/** Date ranges kept per schedule: the public apps ask for a few (this week, the next 30 days). */
const RANGES_KEPT = 4;

const specs = new LRUCache<string, ScheduleSpec>({ max: SPECS_KEPT });

interface Computed {
  days: Map<string, readonly OpeningDay[]>;
  intervals: Map<string, OpenIntervals>;
  summaries: Partial<Record<Language, string>>;
  text?: LocalizedText;
}
const computed = new WeakMap<ScheduleSpec, Computed>();

/** The one spec of this content. */
export function sharedSpec(content: SpecContent): ScheduleSpec {
  const key = `${content.alwaysOpen}|${content.holidayPolicy}|${content.rules}|${content.exceptions}`;
  let spec = specs.get(key);
  if (!spec) {
    spec = deepFreeze<ScheduleSpec>({
      alwaysOpen: content.alwaysOpen,
      holidayPolicy: content.holidayPolicy,
      rules: JSON.parse(content.rules),
      exceptions: JSON.parse(content.exceptions),
    });
    specs.set(key, spec);
  }
  return spec;
}

/** The engine's opening days, computed once per spec and range. */
export function openingDays(spec: ScheduleSpec, from: string, to: string): readonly OpeningDay[] {
  const memo = computedOf(spec);
  const range = `${from}/${to}`;
  let days = memo.days.get(range);
  if (!days) {
    days = deepFreeze(openingHours(spec, from, to));
    keepRange(memo.days, range, days);
  }
  return days;
}

/**
 * The open intervals of a range in time order, with the epoch milliseconds of their starts and
 * ends beside them: findHelp asks which of a schedule's intervals are still to come for hundreds
 * of schedules per request, and parsing each end's text again was most of that work.
 */
export interface OpenIntervals {
  intervals: readonly OpenInterval[];
  starts: readonly number[];
  ends: readonly number[];
}

/** The intervals of `openingDays(spec, from, to)`, flattened once per spec and range. */
export function openIntervals(spec: ScheduleSpec, from: string, to: string): OpenIntervals {
  const memo = computedOf(spec);
  const range = `${from}/${to}`;
  let flat = memo.intervals.get(range);
  if (!flat) {
    const intervals = openingDays(spec, from, to).flatMap((day) => day.intervals);
    flat = Object.freeze({
      intervals: Object.freeze(intervals),
      starts: Object.freeze(intervals.map((interval) => Date.parse(interval.start))),
      ends: Object.freeze(intervals.map((interval) => Date.parse(interval.end))),
    });
    keepRange(memo.intervals, range, flat);
  }
  return flat;
}

/** The engine's summary in one language, worded once per spec. */
export function summaryOf(spec: ScheduleSpec, language: Language): string {
  const memo = computedOf(spec);
  return (memo.summaries[language] ??= summarize(spec, language));
}

/**
 * The summary as a localized text, each language worded when read (a list of a thousand services
 * asks for one language, not three). One object per spec: an object with getters cost about as
 * much to make for every field as the rest of the field.
 */
export function summaryText(spec: ScheduleSpec): LocalizedText {
  const memo = computedOf(spec);
  return (memo.text ??= Object.freeze({
    get fi() {
      return summaryOf(spec, 'fi');
    },
    get sv() {
      return summaryOf(spec, 'sv');
    },
    get en() {
      return summaryOf(spec, 'en');
    },
  }));
}

/** Keeps a range's result, at most RANGES_KEPT per spec: the oldest range goes first. */
function keepRange<T>(ranges: Map<string, T>, range: string, value: T): void {
  // A Map keeps insertion order.
  if (ranges.size >= RANGES_KEPT) ranges.delete(ranges.keys().next().value!);
  ranges.set(range, value);
}

function computedOf(spec: ScheduleSpec): Computed {
  let memo = computed.get(spec);
  if (!memo) {
    memo = { days: new Map(), intervals: new Map(), summaries: {} };
    computed.set(spec, memo);
  }
  return memo;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
