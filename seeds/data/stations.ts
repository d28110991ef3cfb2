import { OperatorKind } from '../../server/src/modules/station/station.entity';
import { HolidayPolicy } from '../../server/src/modules/schedule/schedule.enums';
import type { ScheduleData } from './counsellors';
import { cite, DOC, type Text } from './sources';

/**
 * Health stations and sote centres the documents mention. A fact a document does not give is
 * left empty: no street address, postal code, coordinates, phone or opening hours are seeded
 * (the station schedule stays null), and a station the document does not name gets an honest
 * numbered name that the region's administrator replaces with the real one.
 */
export interface StationData {
  /** stationId(key). */
  key: string;
  name: Text;
  region: string;
  /** Official three-digit municipality code. */
  municipality: string;
  languages: string[];
  operatorKind: OperatorKind;
  /** organizationId(key) of the operator: the region itself, or the contractor. */
  operator: string;
  /** Hidden from the public directory while a placeholder would mislead. */
  active?: boolean;
  /** Station opening hours; illustrative (ILLUSTRATIVE_HOURS), since no document gives them. */
  hours?: ScheduleData;
  source: string;
}

const UNNAMED =
  'The document gives no name, address, phone or hours: the name is a numbered placeholder ' +
  "for the region's administrator to replace.";

/**
 * Bilingual municipalities: the Language Act obliges the region to serve in Finnish and Swedish
 * there, so Swedish is listed and the names have a Swedish form (a translation, not from the
 * document).
 */
const BILINGUAL_SERVICE = 'Languages fi and sv: bilingual municipality (Language Act).';

/**
 * The documents give no station hours. The stations with counsellor receptions get office hours
 * Mon-Fri 8-16, closed on public holidays and eves, so the directory can show station hours next
 * to the receptions; each such station's source says the hours are illustrative.
 */
