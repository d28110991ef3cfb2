import {
  AgeGroup,
  ContactChannel,
  ContactSource,
} from '../../server/src/modules/contact/contact.enums';
import { cite, DOC } from './sources';

/**
 * ILLUSTRATIVE anonymous contact records, not real statistics: no document gives counts. They are
 * shaped after the Jyväskylä document's order of topics ("Eniten ... taloudelliset asiat ja
 * oikean etuuden hakemiseen liittyvät pulmat. Toisena tulevat kuntoutukseen ja työkykyyn liittyvät
 * ja kolmantena asumiseen liittyvät kysymykset"): finances and benefits most common, then
 * rehabilitation and work ability, then housing; and after "valtaosa asiakkaista ohjautuu ...
 * terveydenhuollon ammattilaisten kautta" (most clients come through health professionals).
 *
 * The pattern is fixed, so the counts are known (test/statistics.test.ts checks them): 20
 * contacts in every month of 2025, Marita Korhonen's, at the nine Jyväskylä stations.
 */
export interface ContactData {
  key: string;
  date: string;
  station: string;
  channel: ContactChannel;
  topic: string;
  ageGroup: AgeGroup;
  referredBy: ContactSource;
}

export const CONTACT_SOURCE = cite(
  DOC.jyvaskyla,
  'Jyväskylä',
  'ILLUSTRATIVE, not real statistics: generated to follow the order of topics the document ' +
    'reports (finances and benefits, then rehabilitation and work ability, then housing).',
);

export const CONTACT_YEAR = 2025;
export const CONTACTS_PER_MONTH = 20;

/** Per month: finances 6, kela-benefits 5, rehabilitation 3, work-ability 3, housing 2, mental-health 1. */
const TOPICS = [
  ...repeat('finances', 6),
  ...repeat('kela-benefits', 5),
  ...repeat('rehabilitation', 3),
  ...repeat('work-ability', 3),
  ...repeat('housing', 2),
  'mental-health',
];

/** Cycle of 10: appointments through the station's booking are the rule in Jyväskylä. */
const CHANNELS = [
  ...repeat(ContactChannel.APPOINTMENT, 4),
  ...repeat(ContactChannel.WALK_IN, 2),
  ...repeat(ContactChannel.PHONE, 2),
  ContactChannel.JOINT_RECEPTION,
  ContactChannel.CONSULTATION,
];

/** Cycle of 5: three in five come through a health professional. */
const SOURCES = [
  ContactSource.NURSE,
  ContactSource.DOCTOR,
  ContactSource.NURSE,
  ContactSource.SELF,
  ContactSource.OTHER,
];

/** Cycle of 8. */
const AGE_GROUPS = [
  AgeGroup.AGE_25_44,
  AgeGroup.AGE_45_64,
  AgeGroup.AGE_25_44,
  AgeGroup.AGE_45_64,
  AgeGroup.UNDER_25,
  AgeGroup.AGE_45_64,
  AgeGroup.AGE_65_PLUS,
  AgeGroup.AGE_25_44,
];

/**
 * Contacts 0-17 of a month at the six own stations (three each: weekly receptions), 18-19 at the
 * three contracted Oma Lääkärisi stations in turn (receptions every third week).
 */
function stationOf(month: number, i: number): string {
  if (i < 18) return `jyvaskyla-${(i % 6) + 1}`;
  return `oma-laakarisi-jyvaskyla-${((2 * month + i - 18) % 3) + 1}`;
}

export const CONTACTS: ContactData[] = Array.from({ length: 12 }, (_m, month) =>
  Array.from({ length: CONTACTS_PER_MONTH }, (_c, i) => {
    const n = month * CONTACTS_PER_MONTH + i;
    const day = 1 + ((i * 7) % 28);
    return {
      key: `${CONTACT_YEAR}-${month + 1}-${i}`,
      date: `${CONTACT_YEAR}-${pad(month + 1)}-${pad(day)}`,
      station: stationOf(month, i),
      channel: CHANNELS[n % CHANNELS.length],
      topic: TOPICS[i],
      ageGroup: AGE_GROUPS[n % AGE_GROUPS.length],
      referredBy: SOURCES[n % SOURCES.length],
    };
  }),
).flat();

function repeat<T>(value: T, times: number): T[] {
  return Array.from({ length: times }, () => value);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
