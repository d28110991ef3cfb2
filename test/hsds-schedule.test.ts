import { ScheduleData, toHsdsSchedules } from '../server/src/modules/hsds/hsds.schedule';
import { pickLanguage } from '../server/src/modules/hsds/hsds.language';

// Opening-hours rules as HSDS RRULE fields: pure functions, no database.

const schedule = (rules: Partial<ScheduleData['rules'][number]>[], extra = {}): ScheduleData => ({
  id: 'schedule-1',
  alwaysOpen: false,
  holidayPolicy: 'CLOSED_ON_HOLIDAYS',
  rules: rules.map((rule, i) => ({
    id: `rule-${i}`,
    weekdays: [1],
    opens: '08:00',
    closes: '16:00',
    interval: 1,
    ...rule,
  })),
  ...extra,
});

const LINK = { location_id: 'station-1' };

describe('HSDS schedules', () => {
  it('writes weekdays as BYDAY and every N weeks as INTERVAL from the anchor week', () => {
    const [weekly, rotating] = toHsdsSchedules(
      schedule([
        { weekdays: [1, 2, 3, 4, 5] },
        // Anchor on a Friday: the rotation's week starts on Monday 5 January 2026.
        {
          weekdays: [2, 4],
          interval: 3,
          anchorDate: '2026-01-09',
          opens: '08:30',
          closes: '11:30',
        },
      ]),
      LINK,
      'fi',
    );
    expect(weekly).toMatchObject({
      id: 'rule-0',
      location_id: 'station-1',
      freq: 'WEEKLY',
      interval: 1,
      byday: 'MO,TU,WE,TH,FR',
      opens_at: '08:00',
      closes_at: '16:00',
      description: 'ma-pe 8.00-16.00. Suljettu arkipyhinä.',
    });
    expect(weekly.dtstart).toBeUndefined();
    // DTSTART is the first listed weekday of the anchor's week, so RFC 5545 counts from there.
    expect(rotating).toMatchObject({
      freq: 'WEEKLY',
      interval: 3,
      byday: 'TU,TH',
      dtstart: '2026-01-06',
    });
    expect(rotating.notes).toMatch(/Europe\/Helsinki.*GraphQL/);
  });

  it('writes the nth weekday of the month as MONTHLY with an ordinal BYDAY', () => {
    const [second, last] = toHsdsSchedules(
      schedule([
        { weekdays: [2], nthOfMonth: 2 },
        { weekdays: [5], nthOfMonth: -1, validFrom: '2026-02-01', validTo: '2026-06-30' },
      ]),
      LINK,
      'en',
    );
    expect(second).toMatchObject({ freq: 'MONTHLY', interval: 1, byday: '2TU' });
    expect(last).toMatchObject({
      freq: 'MONTHLY',
      byday: '-1FR',
      valid_from: '2026-02-01',
      valid_to: '2026-06-30',
    });
    expect(last.description).toContain('last Fri of the month');
    expect(last.notes).toContain('cannot express public holidays');
  });

  it('leaves a rule RRULE cannot say (nth of month every N weeks) to the description', () => {
    const [entry] = toHsdsSchedules(
      schedule([{ weekdays: [3], nthOfMonth: 1, interval: 2, anchorDate: '2026-01-07' }]),
      LINK,
      'fi',
    );
    expect(entry.freq).toBeUndefined();
    expect(entry.byday).toBeUndefined();
    expect(entry).toMatchObject({ opens_at: '08:00', closes_at: '16:00' });
    expect(entry.description).toContain('joka 2. viikko');
  });

  it('says open around the clock, over midnight and the holiday policy in words', () => {
    const [always] = toHsdsSchedules(
      schedule([], { alwaysOpen: true, holidayPolicy: 'IGNORE_HOLIDAYS' }),
      LINK,
      'sv',
    );
    expect(always).toMatchObject({
      id: 'schedule-1',
      byday: 'MO,TU,WE,TH,FR,SA,SU',
      opens_at: '00:00',
      closes_at: '24:00',
      description: 'öppet dygnet runt. Helgdagar ändrar inte tiderna.',
    });
    const [night] = toHsdsSchedules(
      schedule([{ weekdays: [5], opens: '22:00', closes: '06:00', overMidnight: true }]),
      LINK,
      'en',
    );
    expect(night).toMatchObject({ opens_at: '22:00', closes_at: '06:00' });
    expect(night.description).toContain('Closes on the following day');
  });

  it('gives a reception without hours one entry that says so, and drops rules it cannot read', () => {
    expect(toHsdsSchedules(null, LINK, 'fi')).toEqual([]);
    const [entry] = toHsdsSchedules(null, LINK, 'fi', {
      lead: 'Sosiaaliohjaaja',
      attendingType: 'Ajanvaraus.',
      idWhenNoHours: 'reception-1',
    });
    expect(entry).toMatchObject({
      id: 'reception-1',
      description: 'Sosiaaliohjaaja: Vastaanottoaikoja ei ole julkaistu.',
      attending_type: 'Ajanvaraus.',
    });
    // Every third week without an anchor: the "on" weeks are unknown, so nothing is claimed.
    expect(toHsdsSchedules(schedule([{ interval: 3 }]), LINK, 'fi')).toEqual([]);
  });

  it.each([
    [undefined, 'fi'],
    ['sv', 'sv'],
    ['sv-FI,sv;q=0.9,en;q=0.8', 'sv'],
    ['en-GB, fi;q=0.5', 'en'],
    ['de-DE, en;q=0.3, sv;q=0.7', 'sv'],
    ['de, fr', 'fi'],
    ['en;q=0, sv;q=0.1', 'sv'],
    ['*', 'fi'],
  ])('picks the language of Accept-Language %s: %s', (header, language) => {
    expect(pickLanguage(header)).toBe(language);
  });
});
