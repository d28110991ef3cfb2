import type { LocalizedText } from '../server/src/common/localized-text';
import type { Text } from './data/sources';

/** A data-file text as the embeddable stores it: missing translations become null. */
export const localized = (text: Text): LocalizedText => ({
  fi: text.fi,
  sv: text.sv ?? null,
  en: text.en ?? null,
});

export const localizedOrNull = (text: Text | null | undefined): LocalizedText | null =>
  text ? localized(text) : null;
