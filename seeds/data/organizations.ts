import { OrganizationKind } from '../../server/src/modules/organization/organization.entity';
import { cite, DOC, type Text } from './sources';

/**
 * Providers. The welfare regions take their official names from welfare-regions.json; since
 * 1.1.2023 they organise the health stations and social services (before that the municipalities
 * did, which is what the older documents describe). Contact details the documents do not give
 * are null.
 */
export interface OrganizationData {
  /** organizationId(key); for a welfare region the key is the region code. */
  key: string;
  kind: OrganizationKind;
  /** Region code; null for a nationwide body. */
  region: string | null;
  /** Only for organizations that are not welfare regions (those take the region's name). */
  name?: Text;
  description?: Text;
  website?: string | null;
  source: string;
}

export const ORGANIZATIONS: OrganizationData[] = [
  {
    key: 'lansi-uusimaa',
    kind: OrganizationKind.WELFARE_REGION,
    region: 'lansi-uusimaa',
    website: 'https://www.luvn.fi',
    source: cite(
      DOC.lohja,
      'Lohja, Espoo',
      'Länsi-Uusimaa runs the health-station social guidance in Lohja and Espoo and plans to ' +
        'extend it to the whole region. The web site is the address the document cites (lähde).',
    ),
  },
  {
    key: 'paijat-hame',
    kind: OrganizationKind.WELFARE_REGION,
    region: 'paijat-hame',
    source: cite(
      DOC.paijatHame,
      'Asikkala, Hollola, Padasjoki',
      'The document describes the sote centres of Asikkala, Hollola and Padasjoki without ' +
        'naming the organiser; they belong to the Päijät-Häme welfare region.',
    ),
  },
  {
    key: 'varsinais-suomi',
    kind: OrganizationKind.WELFARE_REGION,
    region: 'varsinais-suomi',
    source: cite(
      DOC.varsinaisSuomi,
      'Varsinais-Suomi',
      'The document (a VASSO blog written before the welfare region started in 2023) speaks of ' +
        'six health centres of the area; since 2023 the welfare region organises them.',
    ),
  },
  {
    key: 'pohjois-pohjanmaa',
    kind: OrganizationKind.WELFARE_REGION,
    region: 'pohjois-pohjanmaa',
    description: {
      fi:
        'Pohjois-Pohjanmaan hyvinvointialue (Pohde) vastaa alueen julkisista sosiaali-, ' +
        'terveys- ja pelastuspalveluista 1.1.2023 alkaen, noin 416 000 asukkaalle.',
      sv:
        'Norra Österbottens välfärdsområde (Pohde) ansvarar sedan 1.1.2023 för områdets ' +
        'offentliga social-, hälsovårds- och räddningstjänster, för cirka 416 000 invånare.',
      en:
        'The North Ostrobothnia Wellbeing Services County (Pohde) has been responsible for the ' +
        "area's public social, health and rescue services since 1 January 2023, for about " +
        '416,000 residents.',
    },
    source: cite(DOC.pohde, 'Pohjois-Pohjanmaa'),
  },
  {
    key: 'keski-suomi',
    kind: OrganizationKind.WELFARE_REGION,
    region: 'keski-suomi',
    source: cite(
      DOC.jyvaskyla,
      'Jyväskylä',
      'The document (about 2019, before the welfare regions) speaks of the City of Jyväskylä and ' +
        'its own health stations; since 1.1.2023 the Keski-Suomi welfare region organises them.',
    ),
  },
  {
    key: 'oma-laakarisi',
    kind: OrganizationKind.PRIVATE,
    region: 'keski-suomi',
    name: { fi: 'Oma Lääkärisi', sv: 'Oma Lääkärisi', en: 'Oma Lääkärisi' },
    description: {
      fi: 'Yksityinen palveluntuottaja: kolme Oma Lääkärisi -terveysasemaa Jyväskylässä.',
      sv: 'Privat serviceproducent: tre Oma Lääkärisi-hälsostationer i Jyväskylä.',
      en: 'Private provider: three Oma Lääkärisi health stations in Jyväskylä.',
    },
    source: cite(
      DOC.jyvaskyla,
      'Jyväskylä',
      'The document names "kolme Oma Lääkärisi -terveysasemaa" (three Oma Lääkärisi health ' +
        'stations) of Jyväskylä; the company form, contact details and whether the contract ' +
        'still holds (the document is from about 2019) are not given.',
    ),
  },
];
