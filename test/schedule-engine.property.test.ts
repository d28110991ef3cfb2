/**
 * Property tests: the three query functions must tell the same story for random valid schedules
 * and instants. Instants are drawn around the 2026 DST changes and the 2026/2027 year end, where the
 * engine is most likely to disagree with itself.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  ExceptionSpec,
  isOpen,
  nextOpening,
  openingHours,
  RuleSpec,
  ScheduleSpec,
  validateSchedule,
} from '../server/src/modules/schedule/engine';

const ZONE = 'Europe/Helsinki';
const RUNS = { numRuns: 200 };

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Quarter hours keep times on the boundaries that real schedules use, DST gap included. */
const quarter = fc.integer({ min: 0, max: 95 }).map((q) => q * 15);

const isoDate = (from: string, days: number) =>
  fc
    .integer({ min: 0, max: days })
    .map((n) => DateTime.fromISO(from).plus({ days: n }).toISODate()!);

/** opens/closes/overMidnight that validateSchedule accepts. */
const hours = fc
  .tuple(quarter, quarter, fc.boolean(), fc.integer({ min: 0, max: 9 }))
  .map(([a, b, overMidnight, tenth]) => {
    if (overMidnight && b <= a) return { opens: hhmm(a), closes: hhmm(b), overMidnight: true };
    const [lo, hi] = a < b ? [a, b] : [b, a + 15];
    return {
      opens: hhmm(lo),
      closes: tenth === 0 || hi >= 1440 ? '24:00' : hhmm(hi),
      overMidnight: false,
    };
  });

const rule: fc.Arbitrary<RuleSpec> = fc
  .record({
    weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    hours,
    interval: fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 4 })),
    anchorDate: isoDate('2025-06-01', 800),
    nthOfMonth: fc.option(fc.constantFrom(1, 2, 3, 4, 5, -1), { freq: 3 }),
    validFrom: fc.option(isoDate('2025-09-01', 500), { freq: 2 }),
    validLength: fc.integer({ min: 0, max: 300 }),
    bounded: fc.boolean(),
  })
  .map((r) => ({
    weekdays: r.weekdays,
    ...r.hours,
    interval: r.interval,
    anchorDate: r.interval > 1 ? r.anchorDate : null,
    nthOfMonth: r.nthOfMonth,
    validFrom: r.validFrom,
    validTo:
      r.bounded && r.validFrom
        ? DateTime.fromISO(r.validFrom).plus({ days: r.validLength }).toISODate()
        : null,
  }));

const exception: fc.Arbitrary<ExceptionSpec> = fc
  .record({ start: isoDate('2025-12-01', 450), length: fc.integer({ min: 0, max: 14 }), hours })
  .chain((e) =>
    fc.constantFrom<ExceptionSpec>(
      {
        startDate: e.start,
        endDate: DateTime.fromISO(e.start).plus({ days: e.length }).toISODate()!,
        closed: true,
        reason: { fi: 'Suljettu', sv: 'Stängt', en: 'Closed' },
      },
      {
        startDate: e.start,
        endDate: DateTime.fromISO(e.start).plus({ days: e.length }).toISODate()!,
        closed: false,
        ...e.hours,
      },
    ),
  );

const schedule: fc.Arbitrary<ScheduleSpec> = fc.record({
  alwaysOpen: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  holidayPolicy: fc.constantFrom(
    'CLOSED_ON_HOLIDAYS',
    'CLOSED_ON_HOLIDAYS_AND_EVES',
    'IGNORE_HOLIDAYS',
  ),
  rules: fc.array(rule, { maxLength: 4 }),
  exceptions: fc.array(exception, { maxLength: 3 }),
});

/** Whole minutes from 2025-12-01 to 2027-02-01, half of them near the 2026 DST changes. */
const minute = (fromIso: string, toIso: string) =>
  fc
    .integer({ min: Date.parse(fromIso) / 60000, max: Date.parse(toIso) / 60000 })
    .map((m) => new Date(m * 60000));
const instant = fc.oneof(
  minute('2025-12-01T00:00:00Z', '2027-02-01T00:00:00Z'),
  minute('2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z'),
  minute('2026-10-23T00:00:00Z', '2026-10-27T00:00:00Z'),
  minute('2026-12-20T00:00:00Z', '2027-01-10T00:00:00Z'),
);

const helsinkiDate = (t: Date) => DateTime.fromJSDate(t, { zone: ZONE }).toISODate()!;
const ms = (iso: string) => DateTime.fromISO(iso).toMillis();

describe('schedule engine properties', () => {
  it('the generator only makes schedules validateSchedule accepts, except for overlaps', () => {
    fc.assert(
      fc.property(schedule, (spec) => {
        const keys = Object.keys(validateSchedule(spec));
        expect(keys.filter((k) => !/^rules\.\d+$/.test(k))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('isOpen(t) agrees with the intervals of t and the day before', () => {
    fc.assert(
      fc.property(schedule, instant, (spec, t) => {
        const date = helsinkiDate(t);
        const previous = DateTime.fromISO(date).minus({ days: 1 }).toISODate()!;
        const covered = openingHours(spec, previous, date)
          .flatMap((d) => d.intervals)
          .some((i) => ms(i.start) <= t.getTime() && t.getTime() < ms(i.end));
        expect(isOpen(spec, t)).toBe(covered);
      }),
      RUNS,
    );
  });

  it('nextOpening(t) starts no earlier than t, is open at its start, and nothing opens earlier', () => {
    fc.assert(
      fc.property(schedule, instant, (spec, t) => {
        const next = nextOpening(spec, t);
        if (next === null) {
          expect(isOpen(spec, t)).toBe(false);
          return;
        }
        const start = ms(next.start);
        expect(start).toBeGreaterThanOrEqual(t.getTime());
        expect(ms(next.end)).toBeGreaterThan(start);
        expect(isOpen(spec, new Date(start))).toBe(true);
        if (isOpen(spec, t)) expect(start).toBe(t.getTime());
        const from = DateTime.fromJSDate(t, { zone: ZONE }).minus({ days: 1 });
        const to = DateTime.fromMillis(start, { zone: ZONE });
        if (to.diff(from, 'days').days < 300) {
          const earlier = openingHours(spec, from.toISODate()!, to.toISODate()!)
            .flatMap((d) => d.intervals)
            .filter((i) => ms(i.end) > t.getTime() && Math.max(ms(i.start), t.getTime()) < start);
          expect(earlier).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('the intervals of a day are sorted, disjoint, non-empty and start on that day', () => {
    fc.assert(
      fc.property(
        schedule,
        isoDate('2025-12-01', 420),
        fc.integer({ min: 0, max: 45 }),
        (spec, from, n) => {
          const to = DateTime.fromISO(from).plus({ days: n }).toISODate()!;
          for (const day of openingHours(spec, from, to)) {
            day.intervals.forEach((interval, i) => {
              expect(ms(interval.start)).toBeLessThan(ms(interval.end));
              expect(DateTime.fromISO(interval.start, { zone: ZONE }).toISODate()).toBe(day.date);
              if (i > 0) expect(ms(day.intervals[i - 1].end)).toBeLessThan(ms(interval.start));
            });
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
