import type { Text } from './sources';

/**
 * The topic taxonomy. A code with a dot ("finances.debt") is a child of the code before the dot.
 * Every topic the source documents name is here; the Finnish names follow the documents' wording,
 * Swedish and English names are translations.
 */
export interface CategoryData {
  code: string;
  name: Text;
  description?: Text;
}

export const CATEGORIES: CategoryData[] = [
  {
    code: 'kela-benefits',
    name: {
      fi: 'Kelan etuudet ja hakemukset',
      sv: 'FPA:s förmåner och ansökningar',
      en: 'Kela benefits and applications',
    },
    description: {
      fi: 'Oikean etuuden löytäminen ja hakeminen, apu Kela-asioissa.',
      sv: 'Att hitta och söka rätt förmån, hjälp med FPA-ärenden.',
      en: 'Finding and applying for the right benefit, help with Kela matters.',
    },
  },
  {
    code: 'finances',
    name: { fi: 'Talous ja raha-asiat', sv: 'Ekonomi och penningfrågor', en: 'Money matters' },
    description: {
      fi: 'Taloudelliset pulmat ja toimeentulo.',
      sv: 'Ekonomiska problem och utkomst.',
      en: 'Financial problems and making ends meet.',
    },
  },
  {
    code: 'finances.debt',
    name: {
      fi: 'Velat ja maksuvaikeudet',
      sv: 'Skulder och betalningssvårigheter',
      en: 'Debt and payment difficulties',
    },
  },
  {
    code: 'housing',
    name: { fi: 'Asuminen', sv: 'Boende', en: 'Housing' },
  },
  {
    code: 'work-ability',
    name: { fi: 'Työ ja työkyky', sv: 'Arbete och arbetsförmåga', en: 'Work and work ability' },
  },
  {
    code: 'work-ability.employment',
    name: { fi: 'Työn saanti', sv: 'Att få arbete', en: 'Finding work' },
  },
  {
    code: 'work-ability.unemployment',
    name: { fi: 'Työttömyys', sv: 'Arbetslöshet', en: 'Unemployment' },
  },
  {
    code: 'rehabilitation',
    name: { fi: 'Kuntoutus', sv: 'Rehabilitering', en: 'Rehabilitation' },
  },
  {
    code: 'rehabilitation.social',
    name: {
      fi: 'Sosiaalinen kuntoutus',
      sv: 'Social rehabilitering',
      en: 'Social rehabilitation',
    },
  },
  {
    code: 'rehabilitation.psychosocial',
    name: {
      fi: 'Psykososiaalinen kuntoutus',
      sv: 'Psykosocial rehabilitering',
      en: 'Psychosocial rehabilitation',
    },
    description: {
      fi: 'Myös kotiin vietävät psykososiaalisen kuntoutuksen palvelut.',
      sv: 'Även psykosocial rehabilitering som ges i hemmet.',
      en: 'Including psychosocial rehabilitation services brought to the home.',
    },
  },
  {
    code: 'mental-health',
    name: { fi: 'Mielenterveys', sv: 'Psykisk hälsa', en: 'Mental health' },
  },
  {
    code: 'substance-use',
    name: { fi: 'Päihteiden käyttö', sv: 'Användning av rusmedel', en: 'Substance use' },
  },
  {
    code: 'family',
    name: {
      fi: 'Perhe ja ihmissuhteet',
      sv: 'Familj och relationer',
      en: 'Family and relationships',
    },
  },
  {
    code: 'family.separation',
    name: { fi: 'Ero', sv: 'Skilsmässa och separation', en: 'Divorce and separation' },
  },
  {
    code: 'loneliness',
    name: { fi: 'Yksinäisyys', sv: 'Ensamhet', en: 'Loneliness' },
  },
  {
    code: 'illness',
    name: { fi: 'Sairastuminen', sv: 'Insjuknande', en: 'Falling ill' },
    description: {
      fi: 'Sairastumisen tuomat muutokset arkeen, toimeentuloon ja työhön.',
      sv: 'Förändringar som ett insjuknande för med sig i vardagen, ekonomin och arbetet.',
      en: 'What falling ill changes in daily life, income and work.',
    },
  },
  {
    code: 'studying',
    name: { fi: 'Opiskelun haasteet', sv: 'Utmaningar i studierna', en: 'Challenges in studying' },
  },
  {
    code: 'crisis',
    name: {
      fi: 'Kriisit ja vaikeat elämäntilanteet',
      sv: 'Kriser och svåra livssituationer',
      en: 'Crises and difficult life situations',
    },
    description: {
      fi: 'Hankala elämäntilanne tai elämänmuutos, josta ei selviä yksin.',
      sv: 'En svår livssituation eller livsförändring som man inte klarar ensam.',
      en: 'A difficult life situation or life change that is hard to handle alone.',
    },
  },
  {
    code: 'multiple-needs',
    name: {
      fi: 'Monialaisen tuen tarve',
      sv: 'Behov av mångprofessionellt stöd',
      en: 'Need for multidisciplinary support',
    },
    description: {
      fi: 'Kasautuneet palvelutarpeet, joihin yhden ammattiryhmän osaaminen ei riitä.',
      sv: 'Hopade servicebehov som en enda yrkesgrupp inte kan möta.',
      en: 'Piled-up service needs that one profession alone cannot meet.',
    },
  },
  {
    code: 'social-services',
    name: { fi: 'Sosiaalipalvelut', sv: 'Socialservice', en: 'Social services' },
  },
  {
    code: 'health-services',
    name: {
      fi: 'Terveyspalvelut',
      sv: 'Hälso- och sjukvårdstjänster',
      en: 'Health services',
    },
  },
  {
    code: 'third-sector',
    name: {
      fi: 'Järjestöjen ja kolmannen sektorin palvelut',
      sv: 'Organisationernas och tredje sektorns tjänster',
      en: 'NGO and third-sector services',
    },
  },
];

/** The parent code of a dotted code, or null for a top-level topic. */
export const parentCode = (code: string): string | null =>
  code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null;
