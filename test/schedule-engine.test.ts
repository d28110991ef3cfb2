/**
 * Example-based tests of the opening-hours engine. Every expected date, time and offset below was
 * worked out by hand from the calendar (reasoning in the comment of each case), never by running the
 * engine. Helsinki is +02:00 (EET) in winter and +03:00 (EEST) in summer; in 2026 summer time runs
 * from Sun 2026-03-29 03:00 (clocks jump to 04:00) to Sun 2026-10-25 04:00 (clocks fall back to 03:00).
 */
import {
  finnishHolidays,
  isOpen,
  MAX_RANGE_DAYS,
  nextOpening,
  openingHours,
  OpeningDay,
  RuleSpec,
  ScheduleSpec,
  summarize,
  validateSchedule,
} from '../server/src/modules/schedule/engine';

function schedule(rules: RuleSpec[], extra: Partial<ScheduleSpec> = {}): ScheduleSpec {
  return {
    alwaysOpen: false,
    holidayPolicy: 'CLOSED_ON_HOLIDAYS',
    rules,
    exceptions: [],
    ...extra,
  };
}

function rule(weekdays: number[], opens: string, closes: string, extra: Partial<RuleSpec> = {}) {
  return { weekdays, opens, closes, interval: 1, ...extra };
}

/** The dates in a range that have at least one interval. */
function openDates(days: OpeningDay[]): string[] {
  return days.filter((d) => d.intervals.length > 0).map((d) => d.date);
}

function dayOf(spec: ScheduleSpec, date: string): OpeningDay {
  return openingHours(spec, date, date)[0];
}

describe('every third week across the 2026/2027 year end', () => {
  // 2026 starts on a Thursday, so it has 53 ISO weeks: week 53 is Mon 2026-12-28 .. Sun 2027-01-03
  // and 2027-W01 starts Mon 2027-01-04. A cycle that restarted with the year would go wrong there.

  it('anchored in week 51: on weeks are 2026-12-14, 2027-01-04, 2027-01-25', () => {
    // Anchor Mon 2026-12-14 (W51). +3 weeks = Mon 2027-01-04 (W53 of 2026 lies in between, off),
    // +6 weeks = 2027-01-25. Naive "week number % 3" would pick 2027-W03 (Jan 18) instead.
    const spec = schedule([rule([1], '08:00', '12:00', { interval: 3, anchorDate: '2026-12-14' })]);
    expect(openDates(openingHours(spec, '2026-12-01', '2027-01-31'))).toEqual([
      '2026-12-14',
      '2027-01-04',
      '2027-01-25',
    ]);
    // Winter time: +02:00.
    expect(dayOf(spec, '2027-01-04').intervals).toEqual([
      { start: '2027-01-04T08:00:00+02:00', end: '2027-01-04T12:00:00+02:00' },
    ]);
  });

  it('anchored in week 53: the cycle continues to 2027-01-18, not 2027-01-11', () => {
    // Anchor Mon 2026-12-28 (W53). Going back 3 weeks: 2026-12-07; forward: 2027-01-18, 2027-02-08.
    // "Week number % 3" would give 53 % 3 = 2 and open in 2027-W02 (Mon 2027-01-11).
    const spec = schedule([rule([1], '08:00', '12:00', { interval: 3, anchorDate: '2026-12-28' })]);
    expect(openDates(openingHours(spec, '2026-12-01', '2027-02-28'))).toEqual([
      '2026-12-07',
      '2026-12-28',
      '2027-01-18',
      '2027-02-08',
    ]);
  });

  it('every second week anchored on a Wednesday counts the anchor week from its Monday', () => {
    // Anchor Wed 2026-12-30 is in W53 (Mon 2026-12-28), so the Monday of that week is "on";
    // next on-Monday is two weeks later, 2027-01-11 (2027-W02); off in 2027-W01 (Jan 4).
    const spec = schedule([rule([1], '08:00', '12:00', { interval: 2, anchorDate: '2026-12-30' })]);
    expect(openDates(openingHours(spec, '2026-12-20', '2027-01-20'))).toEqual([
      '2026-12-28',
      '2027-01-11',
    ]);
  });
});

