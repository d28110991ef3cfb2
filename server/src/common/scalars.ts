import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTime } from 'luxon';
import { parseDate as calendarDay } from '../modules/schedule/engine/calendar';

export const ZONE = 'Europe/Helsinki';

function invalid(name: string, hint: string): never {
  throw new GraphQLError(`${name} must be ${hint}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** YYYY-MM-DD of a real day (the engine's own check: luxon took about 30 µs a date). */
function isIsoDate(value: string): boolean {
  return calendarDay(value) !== null;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) invalid('Date', 'a calendar date YYYY-MM-DD');
  return value;
}

/** A calendar date without time zone, as 'YYYY-MM-DD'. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseTime(value: unknown): string {
  if (typeof value !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/.test(value)) {
    invalid('LocalTime', 'a wall-clock time HH:mm (00:00-24:00)');
  }
  return value;
}

/** A Europe/Helsinki wall-clock time, 'HH:mm'. PostgreSQL returns 'HH:mm:ss'; we drop seconds. */
export const LocalTimeScalar = new GraphQLScalarType<string, string>({
  name: 'LocalTime',
  description: 'A Europe/Helsinki wall-clock time, HH:mm.',
  serialize: (value) => String(value).slice(0, 5),
  parseValue: parseTime,
  parseLiteral: (ast) => parseTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): Date {
  const parsed = typeof value === 'string' ? DateTime.fromISO(value, { setZone: true }) : null;
  if (!parsed?.isValid || !/([+-]\d{2}:?\d{2}|Z)$/.test(String(value))) {
    invalid('DateTime', 'an ISO 8601 date and time with an offset');
  }
  return parsed.toJSDate();
}

/**
 * Luxon's zone conversion is slow (Intl underneath) and an answer of opening hours serializes the
 * same few instants over and over: the results are kept, up to a bound, by instant or by text.
 */
const SERIALIZED_LIMIT = 50_000;
const serialized = new Map<number | string, string>();

function helsinkiIso(value: unknown): string {
  const key = value instanceof Date ? value.getTime() : String(value);
  let text = serialized.get(key);
  if (text === undefined) {
    const date =
      value instanceof Date ? DateTime.fromJSDate(value) : DateTime.fromISO(String(value));
    text = date.setZone(ZONE).toISO({ suppressMilliseconds: true }) as string;
    if (serialized.size >= SERIALIZED_LIMIT) serialized.clear();
    serialized.set(key, text);
  }
  return text;
}

/** An instant, serialized in Europe/Helsinki time with its offset. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant as ISO 8601 with offset, e.g. 2026-03-30T08:00:00+03:00.',
  serialize: helsinkiIso,
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
