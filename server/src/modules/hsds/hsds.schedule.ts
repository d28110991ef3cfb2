import { summarize } from '../schedule/engine';
import { formatDate, isoWeekday, parseDate } from '../schedule/engine/calendar';
import { compileRule } from '../schedule/engine/rule-occurrence';
import type { HolidayPolicy, RuleSpec } from '../schedule/engine';
import type { Schedule } from '../schedule/schedule.entity';
import type { Language } from './hsds.language';
import type { HsdsSchedule } from './hsds.types';
import { WORDS } from './hsds.words';

/** A schedule as plain data, with the ids HSDS needs for its entries. */
export interface ScheduleData {
  id: string;
  alwaysOpen: boolean;
  holidayPolicy: HolidayPolicy;
  rules: (RuleSpec & { id: string })[];
}

/** What an entry belongs to: a location's hours, or a service at a location. */
export interface ScheduleLink {
  service_id?: string;
  location_id?: string;
  service_at_location_id?: string;
}

/** Texts around the hours, e.g. whose reception it is and how to book. */
export interface ScheduleExtras {
  lead?: string;
  attendingType?: string;
  notes?: string;
  /** Emit one text-only entry with this id when there are no hours to give (a reception). */
  idWhenNoHours?: string;
}

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];

/** PostgreSQL gives times as HH:mm:ss; HSDS asks for HH:MM. */
const hhmm = (time: string): string => time.slice(0, 5);

/** The plain data of a schedule entity whose rules are loaded. */
export function scheduleData(schedule: Schedule): ScheduleData {
  return {
    id: schedule.id,
    alwaysOpen: schedule.alwaysOpen,
    holidayPolicy: schedule.holidayPolicy,
    rules: schedule.rules.getItems().map((rule) => ({
      id: rule.id,
      weekdays: [...rule.weekdays].sort((a, b) => a - b),
      opens: hhmm(rule.opens),
      closes: hhmm(rule.closes),
      overMidnight: rule.overMidnight,
      interval: rule.interval,
      anchorDate: rule.anchorDate ?? null,
      nthOfMonth: rule.nthOfMonth ?? null,
      validFrom: rule.validFrom ?? null,
      validTo: rule.validTo ?? null,
    })),
  };
}

/**
 * One HSDS entry (an RFC 5545 RRULE) per rule. HSDS has no holidays, exceptions or time zones, so
 * every entry says so in `notes`, and the holiday policy in `description`; times are Helsinki wall
 * clock without an offset, since a fixed offset would be wrong for half of the year.
 */
export function toHsdsSchedules(
  data: ScheduleData | null,
  link: ScheduleLink,
  language: Language,
  extras: ScheduleExtras = {},
): HsdsSchedule[] {
  const holidays = data ? (WORDS.holidays[data.holidayPolicy]?.[language] ?? '') : '';
  const notes = [extras.notes, WORDS.limits[language]].filter(Boolean).join(' ');
  const entry = (id: string, summary: string, fields: Partial<HsdsSchedule>): HsdsSchedule => ({
    id,
    ...link,
    ...fields,
    description: [extras.lead ? `${extras.lead}:` : '', `${summary}.`, holidays]
      .filter(Boolean)
      .join(' '),
    ...(extras.attendingType ? { attending_type: extras.attendingType } : {}),
    notes,
  });

  const entries = data ? hours(data, language, entry) : [];
  if (entries.length === 0 && extras.idWhenNoHours) {
    return [entry(extras.idWhenNoHours, WORDS.noTimes[language].replace(/\.$/, ''), {})];
  }
  return entries;
}

type MakeEntry = (id: string, summary: string, fields: Partial<HsdsSchedule>) => HsdsSchedule;

function hours(data: ScheduleData, language: Language, entry: MakeEntry): HsdsSchedule[] {
  if (data.alwaysOpen) {
    const summary = summarize({ ...data, rules: [], exceptions: [] }, language);
    return [entry(data.id, summary, weekly(ALL_DAYS, 1, '00:00', '24:00'))];
  }
  return data.rules
    .filter((rule, index) => compileRule(rule, index) !== null)
    .map((rule) => {
      const spec = { ...data, rules: [rule], exceptions: [] };
      let summary = summarize(spec, language);
      if (rule.overMidnight) summary += `. ${WORDS.overMidnight[language].replace(/\.$/, '')}`;
      return entry(rule.id, summary, {
        ...recurrence(rule),
        ...(rule.validFrom ? { valid_from: rule.validFrom } : {}),
        ...(rule.validTo ? { valid_to: rule.validTo } : {}),
      });
    });
}

function weekly(days: number[], interval: number, opens: string, closes: string) {
  return {
    freq: 'WEEKLY' as const,
    wkst: 'MO' as const,
    interval,
    byday: days.map((d) => DAY_CODES[d - 1]).join(','),
    opens_at: opens,
    closes_at: closes,
  };
}

/** The RRULE fields of one rule; a rule that RRULE cannot say stays in the description only. */
function recurrence(rule: RuleSpec): Partial<HsdsSchedule> {
  const times = { opens_at: rule.opens, closes_at: rule.closes };
  const nth = rule.nthOfMonth ?? null;
  if (nth !== null) {
    // "The 2nd Tuesday of the month, and only in every third week" has no RRULE form.
    if (rule.interval > 1) return times;
    const byday = rule.weekdays.map((d) => `${nth}${DAY_CODES[d - 1]}`).join(',');
    return { freq: 'MONTHLY', wkst: 'MO', interval: 1, byday, ...times };
  }
  const fields: Partial<HsdsSchedule> = weekly(
    rule.weekdays,
    rule.interval,
    rule.opens,
    rule.closes,
  );
  const anchor = parseDate(rule.anchorDate);
  if (rule.interval > 1 && anchor !== null) {
    // RFC 5545 counts the INTERVAL from DTSTART's week: the first listed weekday of the anchor's
    // ISO week is an occurrence in an "on" week, so the RRULE and the engine agree.
    const monday = anchor - (isoWeekday(anchor) - 1);
    fields.dtstart = formatDate(monday + Math.min(...rule.weekdays) - 1);
  }
  return fields;
}
