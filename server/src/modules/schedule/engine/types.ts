/** Plain-data input and output shapes of the opening-hours engine; the database layer maps to these. */

export type HolidayPolicy =
  'CLOSED_ON_HOLIDAYS' | 'CLOSED_ON_HOLIDAYS_AND_EVES' | 'IGNORE_HOLIDAYS';

export type Language = 'fi' | 'sv' | 'en';

export interface LocalizedTextValue {
  fi: string;
  sv?: string | null;
  en?: string | null;
}

export interface RuleSpec {
  /** ISO weekdays 1 = Mon .. 7 = Sun. */
  weekdays: number[];
  /** 'HH:mm', Europe/Helsinki wall clock. */
  opens: string;
  /** 'HH:mm' or '24:00'. */
  closes: string;
  /** Closes on the next day (e.g. 22:00-06:00). */
  overMidnight?: boolean;
  /** Every N ISO weeks, counted from the week of anchorDate. */
  interval: number;
  anchorDate?: string | null;
  /** 1..5 = nth such weekday of the month, -1 = the last one. */
  nthOfMonth?: number | null;
  validFrom?: string | null;
  validTo?: string | null;
}

export interface ExceptionSpec {
  startDate: string;
  endDate: string;
  closed: boolean;
  opens?: string | null;
  closes?: string | null;
  overMidnight?: boolean;
  reason?: LocalizedTextValue | null;
}

export interface ScheduleSpec {
  alwaysOpen: boolean;
  holidayPolicy: HolidayPolicy;
  rules: RuleSpec[];
  exceptions: ExceptionSpec[];
}

/** ISO 8601 instants with the Europe/Helsinki offset of that moment. */
export interface OpenInterval {
  start: string;
  end: string;
}

export type ClosedReasonKind = 'HOLIDAY' | 'EXCEPTION';

export interface ClosedReason {
  kind: ClosedReasonKind;
  text: LocalizedTextValue;
}

export interface OpeningDay {
  date: string;
  /** Spans that start on this date, sorted and merged. */
  intervals: OpenInterval[];
  closedReason: ClosedReason | null;
}

export const ZONE = 'Europe/Helsinki';

export const MAX_RANGE_DAYS = 366;

export const DEFAULT_HORIZON_DAYS = 400;

/** Year bounds the holiday data and the validation accept. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