describe('daylight saving time', () => {
  const sunday = schedule([rule([7], '08:00', '16:00')], { holidayPolicy: 'IGNORE_HOLIDAYS' });

  it('spring forward on Sun 2026-03-29: the week before is +02:00, the day itself +03:00', () => {
    // Last Sunday of March 2026: March 31 is a Tuesday, so the 29th. At 08:00 the clocks have
    // already moved to summer time.
    expect(dayOf(sunday, '2026-03-22').intervals).toEqual([
      { start: '2026-03-22T08:00:00+02:00', end: '2026-03-22T16:00:00+02:00' },
    ]);
    expect(dayOf(sunday, '2026-03-29').intervals).toEqual([
      { start: '2026-03-29T08:00:00+03:00', end: '2026-03-29T16:00:00+03:00' },
    ]);
  });

  it('fall back on Sun 2026-10-25: the week before is +03:00, the day itself +02:00', () => {
    // Last Sunday of October 2026: October 31 is a Saturday, so the 25th.
    expect(dayOf(sunday, '2026-10-18').intervals).toEqual([
      { start: '2026-10-18T08:00:00+03:00', end: '2026-10-18T16:00:00+03:00' },
    ]);
    expect(dayOf(sunday, '2026-10-25').intervals).toEqual([
      { start: '2026-10-25T08:00:00+02:00', end: '2026-10-25T16:00:00+02:00' },
    ]);
  });

  const saturdayNight = schedule([rule([6], '22:00', '06:00', { overMidnight: true })], {
    holidayPolicy: 'IGNORE_HOLIDAYS',
  });

  it('a 22:00-06:00 span over the spring-forward night lasts 7 hours', () => {
    // Sat 2026-03-28 22:00 is still winter time (+02:00, 20:00Z); Sun 06:00 is summer time
    // (+03:00, 03:00Z): 7 hours.
    expect(dayOf(saturdayNight, '2026-03-28').intervals).toEqual([
      { start: '2026-03-28T22:00:00+02:00', end: '2026-03-29T06:00:00+03:00' },
    ]);
    // 02:30+02:00 (00:30Z) is inside; 06:30+03:00 (03:30Z) is after.
    expect(isOpen(saturdayNight, new Date('2026-03-29T00:30:00Z'))).toBe(true);
    expect(isOpen(saturdayNight, new Date('2026-03-29T03:30:00Z'))).toBe(false);
  });

  it('a 22:00-06:00 span over the fall-back night lasts 9 hours', () => {
    // Sat 2026-10-24 22:00 is summer time (+03:00, 19:00Z); Sun 06:00 is winter time
    // (+02:00, 04:00Z): 9 hours. The span belongs to the Saturday it starts on.
    const days = openingHours(saturdayNight, '2026-10-24', '2026-10-25');
    expect(days[0].intervals).toEqual([
      { start: '2026-10-24T22:00:00+03:00', end: '2026-10-25T06:00:00+02:00' },
    ]);
    expect(days[1].intervals).toEqual([]);
    // 03:30+02:00 = 01:30Z: open (seen through the previous day's span); 06:00+02:00 = 04:00Z is
    // the exclusive end.
    expect(isOpen(saturdayNight, new Date('2026-10-25T01:30:00Z'))).toBe(true);
    expect(isOpen(saturdayNight, new Date('2026-10-25T04:00:00Z'))).toBe(false);
    // 00:00Z is 03:00+03:00, inside the span: nextOpening clips the start to that instant.
    expect(nextOpening(saturdayNight, new Date('2026-10-25T00:00:00Z'))).toEqual({
      start: '2026-10-25T03:00:00+03:00',
      end: '2026-10-25T06:00:00+02:00',
    });
  });

  it('a time inside the spring-forward gap moves forward by the gap', () => {
    // 03:00-03:59 does not exist on 2026-03-29; 03:30 is read as 04:30+03:00.
    const spec = schedule([rule([7], '03:30', '05:00')], { holidayPolicy: 'IGNORE_HOLIDAYS' });
    expect(dayOf(spec, '2026-03-29').intervals).toEqual([
      { start: '2026-03-29T04:30:00+03:00', end: '2026-03-29T05:00:00+03:00' },
    ]);
  });

  it('a 24/7 schedule gives a 23-hour day in spring', () => {
    // Midnight to midnight across the jump: 00:00+02:00 to 00:00+03:00.
    const spec = schedule([], { alwaysOpen: true });
    expect(dayOf(spec, '2026-03-29').intervals).toEqual([
      { start: '2026-03-29T00:00:00+02:00', end: '2026-03-30T00:00:00+03:00' },
    ]);
  });
});

