import { DateTime } from 'luxon';
import { civil, MINUTES_PER_DAY } from './calendar';
import { OpenInterval, ZONE } from './types';

/** A half-open span [start, end) in epoch milliseconds. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Luxon's time-zone arithmetic (Intl underneath) is the engine's hot spot: every answer converts
 * the same few wall-clock times on the same days, and formats the same instants. Both are pure
 * functions of a number, so they are memoized; a cache is emptied when it reaches CACHE_LIMIT
 * entries, which bounds its memory.
 */
const CACHE_LIMIT = 50_000;

function memoized<V>(compute: (key: number) => V): (key: number) => V {
  const cache = new Map<number, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** Minutes run from 0 to 1440 (24:00): they fit below this multiplier of the day. */
const MINUTES_KEY = 2048;

/**
 * The instant of a Helsinki wall-clock time. Luxon moves a time inside the spring-forward gap
 * forward by the gap (03:30 becomes 04:30 +03:00) and resolves the repeated autumn hour to its
 * second, winter-time occurrence.
 */
function instant(day: number, minutes: number): number {
  return instantOfKey(day * MINUTES_KEY + minutes);
}

const instantOfKey = memoized((key: number): number => {
  const day = Math.floor(key / MINUTES_KEY);
  const minutes = key - day * MINUTES_KEY;
  const { year, month, day: dom } = civil(day + Math.floor(minutes / MINUTES_PER_DAY));
  const m = minutes % MINUTES_PER_DAY;
  return DateTime.fromObject(
    { year, month, day: dom, hour: Math.floor(m / 60), minute: m % 60 },
    { zone: ZONE },
  ).toMillis();
});

/** The span a wall-clock opens/closes pair gives on `day`, or null if DST leaves nothing of it. */
export function wallClockSpan(
  day: number,
  opens: number,
  closes: number,
  overMidnight: boolean,
): Span | null {
  const start = instant(day, opens);
  const end = instant(overMidnight ? day + 1 : day, closes);
  return end > start ? { start, end } : null;
}

/** Sorts and merges spans that overlap or touch, as several rules may cover the same hours. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

export const formatInstant = memoized(
  (ms: number): string =>
    DateTime.fromMillis(ms, { zone: ZONE }).toISO({ suppressMilliseconds: true }) as string,
);

export function toInterval(span: Span): OpenInterval {
  return { start: formatInstant(span.start), end: formatInstant(span.end) };
}

/** The Helsinki calendar date (as an epoch day) of an instant. */
export function helsinkiDay(ms: number): number {
  const d = DateTime.fromMillis(ms, { zone: ZONE });
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}
