import { useLocaleState } from 'react-admin';

const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const ZONE = 'Europe/Helsinki';

/** Times as the console's language writes them, in Helsinki time where the receptions are. */
export function useTimeFormat() {
  const [locale] = useLocaleState();
  const tag = LOCALES[locale] ?? 'fi-FI';
  const day = new Intl.DateTimeFormat(tag, {
    timeZone: ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
  });
  const time = new Intl.DateTimeFormat(tag, { timeZone: ZONE, hour: 'numeric', minute: '2-digit' });
  const dateTime = new Intl.DateTimeFormat(tag, {
    timeZone: ZONE,
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return {
    /** "ti 1.12. 9.00–11.00" */
    interval: (start: string, end: string) =>
      `${day.format(new Date(start))} ${time.format(new Date(start))}–${time.format(new Date(end))}`,
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
  };
}

/** Today in Helsinki, YYYY-MM-DD. */
export function helsinkiToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
}