describe('holidays', () => {
  // Mon-Sat 9-15.
  const weekdaysAndSaturday = (policy: ScheduleSpec['holidayPolicy']) =>
    schedule([rule([1, 2, 3, 4, 5, 6], '09:00', '15:00')], { holidayPolicy: policy });

  it('Midsummer 2026: Eve is Fri 06-19, Day is Sat 06-20', () => {
    // Midsummer Day is the Saturday between June 20 and 26: 2026-06-20; the Eve is the day before.
    const plain = openingHours(
      weekdaysAndSaturday('CLOSED_ON_HOLIDAYS'),
      '2026-06-19',
      '2026-06-20',
    );
    expect(plain[0].intervals).toEqual([
      { start: '2026-06-19T09:00:00+03:00', end: '2026-06-19T15:00:00+03:00' },
    ]);
    expect(plain[0].closedReason).toBeNull();
    expect(plain[1]).toEqual({
      date: '2026-06-20',
      intervals: [],
      closedReason: {
        kind: 'HOLIDAY',
        text: { fi: 'Juhannuspäivä', sv: 'Midsommardagen', en: 'Midsummer Day' },
      },
    });

    const eves = openingHours(
      weekdaysAndSaturday('CLOSED_ON_HOLIDAYS_AND_EVES'),
      '2026-06-19',
      '2026-06-19',
    );
    expect(eves[0].intervals).toEqual([]);
    expect(eves[0].closedReason).toEqual({
      kind: 'HOLIDAY',
      text: { fi: 'Juhannusaatto', sv: 'Midsommarafton', en: 'Midsummer Eve' },
    });

    const ignoring = openingHours(
      weekdaysAndSaturday('IGNORE_HOLIDAYS'),
      '2026-06-19',
      '2026-06-20',
    );
    expect(openDates(ignoring)).toEqual(['2026-06-19', '2026-06-20']);
  });

  it('Easter 2026: Sunday is 04-05, so Good Friday 04-03 and Easter Monday 04-06 close', () => {
    const days = openingHours(
      weekdaysAndSaturday('CLOSED_ON_HOLIDAYS'),
      '2026-04-02',
      '2026-04-07',
    );
    // Thu 2, Sat 4 and Tue 7 are ordinary days; Sun 5 has no rule, so no reason is given.
    expect(openDates(days)).toEqual(['2026-04-02', '2026-04-04', '2026-04-07']);
    expect(days.find((d) => d.date === '2026-04-05')?.closedReason).toBeNull();
    expect(days.find((d) => d.date === '2026-04-06')?.closedReason).toEqual({
      kind: 'HOLIDAY',
      text: { fi: 'Toinen pääsiäispäivä', sv: 'Annandag påsk', en: 'Easter Monday' },
    });
    expect(days.find((d) => d.date === '2026-04-03')?.closedReason?.text.en).toBe('Good Friday');
  });

  it('Ascension Day 2026 is Thu 05-14 (Easter + 39 days)', () => {
    const day = dayOf(weekdaysAndSaturday('CLOSED_ON_HOLIDAYS'), '2026-05-14');
    expect(day.intervals).toEqual([]);
    expect(day.closedReason).toEqual({
      kind: 'HOLIDAY',
      text: { fi: 'Helatorstai', sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' },
    });
  });

  it('finnishHolidays lists the 13 public holidays of 2026, plus 3 eves on request', () => {
    // Easter 2026-04-05; Ascension +39 = 05-14; Whitsun +49 = 05-24; Midsummer Day = Saturday
    // 06-20..26 = 06-20; All Saints' Day = Saturday 10-31..11-06 = 10-31.
    expect(finnishHolidays(2026, false).map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-24',
      '2026-06-20',
      '2026-10-31',
      '2026-12-06',
      '2026-12-25',
      '2026-12-26',
    ]);
    const withEves = finnishHolidays(2026, true);
    expect(withEves).toHaveLength(16);
    expect(
      withEves.filter((h) => !finnishHolidays(2026, false).some((p) => p.date === h.date)),
    ).toEqual([
      {
        date: '2026-06-19',
        name: { fi: 'Juhannusaatto', sv: 'Midsommarafton', en: 'Midsummer Eve' },
      },
      { date: '2026-12-24', name: { fi: 'Jouluaatto', sv: 'Julafton', en: 'Christmas Eve' } },
      {
        date: '2026-12-31',
        name: { fi: 'Uudenvuodenaatto', sv: 'Nyårsafton', en: "New Year's Eve" },
      },
    ]);
    // Mother's Day (2026-05-10) is only an observance in the data and closes nothing.
    expect(withEves.some((h) => h.date === '2026-05-10')).toBe(false);
  });
});

