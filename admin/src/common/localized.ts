import { useLocaleState } from 'react-admin';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Text =
  { fi?: string | null; sv?: string | null; en?: string | null } | null | undefined;

/** The text in the console's language, else in Finnish (always present in the data). */
export function localized(text: Text, locale: string): string {
  if (!text) return '';
  return text[locale as Language] || text.fi || text.sv || text.en || '';
}

/** `localized` bound to the console's current language. */
export function useLocalized(): (text: Text) => string {
  const [locale] = useLocaleState();
  return (text) => localized(text, locale);
}

/** For reference inputs: shows a record's localized name. */
export function useNameOption(): (record: { name?: Text } | undefined) => string {
  const pick = useLocalized();
  return (record) => pick(record?.name);
}
