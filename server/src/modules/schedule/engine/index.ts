export type {
  ClosedReason,
  ClosedReasonKind,
  ExceptionSpec,
  HolidayPolicy,
  Language,
  LocalizedTextValue,
  OpenInterval,
  OpeningDay,
  RuleSpec,
  ScheduleSpec,
} from './types';
export { DEFAULT_HORIZON_DAYS, MAX_RANGE_DAYS, ZONE } from './types';
export { finnishHolidays } from './holidays';
export { isOpen, MAX_HORIZON_DAYS, nextOpening, openingHours } from './opening-hours';
export { summarize } from './summary';
export { validateSchedule } from './validate';