describe('exceptions', () => {
  const weekdays = schedule([rule([1, 2, 3, 4, 5], '08:00', '16:00')], {
    exceptions: [
      {
        startDate: '2026-12-21',
        endDate: '2027-01-06',
        closed: true,
        reason: { fi: 'Joulutauko', sv: 'Jullov', en: 'Christmas break' },
      },
    ],
  });
  const christmasBreak = {
    kind: 'EXCEPTION',
    text: { fi: 'Joulutauko', sv: 'Jullov', en: 'Christmas break' },
  };

  it('a Christmas closure overrides the rules and the holidays inside it', () => {
    // Fri 12-18 is the last open day; Mon 12-21 .. Wed 01-06 closed; Thu 2027-01-07 reopens.
    const days = openingHours(weekdays, '2026-12-18', '2027-01-07');
    expect(openDates(days)).toEqual(['2026-12-18', '2027-01-07']);
    expect(days.find((d) => d.date === '2026-12-21')?.closedReason).toEqual(christmasBreak);
    // Christmas Day is also a holiday, but the exception is what the day shows.
    expect(days.find((d) => d.date === '2026-12-25')?.closedReason).toEqual(christmasBreak);
    // nextOpening on Mon 2026-12-21 10:00+02:00 (08:00Z) skips the whole break.
    expect(nextOpening(weekdays, new Date('2026-12-21T08:00:00Z'))).toEqual({
      start: '2027-01-07T08:00:00+02:00',
      end: '2027-01-07T16:00:00+02:00',
    });
  });

  it('special hours on a holiday open it, with the reason shown', () => {
    // Ascension Day 2026-05-14 would close the Mon-Fri rule; special hours 10-14 open it instead.
    const spec = schedule([rule([1, 2, 3, 4, 5], '08:00', '16:00')], {
      exceptions: [
        {
          startDate: '2026-05-14',
          endDate: '2026-05-14',
          closed: false,
          opens: '10:00',
          closes: '14:00',
          reason: { fi: 'Päivystys', sv: 'Jour', en: 'On duty' },
        },
      ],
    });
    expect(dayOf(spec, '2026-05-14')).toEqual({
      date: '2026-05-14',
      intervals: [{ start: '2026-05-14T10:00:00+03:00', end: '2026-05-14T14:00:00+03:00' }],
      closedReason: { kind: 'EXCEPTION', text: { fi: 'Päivystys', sv: 'Jour', en: 'On duty' } },
    });
  });

  it('a closed day without a reason says Suljettu / Stängt / Closed', () => {
    const spec = schedule([rule([1, 2, 3, 4, 5], '08:00', '16:00')], {
      exceptions: [{ startDate: '2026-03-04', endDate: '2026-03-04', closed: true }],
    });
    expect(dayOf(spec, '2026-03-04').closedReason).toEqual({
      kind: 'EXCEPTION',
      text: { fi: 'Suljettu', sv: 'Stängt', en: 'Closed' },
    });
  });

  it('a shorter exception inside a longer one wins (closed for summer, open one Tuesday)', () => {
    // Tue 2026-07-14 lies inside the July closure; its own one-day exception opens it 9-12.
    const spec = schedule([rule([1, 2, 3, 4, 5], '08:00', '16:00')], {
      exceptions: [
        { startDate: '2026-07-01', endDate: '2026-07-31', closed: true },
        {
          startDate: '2026-07-14',
          endDate: '2026-07-14',
          closed: false,
          opens: '09:00',
          closes: '12:00',
        },
      ],
    });
    expect(openDates(openingHours(spec, '2026-07-01', '2026-07-31'))).toEqual(['2026-07-14']);
    expect(dayOf(spec, '2026-07-14').closedReason).toBeNull();
  });
});

