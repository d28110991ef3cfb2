import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';

const messages = { fi, sv, en };

export type LocaleCode = keyof typeof messages;

/** Finnish by default; Swedish and English selectable from the app bar. */
export const i18nProvider = polyglotI18nProvider(
  (locale) => messages[locale as LocaleCode] ?? fi,
  'fi',
  [
    { locale: 'fi', name: 'Suomi' },
    { locale: 'sv', name: 'Svenska' },
    { locale: 'en', name: 'English' },
  ],
);
