/** Text in Finnish (required), Swedish and English, as stored in the LocalizedText columns. */
export interface Text {
  fi: string;
  sv?: string | null;
  en?: string | null;
}

/**
 * The source documents (in /work/shared/source-documents/) the seeded records come from. Every
 * seeded record's `source` starts with one of these, followed by the place in brackets.
 */
export const DOC = {
  /** Länsi-Uusimaa news (luvn.fi), 2021–2022: Lohja's OTSO pilot, and Espoo since 2017. */
  lohja: 'source-documents/000_fee6d8d231c204c2.txt',
  /** Päijät-Häme "Sote-keskuksen sosiaaliohjaus" model: pilot from June 2022. */
  paijatHame: 'source-documents/001_00dee254aa95af89.txt',
  /** VASSO blog (Varsinais-Suomi): pilot of multidisciplinary teams at six health centres. */
  varsinaisSuomi: 'source-documents/002_bf122fbea5f27a79.txt',
  /** Pohde (Pohjois-Pohjanmaa) RRP4 "hoidon jatkuvuus" project description. */
  pohde: 'source-documents/003_be8b03a55cabe02d.txt',
  /** City of Jyväskylä news, written after the choice pilot ended 31.10.2019. */
  jyvaskyla: 'source-documents/004_b5ecb57186f0854f.txt',
} as const;

/** `source` text: the document file, the place, and what was (not) taken from it. */
export const cite = (doc: string, place: string, note?: string): string =>
  note ? `${doc} (${place}). ${note}` : `${doc} (${place})`;
