import type {
  HolidayPolicy,
  LocalizedText,
  ScheduleExceptionInput,
  ScheduleInput,
  ScheduleRuleInput,
} from './scheduleTypes';

/**
 * The schedule editor's form values and their conversion to and from the API. The values sit
 * under `schedule`, so that the server's field errors (`schedule.rules.0.closes`) land on the
 * inputs as they are.
 */

export type Repeat = 'WEEKLY' | 'EVERY_N_WEEKS' | 'NTH_OF_MONTH';

export interface RuleValues extends Omit<ScheduleRuleInput, 'interval' | 'nthOfMonth'> {
  repeat: Repeat;
  interval: number | null;
  nthOfMonth: number | null;
}

export interface ExceptionValues extends Omit<ScheduleExceptionInput, 'reason' | 'endDate'> {
  endDate: string | null;
  reason: { fi: string | null; sv: string | null; en: string | null };
}

export interface ScheduleFormValues {
  schedule: {
    alwaysOpen: boolean;
    holidayPolicy: HolidayPolicy;
    rules: RuleValues[];
    exceptions: ExceptionValues[];
  };
}

export const NEW_RULE: RuleValues = {
  weekdays: [],
  opens: '',
  closes: '',
  overMidnight: false,
  repeat: 'WEEKLY',
  interval: 1,
  anchorDate: null,
  nthOfMonth: null,
  validFrom: null,
  validTo: null,
};

export const NEW_EXCEPTION: ExceptionValues = {
  startDate: '',
  endDate: null,
  closed: true,
  opens: null,
  closes: null,
  overMidnight: false,
  reason: { fi: null, sv: null, en: null },
};

function repeatOf(rule: ScheduleRuleInput): Repeat {
  if (rule.nthOfMonth != null) return 'NTH_OF_MONTH';
  if (rule.interval > 1) return 'EVERY_N_WEEKS';
  return 'WEEKLY';
}

export function toFormValues(schedule: ScheduleInput | null): ScheduleFormValues {
  return {
    schedule: {
      alwaysOpen: schedule?.alwaysOpen ?? false,
      holidayPolicy: schedule?.holidayPolicy ?? 'CLOSED_ON_HOLIDAYS',
      rules: (schedule?.rules ?? []).map((rule) => ({ ...rule, repeat: repeatOf(rule) })),
      exceptions: (schedule?.exceptions ?? []).map((e) => ({
        ...e,
        reason: { fi: e.reason?.fi ?? null, sv: e.reason?.sv ?? null, en: e.reason?.en ?? null },
      })),
    },
  };
}

/** "8", "8.30", "08:30", "830" -> "08:30"; anything else is sent as typed for the server to judge. */
export function normalizeTime(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  const match = text.match(/^(\d{1,2})(?:[.:]?(\d{2}))?$/);
  if (!match) return text;
  return `${match[1].padStart(2, '0')}:${match[2] ?? '00'}`;
}

export const TIME_PATTERN = /^(\d{1,2})([.:]?\d{2})?$/;

const emptyToNull = (value: string | null | undefined) => (value ? value : null);

function toRuleInput(rule: RuleValues): ScheduleRuleInput {
  const everyN = rule.repeat === 'EVERY_N_WEEKS';
  return {
    weekdays: [...(rule.weekdays ?? [])].map(Number).sort((a, b) => a - b),
    opens: normalizeTime(rule.opens) ?? '',
    closes: normalizeTime(rule.closes) ?? '',
    overMidnight: !!rule.overMidnight,
    interval: everyN ? Number(rule.interval ?? 1) : 1,
    anchorDate: everyN ? emptyToNull(rule.anchorDate) : null,
    nthOfMonth: rule.repeat === 'NTH_OF_MONTH' ? Number(rule.nthOfMonth ?? 1) : null,
    validFrom: emptyToNull(rule.validFrom),
    validTo: emptyToNull(rule.validTo),
  };
}

function toReason(reason: ExceptionValues['reason']): LocalizedText | null {
  const fi = reason?.fi?.trim();
  const sv = reason?.sv?.trim() || null;
  const en = reason?.en?.trim() || null;
  if (!fi && !sv && !en) return null;
  return { fi: fi ?? '', sv, en };
}

function toExceptionInput(e: ExceptionValues): ScheduleExceptionInput {
  return {
    startDate: e.startDate,
    // A single day needs only its start date.
    endDate: e.endDate || e.startDate,
    closed: !!e.closed,
    opens: e.closed ? null : normalizeTime(e.opens),
    closes: e.closed ? null : normalizeTime(e.closes),
    overMidnight: e.closed ? false : !!e.overMidnight,
    reason: toReason(e.reason),
  };
}

/** The form as the API's ScheduleInput; null (no hours recorded) when it says nothing at all. */
export function toScheduleInput(values: ScheduleFormValues): ScheduleInput | null {
  const { alwaysOpen, holidayPolicy, rules, exceptions } = values.schedule;
  if (!alwaysOpen && rules.length === 0 && exceptions.length === 0) return null;
  return {
    alwaysOpen: !!alwaysOpen,
    holidayPolicy,
    rules: rules.map(toRuleInput),
    exceptions: exceptions.map(toExceptionInput),
  };
}

/** Today in Helsinki, where every schedule lives, whatever the browser's time zone. */
export function helsinkiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The wall-clock time of an instant the API gave with the Helsinki offset: "8.00" or "8:00". */
export function clockTime(instant: string, locale: string): string {
  const [hours, minutes] = instant.slice(11, 16).split(':');
  return `${Number(hours)}${locale === 'en' ? ':' : '.'}${minutes}`;
}