describe('24/7', () => {
  const spec = schedule([rule([1], '08:00', '09:00')], {
    alwaysOpen: true,
    holidayPolicy: 'CLOSED_ON_HOLIDAYS_AND_EVES',
    exceptions: [{ startDate: '2026-12-31', endDate: '2026-12-31', closed: true }],
  });

  it('stays open on holidays and eves, but not on a closed exception', () => {
    // Dec 24 (eve) and Dec 25 (holiday) are full days 00:00-24:00 (+02:00); Dec 31 is closed.
    const days = openingHours(spec, '2026-12-24', '2026-12-31');
    expect(days[0].intervals).toEqual([
      { start: '2026-12-24T00:00:00+02:00', end: '2026-12-25T00:00:00+02:00' },
    ]);
    expect(days[1].intervals).toEqual([
      { start: '2026-12-25T00:00:00+02:00', end: '2026-12-26T00:00:00+02:00' },
    ]);
    expect(days[7]).toEqual({
      date: '2026-12-31',
      intervals: [],
      closedReason: { kind: 'EXCEPTION', text: { fi: 'Suljettu', sv: 'Stängt', en: 'Closed' } },
    });
    // Christmas Day 03:00+02:00 = 01:00Z: open. New Year's Eve 12:00+02:00 = 10:00Z: closed.
    expect(isOpen(spec, new Date('2026-12-25T01:00:00Z'))).toBe(true);
    expect(isOpen(spec, new Date('2026-12-31T10:00:00Z'))).toBe(false);
    // After the closed day it reopens at New Year's midnight.
    expect(nextOpening(spec, new Date('2026-12-31T10:00:00Z'))).toEqual({
      start: '2027-01-01T00:00:00+02:00',
      end: '2027-01-02T00:00:00+02:00',
    });
  });
});

describe('nth weekday of the month', () => {
  it('2nd Tuesday: 2026-03-10 and 2026-04-14', () => {
    // March 2026 starts on a Sunday: Tuesdays 3, 10, 17, 24, 31. April starts on a Wednesday:
    // Tuesdays 7, 14, 21, 28.
    const spec = schedule([rule([2], '09:00', '11:00', { nthOfMonth: 2 })]);
    expect(openDates(openingHours(spec, '2026-03-01', '2026-04-30'))).toEqual([
      '2026-03-10',
      '2026-04-14',
    ]);
  });

  it('last Friday: 2026-03-27, 2026-04-24, 2026-05-29', () => {
    // Fridays: March 6, 13, 20, 27; April 3, 10, 17, 24; May 1, 8, 15, 22, 29.
    const spec = schedule([rule([5], '12:00', '14:00', { nthOfMonth: -1 })]);
    expect(openDates(openingHours(spec, '2026-03-01', '2026-05-31'))).toEqual([
      '2026-03-27',
      '2026-04-24',
      '2026-05-29',
    ]);
  });

  it('5th Friday exists only in May of March-May 2026', () => {
    const spec = schedule([rule([5], '12:00', '14:00', { nthOfMonth: 5 })]);
    expect(openDates(openingHours(spec, '2026-03-01', '2026-05-31'))).toEqual(['2026-05-29']);
  });
});

describe('validity bounds', () => {
  it('validFrom and validTo are inclusive', () => {
    // June 2026 starts on a Monday: Wednesdays 3, 10, 17, 24. May 27 and June 24 fall outside.
    const spec = schedule([
      rule([3], '09:00', '12:00', { validFrom: '2026-06-03', validTo: '2026-06-17' }),
    ]);
    expect(openDates(openingHours(spec, '2026-05-25', '2026-06-30'))).toEqual([
      '2026-06-03',
      '2026-06-10',
      '2026-06-17',
    ]);
  });
});

