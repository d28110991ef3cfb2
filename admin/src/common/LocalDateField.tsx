import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/**
 * A date (or date and time) written the way the console's language writes it, not the browser's;
 * times in Helsinki time, where the records live.
 */
export const LocalDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return (
    <DateField
      locales={LOCALES[locale] ?? 'fi-FI'}
      options={
        props.showTime
          ? { timeZone: 'Europe/Helsinki', dateStyle: 'short', timeStyle: 'short' }
          : undefined
      }
      {...props}
    />
  );
};
