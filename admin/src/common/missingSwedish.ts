import type { RaRecord } from 'react-admin';

export const needsSwedish = (language: string | null | undefined): boolean =>
  language === 'BILINGUAL' || language === 'SV';

/**
 * The field paths (`name.sv`) of a record that lack the Swedish text its municipality requires,
 * as the server computes them (`missingTranslations`, selected for every public record in
 * resources.ts): it knows which municipalities a record serves, which the console does not always
 * load (a national service, a region's services).
 */
export function missingSwedish(record: RaRecord | undefined): string[] {
  return Array.isArray(record?.missingTranslations) ? (record.missingTranslations as string[]) : [];
}