describe('merging and queries', () => {
  it('merges overlapping and touching rules into sorted intervals', () => {
    // Mon 2026-03-02 (winter): 12-16 and 8-12 touch, 9-10 lies inside: one 8-16 span; 18-19 apart.
    const spec = schedule([
      rule([1], '12:00', '16:00'),
      rule([1], '18:00', '19:00'),
      rule([1], '08:00', '12:00'),
      rule([1], '09:00', '10:00'),
    ]);
    expect(dayOf(spec, '2026-03-02').intervals).toEqual([
      { start: '2026-03-02T08:00:00+02:00', end: '2026-03-02T16:00:00+02:00' },
      { start: '2026-03-02T18:00:00+02:00', end: '2026-03-02T19:00:00+02:00' },
    ]);
  });

  it('closes 24:00 ends at the next midnight', () => {
    const spec = schedule([rule([1], '20:00', '24:00')]);
    expect(dayOf(spec, '2026-03-02').intervals).toEqual([
      { start: '2026-03-02T20:00:00+02:00', end: '2026-03-03T00:00:00+02:00' },
    ]);
  });

  it('nextOpening returns the next start, or null beyond the horizon', () => {
    const spec = schedule([rule([1], '08:00', '12:00')]);
    // Tue 2026-03-03 12:00Z: the next Monday is 2026-03-09.
    expect(nextOpening(spec, new Date('2026-03-03T12:00:00Z'))).toEqual({
      start: '2026-03-09T08:00:00+02:00',
      end: '2026-03-09T12:00:00+02:00',
    });
    expect(nextOpening(spec, new Date('2026-03-03T12:00:00Z'), 5)).toBeNull();
    expect(nextOpening(schedule([]), new Date('2026-03-03T12:00:00Z'))).toBeNull();
  });

  it('rejects bad ranges', () => {
    const spec = schedule([]);
    // 2026-01-01 .. 2027-01-01 is 366 days inclusive; one more day is too many.
    expect(openingHours(spec, '2026-01-01', '2027-01-01')).toHaveLength(MAX_RANGE_DAYS);
    expect(() => openingHours(spec, '2026-01-01', '2027-01-02')).toThrow(RangeError);
    expect(() => openingHours(spec, '2026-02-01', '2026-01-01')).toThrow(RangeError);
    expect(() => openingHours(spec, '2026-02-30', '2026-03-01')).toThrow(RangeError);
  });
});

describe('summarize', () => {
  const cases: Array<[string, ScheduleSpec, string, string, string]> = [
    [
      'every third week',
      schedule([rule([1], '08:00', '12:00', { interval: 3, anchorDate: '2026-01-05' })]),
      'ma 8.00-12.00, joka 3. viikko',
      'må 8.00-12.00, var tredje vecka',
      'Mon 8:00-12:00, every third week',
    ],
    [
      'weekdays',
      schedule([rule([1, 2, 3, 4, 5], '08:00', '16:00')]),
      'ma-pe 8.00-16.00',
      'må-fre 8.00-16.00',
      'Mon-Fri 8:00-16:00',
    ],
    [
      '1st Tuesday',
      schedule([rule([2], '09:00', '11:00', { nthOfMonth: 1 })]),
      'kuun 1. ti 9.00-11.00',
      'första tisdagen i månaden 9.00-11.00',
      '1st Tue of the month 9:00-11:00',
    ],
    [
      'last Friday',
      schedule([rule([5], '09:00', '11:00', { nthOfMonth: -1 })]),
      'kuun viimeinen pe 9.00-11.00',
      'sista fredagen i månaden 9.00-11.00',
      'last Fri of the month 9:00-11:00',
    ],
    ['24/7', schedule([], { alwaysOpen: true }), 'avoinna aina', 'öppet dygnet runt', 'open 24/7'],
    ['nothing', schedule([]), 'ei aukioloaikoja', 'inga öppettider', 'no opening hours'],
    [
      'several rules, second week, odd days, over midnight',
      schedule([
        rule([1, 3, 5], '08:30', '15:45'),
        rule([6, 7], '22:00', '06:00', {
          overMidnight: true,
          interval: 2,
          anchorDate: '2026-01-05',
        }),
      ]),
      'ma, ke, pe 8.30-15.45; la-su 22.00-6.00, joka 2. viikko',
      'må, on, fre 8.30-15.45; lö-sö 22.00-6.00, varannan vecka',
      'Mon, Wed, Fri 8:30-15:45; Sat-Sun 22:00-6:00, every second week',
    ],
    [
      'every fourth week with validity',
      schedule([
        rule([4], '10:00', '24:00', {
          interval: 4,
          anchorDate: '2026-01-05',
          validFrom: '2026-06-01',
          validTo: '2026-08-31',
        }),
      ]),
      'to 10.00-24.00, joka 4. viikko (1.6.2026-31.8.2026)',
      'to 10.00-24.00, var 4:e vecka (1.6.2026-31.8.2026)',
      'Thu 10:00-24:00, every 4 weeks (1 Jun 2026-31 Aug 2026)',
    ],
  ];

  it.each(cases)('%s', (_name, spec, fi, sv, en) => {
    expect(summarize(spec, 'fi')).toBe(fi);
    expect(summarize(spec, 'sv')).toBe(sv);
    expect(summarize(spec, 'en')).toBe(en);
  });
});

