import type { RaRecord } from 'react-admin';
import type { Text } from './localized';

/** Localized fields of public records that need Swedish in bilingual municipalities. */
const LOCALIZED_FIELDS: Record<string, string[]> = {
  stations: ['name', 'accessibility'],
  servicesAtStations: ['notes'],
  receptions: ['bookingInstructions', 'notes'],
  services: ['name', 'description', 'cost'],
};

/** The language status of the municipality (or municipalities) the record serves. */
export function languageOf(resource: string, record: RaRecord): string | null {
  switch (resource) {
    case 'stations':
      return record.municipality?.language ?? null;
    case 'servicesAtStations':
    case 'receptions':
      return record.station?.municipality?.language ?? null;
    case 'services':
      return (record.municipalities ?? []).some((m: { language: string }) => m.language !== 'FI')
        ? 'BILINGUAL'
        : 'FI';
    default:
      return null;
  }
}

export const needsSwedish = (language: string | null | undefined): boolean =>
  language === 'BILINGUAL' || language === 'SV';

/**
 * The fields of a record that lack the Swedish text its municipality requires. The server's own
 * answer (`missingTranslations`) wins when the record carries it.
 */
export function missingSwedish(resource: string, record: RaRecord | undefined): string[] {
  if (!record) return [];
  if (Array.isArray(record.missingTranslations)) {
    return record.missingTranslations as string[];
  }
  if (!needsSwedish(languageOf(resource, record))) return [];
  return (LOCALIZED_FIELDS[resource] ?? [])
    .filter((field) => {
      const text = record[field] as Text;
      return !!text?.fi?.trim() && !text.sv?.trim();
    })
    .map((field) => `${field}.sv`);
}
