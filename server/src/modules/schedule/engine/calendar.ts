/**
 * Calendar arithmetic on whole days. Dates are handled as "epoch days" (days since 1970-01-01) so that
 * week and month reasoning never goes through a time zone and cannot be bent by DST.
 */

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** 1970-01-05 was the first Monday after the epoch; ISO weeks are counted from it. */
const FIRST_MONDAY = 4;

export const MINUTES_PER_DAY = 1440;

export function parseDate(text: string | null | undefined): number | null {
  if (typeof text !== 'string') return null;
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/**
 * The texts of the days asked about recently. The engine names each day of each schedule it
 * computes (holidays are looked up by date): a page of 50 stations names the same few days
 * thousands of times. Dates are few, so the memo is simply dropped when it grows large.
 */
const dateTexts = new Map<number, string>();
const DATE_TEXTS_KEPT = 4096;

export function formatDate(epochDay: number): string {
  let text = dateTexts.get(epochDay);
  if (text === undefined) {
    text = new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
    if (dateTexts.size >= DATE_TEXTS_KEPT) dateTexts.clear();
    dateTexts.set(epochDay, text);
  }
  return text;
}

/** Days from one date to another, both included (NaN when either is not a date). */
export function daysInRange(from: string, to: string): number {
  return (parseDate(to) ?? Number.NaN) - (parseDate(from) ?? Number.NaN) + 1;
}

/** The date some days after another (before it, when negative). */
export function plusDays(date: string, days: number): string {
  return formatDate((parseDate(date) ?? Number.NaN) + days);
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civil(epochDay: number): CivilDate {
  const d = new Date(epochDay * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoWeekday(epochDay: number): number {
  return mod(epochDay - FIRST_MONDAY, 7) + 1;
}

/** Continuous ISO week number, so that cycles run straight through year ends and week 53. */
export function weekIndex(epochDay: number): number {
  return Math.floor((epochDay - FIRST_MONDAY) / 7);
}

export function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** Minutes after midnight; '24:00' only when allowed, as a closing time meaning end of day. */
export function parseTime(text: string | null | undefined, allowEndOfDay: boolean): number | null {
  if (typeof text !== 'string') return null;
  if (text === '24:00') return allowEndOfDay ? MINUTES_PER_DAY : null;
  const m = TIME_RE.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The epoch day of the Monday of a week from weekIndex. */
export function mondayOfWeek(week: number): number {
  return FIRST_MONDAY + week * 7;
}
