/** The opening hours as the API reads and writes them (ScheduleInput, OpeningDay). */

export type HolidayPolicy =
  'CLOSED_ON_HOLIDAYS' | 'CLOSED_ON_HOLIDAYS_AND_EVES' | 'IGNORE_HOLIDAYS';

export const HOLIDAY_POLICIES: HolidayPolicy[] = [
  'CLOSED_ON_HOLIDAYS',
  'CLOSED_ON_HOLIDAYS_AND_EVES',
  'IGNORE_HOLIDAYS',
];

export interface LocalizedText {
  fi: string;
  sv?: string | null;
  en?: string | null;
}

export interface ScheduleRuleInput {
  /** 1 = Monday ... 7 = Sunday. */
  weekdays: number[];
  /** HH:mm */
  opens: string;
  /** HH:mm; 24:00 allowed. */
  closes: string;
  overMidnight: boolean;
  /** Every N weeks counted from anchorDate; 1 = every week. */
  interval: number;
  anchorDate: string | null;
  /** 1..5, or -1 for the last such weekday of the month. */
  nthOfMonth: number | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface ScheduleExceptionInput {
  startDate: string;
  endDate: string;
  closed: boolean;
  opens: string | null;
  closes: string | null;
  overMidnight: boolean;
  reason: LocalizedText | null;
}

export interface ScheduleInput {
  alwaysOpen: boolean;
  holidayPolicy: HolidayPolicy;
  rules: ScheduleRuleInput[];
  exceptions: ScheduleExceptionInput[];
}

export interface OpeningDay {
  date: string;
  closed: boolean;
  /** ISO 8601 instants with the Helsinki offset. */
  intervals: { start: string; end: string }[];
  closedReason: { kind: 'HOLIDAY' | 'EXCEPTION'; text: LocalizedText } | null;
}

/** The selection set of a Schedule that round-trips into a ScheduleInput. */
export const SCHEDULE_FIELDS = `alwaysOpen holidayPolicy
  rules { weekdays opens closes overMidnight interval anchorDate nthOfMonth validFrom validTo }
  exceptions { startDate endDate closed opens closes overMidnight reason { fi sv en } }`;