describe('validateSchedule', () => {
  it('accepts a valid schedule', () => {
    expect(
      validateSchedule(
        schedule(
          [
            rule([1, 2, 3, 4, 5], '08:00', '16:00'),
            rule([6], '22:00', '06:00', { overMidnight: true }),
          ],
          {
            exceptions: [{ startDate: '2026-12-24', endDate: '2026-12-26', closed: true }],
          },
        ),
      ),
    ).toEqual({});
  });

  it('reports field errors of rules', () => {
    const errors = validateSchedule(
      schedule([
        rule([1], '16:00', '08:00'),
        rule([], '8:00', '24:01', { interval: 0 }),
        rule([0, 8, 8], '08:00', '09:00', { interval: 2, nthOfMonth: 6 }),
        rule([2], '08:00', '09:00', {
          validFrom: '2026-06-02',
          validTo: '2026-06-01',
          interval: 53,
        }),
        rule([3], '22:00', '23:00', { overMidnight: true }),
        rule([4], '24:00', '24:00'),
      ]),
    );
    expect(errors).toEqual({
      'rules.0.closes': ['closes must be after opens (or mark the rule overMidnight)'],
      'rules.1.weekdays': ['weekdays must contain at least one day'],
      'rules.1.opens': ['opens must be a time HH:mm from 00:00 to 23:59'],
      'rules.1.closes': ['closes must be a time HH:mm from 00:00 to 24:00'],
      'rules.1.interval': ['interval must be a whole number of weeks from 1 to 52'],
      'rules.2.weekdays': [
        'weekdays must be numbers from 1 (Mon) to 7 (Sun)',
        'weekdays must not repeat a day',
      ],
      'rules.2.anchorDate': ['anchorDate is required when interval is greater than 1'],
      'rules.2.nthOfMonth': ['nthOfMonth must be 1 to 5, or -1 for the last one of the month'],
      'rules.3.interval': ['interval must be a whole number of weeks from 1 to 52'],
      'rules.3.validTo': ['validTo must not be before validFrom'],
      'rules.4.closes': ['an overMidnight span must close the next day no later than it opened'],
      'rules.5.opens': ['opens must be a time HH:mm from 00:00 to 23:59'],
    });
  });

  it.each<[string, RuleSpec[], Record<string, string[]>]>([
    [
      'a weekday rule and a Monday rule inside it',
      [rule([1, 2, 3, 4, 5], '08:00', '16:00'), rule([1], '12:00', '14:00')],
      { 'rules.1': ['overlaps rules.0 on Mon'] },
    ],
    [
      'two rules sharing two weekdays',
      [rule([1, 2, 3], '08:00', '12:00'), rule([3, 2], '11:00', '13:00')],
      { 'rules.1': ['overlaps rules.0 on Tue, Wed'] },
    ],
    ['touching spans', [rule([1], '08:00', '12:00'), rule([1], '12:00', '16:00')], {}],
    [
      // Anchors 2026-01-05 (W02) and 2026-01-12 (W03): the cycles are one week apart forever.
      'every third week, anchored one week apart',
      [
        rule([1], '08:00', '12:00', { interval: 3, anchorDate: '2026-01-05' }),
        rule([1], '08:00', '12:00', { interval: 3, anchorDate: '2026-01-12' }),
      ],
      {},
    ],
    [
      // 2026-01-05 and 2026-01-26 are three weeks apart: the same cycle.
      'every third week, anchored a whole cycle apart',
      [
        rule([1], '08:00', '12:00', { interval: 3, anchorDate: '2026-01-05' }),
        rule([1], '10:00', '11:00', { interval: 3, anchorDate: '2026-01-26' }),
      ],
      { 'rules.1': ['overlaps rules.0 on Mon'] },
    ],
    [
      // Even weeks vs every third week: they meet every sixth week.
      'every second and every third week meet',
      [
        rule([1], '08:00', '12:00', { interval: 2, anchorDate: '2026-01-05' }),
        rule([1], '10:00', '11:00', { interval: 3, anchorDate: '2026-01-12' }),
      ],
      { 'rules.1': ['overlaps rules.0 on Mon'] },
    ],
    [
      'disjoint validity ranges',
      [
        rule([1], '08:00', '12:00', { validTo: '2026-05-31' }),
        rule([1], '08:00', '12:00', { validFrom: '2026-06-01' }),
      ],
      {},
    ],
    [
      '1st and 2nd Monday of the month',
      [
        rule([1], '08:00', '12:00', { nthOfMonth: 1 }),
        rule([1], '08:00', '12:00', { nthOfMonth: 2 }),
      ],
      {},
    ],
    [
      // In a month with four Fridays the 4th is the last.
      'last and 4th Friday',
      [
        rule([5], '08:00', '12:00', { nthOfMonth: -1 }),
        rule([5], '08:00', '12:00', { nthOfMonth: 4 }),
      ],
      { 'rules.1': ['overlaps rules.0 on Fri'] },
    ],
    [
      // The Friday night span runs into Saturday 00:00-06:00, which the Saturday rule overlaps.
      'an over-midnight span spilling into the next day',
      [rule([5], '22:00', '06:00', { overMidnight: true }), rule([6], '05:00', '10:00')],
      { 'rules.1': ['overlaps rules.0 on Sat'] },
    ],
  ])('overlap: %s', (_name, rules, expected) => {
    expect(validateSchedule(schedule(rules))).toEqual(expected);
  });

  it('reports exception errors', () => {
    const errors = validateSchedule(
      schedule([], {
        exceptions: [
          { startDate: '2026-05-02', endDate: '2026-05-01', closed: true },
          { startDate: '2026-01-01', endDate: '2027-01-02', closed: true },
          { startDate: '1999-12-31', endDate: '2101-01-01', closed: true },
          { startDate: '2026-05-01', endDate: '2026-05-01', closed: false, opens: '12:00' },
          {
            startDate: '2026-05-01',
            endDate: '2026-05-01',
            closed: false,
            opens: '12:00',
            closes: '10:00',
          },
          {
            startDate: '2026-05-01',
            endDate: '2026-05-01',
            closed: true,
            opens: '10:00',
            closes: '12:00',
          },
        ],
      }),
    );
    expect(errors).toEqual({
      'exceptions.0.endDate': ['endDate must not be before startDate'],
      'exceptions.1.endDate': ['an exception may cover at most 366 days'],
      'exceptions.2.startDate': ['startDate must be between the years 2000 and 2100'],
      'exceptions.2.endDate': ['endDate must be between the years 2000 and 2100'],
      'exceptions.3.closes': ['closes is required for special hours'],
      'exceptions.4.closes': ['closes must be after opens (or mark the exception overMidnight)'],
      'exceptions.5.opens': ['a closed exception must not have opens'],
      'exceptions.5.closes': ['a closed exception must not have closes'],
    });
  });
});
