import Holidays from 'date-holidays';
import { HolidayPolicy, LocalizedTextValue, MAX_YEAR, MIN_YEAR } from './types';

export interface FinnishHoliday {
  date: string;
  name: LocalizedTextValue;
}

/**
 * date-holidays types the Finnish public holidays as 'public' and the three eves as 'bank', next to
 * 'observance' days such as Mother's Day that close nothing. The eves are still named explicitly so a
 * future 'bank' entry in the data cannot silently start closing schedules.
 */
const EVES_BY_ENGLISH_NAME = new Set(['Midsummer Eve', 'Christmas Eve', "New Year's Eve"]);

let library: Holidays | null = null;
const byYear = new Map<number, { holidays: FinnishHoliday[]; eves: FinnishHoliday[] }>();

function lib(): Holidays {
  library ??= new Holidays('FI', { languages: ['fi', 'sv', 'en'] });
  return library;
}

/** The data mixes 'jouluaatto' with 'Uudenvuodenaatto'; names are shown as labels, so capitalise all. */
function label(name: string | undefined): string | null {
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : null;
}

function load(year: number): { holidays: FinnishHoliday[]; eves: FinnishHoliday[] } {
  const cached = byYear.get(year);
  if (cached) return cached;
  const key = (h: { date: string; rule: string }) => `${h.date.slice(0, 10)}|${h.rule}`;
  const names = (lang: string) =>
    new Map(
      lib()
        .getHolidays(year, lang)
        .map((h) => [key(h), h.name]),
    );
  const fi = names('fi');
  const sv = names('sv');
  const result = { holidays: [] as FinnishHoliday[], eves: [] as FinnishHoliday[] };
  for (const h of lib().getHolidays(year, 'en')) {
    const isEve = h.type === 'bank' && EVES_BY_ENGLISH_NAME.has(h.name);
    if (h.type !== 'public' && !isEve) continue;
    const k = key(h);
    const entry: FinnishHoliday = {
      date: h.date.slice(0, 10),
      name: { fi: label(fi.get(k)) ?? h.name, sv: label(sv.get(k)), en: label(h.name) },
    };
    (isEve ? result.eves : result.holidays).push(entry);
  }
  byYear.set(year, result);
  return result;
}

export function finnishHolidays(
  year: number,
  includeEves: boolean,
): Array<{ date: string; name: LocalizedTextValue }> {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`year must be an integer from ${MIN_YEAR} to ${MAX_YEAR}`);
  }
  const { holidays, eves } = load(year);
  const list = includeEves ? [...holidays, ...eves] : [...holidays];
  return list
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((h) => ({ date: h.date, name: { ...h.name } }));
}

/** The holiday that closes a schedule on `date` under `policy`, if any. */
export function closingHoliday(date: string, policy: HolidayPolicy): LocalizedTextValue | null {
  if (policy === 'IGNORE_HOLIDAYS') return null;
  const year = Number(date.slice(0, 4));
  // Outside the supported years nothing is known to close, rather than failing a whole range query.
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const { holidays, eves } = load(year);
  const hit =
    holidays.find((h) => h.date === date) ??
    (policy === 'CLOSED_ON_HOLIDAYS_AND_EVES' ? eves.find((h) => h.date === date) : undefined);
  return hit ? { ...hit.name } : null;
}
