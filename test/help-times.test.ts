/**
 * findHelp's times and ranking as functions: what an option's hours say about the window asked,
 * and the order of options. Every expected time was worked out by hand from the calendar: Helsinki
 * is +02:00 in December 2026; Fri 2026-12-04, Mon 2026-12-07.
 */
import 'reflect-metadata';
import type { ScheduleSpec } from '../server/src/modules/schedule/engine';
import { openIntervals } from '../server/src/modules/schedule/shared-specs';
import { HelpArea, HelpOptionKind } from '../server/src/modules/directory/find-help.types';
import {
  compareRankKeys,
  rankKey,
  type Rankable,
} from '../server/src/modules/directory/help-ranking';
import {
  availability,
  firstAvailability,
  type HelpWindow,
} from '../server/src/modules/directory/help-times';
import { AccessMode } from '../server/src/modules/service-catalogue/service.enums';

/** Weekdays 08-16, and Friday nights 22-02 over midnight. */
const spec: ScheduleSpec = {
  alwaysOpen: false,
  holidayPolicy: 'CLOSED_ON_HOLIDAYS',
  rules: [
    { weekdays: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00', interval: 1 },
    { weekdays: [5], opens: '22:00', closes: '02:00', overMidnight: true, interval: 1 },
  ],
  exceptions: [],
};

/** Sat 2026-12-05 01:00, inside Friday night's interval. */
const saturdayNight = new Date('2026-12-05T01:00:00+02:00');
const window = (kind: HelpWindow['kind'], from: string, to: string): HelpWindow => ({
  kind,
  from,
  to,
  now: saturdayNight,
});
const interval = (date: string, opens: string, closes: string, closeDate = date) => ({
  start: `${date}T${opens}:00+02:00`,
  end: `${closeDate}T${closes}:00+02:00`,
});

describe('an option’s time in the window', () => {
  it('open now: Friday night’s interval, which started the day before', () => {
    const now = window('now', '2026-12-05', '2026-12-05');
    const friday = interval('2026-12-04', '22:00', '02:00', '2026-12-05');
    expect(availability(spec, now)).toEqual({
      hoursKnown: true,
      nextAvailable: friday,
      nextTimes: [friday],
    });
    expect(firstAvailability(spec, now)).toEqual(availability(spec, now));
    // An hour later it has closed.
    const later = { ...now, now: new Date('2026-12-05T03:00:00+02:00') };
    expect(availability(spec, later)).toBeNull();
  });

  it('from Saturday on: the next five times start on Monday', () => {
    const any = window('any', '2026-12-05', '2027-01-01');
    const times = ['07', '08', '09', '10', '11'].map((d) =>
      interval(`2026-12-${d}`, '08:00', '16:00'),
    );
    expect(availability(spec, any)).toEqual({
      hoursKnown: true,
      nextAvailable: times[0],
      nextTimes: times,
    });
    expect(firstAvailability(spec, any)).toEqual({ hoursKnown: true, nextAvailable: times[0] });
  });

  it('on Monday at 10: the interval open now comes first, then the later ones', () => {
    const monday = {
      ...window('any', '2026-12-07', '2027-01-03'),
      now: new Date('2026-12-07T10:00:00+02:00'),
    };
    const open = interval('2026-12-07', '08:00', '16:00');
    expect(firstAvailability(spec, monday)).toEqual({ hoursKnown: true, nextAvailable: open });
    expect(availability(spec, monday)!.nextTimes.slice(0, 2)).toEqual([
      open,
      interval('2026-12-08', '08:00', '16:00'),
    ]);
  });

  it('a weekend range without a time is left out; unknown hours are not', () => {
    const weekend = window('range', '2026-12-05', '2026-12-06');
    expect(availability(spec, weekend)).toBeNull();
    expect(firstAvailability(spec, weekend)).toBeNull();
    expect(availability(null, weekend)).toEqual({
      hoursKnown: false,
      nextAvailable: null,
      nextTimes: [],
    });
  });

  it('reads a range’s intervals once, with their starts and ends as epoch milliseconds', () => {
    const week = openIntervals(spec, '2026-12-04', '2026-12-05');
    expect(week.intervals).toEqual([
      interval('2026-12-04', '08:00', '16:00'),
      interval('2026-12-04', '22:00', '02:00', '2026-12-05'),
    ]);
    expect(week.starts).toEqual(week.intervals.map((i) => new Date(i.start).getTime()));
    expect(week.ends).toEqual(week.intervals.map((i) => new Date(i.end).getTime()));
    expect(openIntervals(spec, '2026-12-04', '2026-12-05')).toBe(week);
  });
});

describe('the ranking', () => {
  const now = saturdayNight;
  const option = (id: string, changes: Partial<Rankable> = {}): Rankable => ({
    kind: HelpOptionKind.SERVICE_AT_STATION,
    topicScore: 0,
    nextAvailable: interval('2026-12-07', '08:00', '16:00'),
    accessModes: [AccessMode.APPOINTMENT],
    distanceKm: 1,
    area: HelpArea.NEARBY,
    name: 'Asema',
    id,
    ...changes,
  });
  const ranked = (options: Rankable[]) =>
    options
      .map((o) => ({ id: o.id, key: rankKey(o, now) }))
      .sort((a, b) => compareRankKeys(a.key, b.key))
      .map((o) => o.id);

  it('puts more topics first, then the sooner time, an open one counting as now', () => {
    expect(
      ranked([
        option('monday'),
        option('unknown', { nextAvailable: null }),
        option('open-now', {
          nextAvailable: interval('2026-12-04', '22:00', '02:00', '2026-12-05'),
        }),
        option('more-topics', { topicScore: 2 }),
      ]),
    ).toEqual(['more-topics', 'open-now', 'monday', 'unknown']);
  });

  it('breaks ties by walk-in, distance, area, kind, name and id', () => {
    expect(
      ranked([
        option('z-id'),
        option('a-id'),
        option('b-name', { name: 'Bsema' }),
        option('reception', { kind: HelpOptionKind.RECEPTION }),
        option('region', { area: HelpArea.REGION }),
        option('farther', { distanceKm: 5 }),
        option('walk-in', { accessModes: [AccessMode.WALK_IN], distanceKm: 9 }),
      ]),
    ).toEqual(['walk-in', 'reception', 'a-id', 'z-id', 'b-name', 'region', 'farther']);
  });
});