const ILLUSTRATIVE_HOURS: ScheduleData = {
  holidayPolicy: HolidayPolicy.CLOSED_ON_HOLIDAYS_AND_EVES,
  rules: [{ weekdays: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00', interval: 1 }],
};
const HOURS_NOTE = ' Station hours Mon-Fri 8-16 are illustrative, not from the document.';

/** Lohja: also closed between Christmas and New Year 2026 (an illustrative closure). */
const LOHJA_HOURS: ScheduleData = {
  ...ILLUSTRATIVE_HOURS,
  exceptions: [
    {
      startDate: '2026-12-28',
      endDate: '2026-12-31',
      closed: true,
      reason: {
        fi: 'Joulun välipäivinä suljettu',
        sv: 'Stängt mellan jul och nyår',
        en: 'Closed between Christmas and New Year',
      },
    },
  ],
};

const numbered = <T>(count: number, make: (n: number) => T): T[] =>
  Array.from({ length: count }, (_, i) => make(i + 1));

export const STATIONS: StationData[] = [
  {
    key: 'lohja-keskusta',
    name: {
      fi: 'Lohjan keskustan terveysasema',
      sv: 'Lojo centrums hälsostation',
      en: 'Lohja central health station',
    },
    region: 'lansi-uusimaa',
    municipality: '444',
    languages: ['fi', 'sv'],
    operatorKind: OperatorKind.OWN,
    operator: 'lansi-uusimaa',
    hours: LOHJA_HOURS,
    source: cite(
      DOC.lohja,
      'Lohja',
      'Finnish name as in the document; the Swedish and English names are translations. ' +
        'Address, phone and opening hours are not given. ' +
        BILINGUAL_SERVICE +
        HOURS_NOTE +
        ' The closure 28-31.12.2026 is illustrative too.',
    ),
  },
  ...numbered(5, (n) => ({
    key: `espoo-${n}`,
    name: {
      fi: `Espoon terveysasema ${n}`,
      sv: `Esbo hälsostation ${n}`,
      en: `Espoo health station ${n}`,
    },
    region: 'lansi-uusimaa',
    municipality: '049',
    languages: ['fi', 'sv'],
    operatorKind: OperatorKind.OWN,
    operator: 'lansi-uusimaa',
    source: cite(
      DOC.lohja,
      'Espoo',
      `One of the "viisi suurta terveysasemaa" (five large health stations) of Espoo where ` +
        `health and social services have worked together since 2017. ${UNNAMED} ` +
        `Own operation (not contracted) is assumed; the document does not say. ` +
        BILINGUAL_SERVICE,
    ),
  })),
  ...(
    [
      ['asikkala', '016', 'Asikkalan sote-keskus', 'Asikkala social- och hälsocentral', 'Asikkala'],
      ['hollola', '098', 'Hollolan sote-keskus', 'Hollola social- och hälsocentral', 'Hollola'],
      [
        'padasjoki',
        '576',
        'Padasjoen sote-keskus',
        'Padasjoki social- och hälsocentral',
        'Padasjoki',
      ],
    ] as const
  ).map(([key, municipality, fi, sv, place]) => ({
    key,
    name: { fi, sv, en: `${place} health and social services centre` },
    region: 'paijat-hame',
    municipality,
    languages: ['fi'],
    operatorKind: OperatorKind.OWN,
    operator: 'paijat-hame',
    source: cite(
      DOC.paijatHame,
      place,
      'The document names "Asikkalan, Hollolan ja Padasjoen sote-keskukset"; the Swedish and ' +
        'English names are translations. Address, phone and opening hours are not given.',
    ),
  })),
  ...numbered(6, (n) => ({
    key: `varsinais-suomi-${n}`,
    name: {
      fi: `Varsinais-Suomen terveyskeskus ${n}`,
      sv: `Egentliga Finlands hälsocentral ${n}`,
      en: `Southwest Finland health centre ${n}`,
    },
    region: 'varsinais-suomi',
    // PLACEHOLDER: the document names neither the health centres nor their municipalities, but a
    // station must have one. Turku, the centre of the region, stands in until the administrator
    // fills in the real place; the station is inactive (hidden from the public) until then.
    municipality: '853',
    languages: ['fi'],
    operatorKind: OperatorKind.OWN,
    operator: 'varsinais-suomi',
    active: false,
    source: cite(
      DOC.varsinaisSuomi,
      'Varsinais-Suomi',
      `One of the "kuusi alueen terveyskeskusta" (six health centres of the area) of the ` +
        `working-age social care pilot. ${UNNAMED} The municipality is not given either: ` +
        `Turku is a placeholder, so the station is inactive (hidden from the public directory) ` +
        `until the administrator fills in the real place. Languages: only fi is recorded ` +
        `because the real municipality is unknown.`,
    ),
  })),
  ...numbered(6, (n) => ({
    key: `jyvaskyla-${n}`,
    name: {
      fi: `Jyväskylän oma terveysasema ${n}`,
      sv: `Jyväskylä stads egen hälsostation ${n}`,
      en: `Jyväskylä own health station ${n}`,
    },
    region: 'keski-suomi',
    municipality: '179',
    languages: ['fi'],
    operatorKind: OperatorKind.OWN,
    operator: 'keski-suomi',
    hours: ILLUSTRATIVE_HOURS,
    source: cite(
      DOC.jyvaskyla,
      'Jyväskylä',
      `One of "Jyväskylän kaupungin kuusi omaa terveysasemaa" (the city's six own health ` +
        `stations). ${UNNAMED} The document (about 2019) speaks of the city; since 2023 the ` +
        `Keski-Suomi welfare region runs the stations.${HOURS_NOTE}`,
    ),
  })),
  ...numbered(3, (n) => ({
    key: `oma-laakarisi-jyvaskyla-${n}`,
    name: {
      fi: `Oma Lääkärisi -terveysasema ${n} (Jyväskylä)`,
      sv: `Oma Lääkärisi-hälsostation ${n} (Jyväskylä)`,
      en: `Oma Lääkärisi health station ${n} (Jyväskylä)`,
    },
    region: 'keski-suomi',
    municipality: '179',
    languages: ['fi'],
    operatorKind: OperatorKind.CONTRACTED,
    operator: 'oma-laakarisi',
    hours: ILLUSTRATIVE_HOURS,
    source: cite(
      DOC.jyvaskyla,
      'Jyväskylä',
      `One of "kolme Oma Lääkärisi -terveysasemaa" (three Oma Lääkärisi health stations) where ` +
        `the counsellor receives every three weeks. ${UNNAMED} The document (about 2019) does ` +
        `not say whether the contract continues under the welfare region.${HOURS_NOTE}`,
    ),
  })),
];
