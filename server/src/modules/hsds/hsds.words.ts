import type { Language } from './hsds.language';

/** Fixed texts of the HSDS answers, in the three languages of the directory. */
type Words = Record<Language, string>;

const w = (fi: string, sv: string, en: string): Words => ({ fi, sv, en });

export const ACCESS_MODE_WORDS: Record<string, Words> = {
  WALK_IN: w('walk-in ilman ajanvarausta', 'drop in utan tidsbokning', 'walk-in without booking'),
  APPOINTMENT: w('ajanvaraus', 'tidsbokning', 'by appointment'),
  PHONE: w('puhelimitse', 'per telefon', 'by phone'),
  ONLINE: w('verkossa tai videolla', 'på nätet eller via video', 'online or by video'),
  REFERRAL: w(
    'ammattilaisen ohjaamana',
    'via remiss från en yrkesperson',
    "by a professional's referral",
  ),
  HOME_VISIT: w('kotikäynti', 'hembesök', 'home visit'),
  REMOTE: w('etävastaanotto', 'distansmottagning', 'remote meeting'),
};

export const ORGANIZATION_KIND_WORDS: Record<string, Words> = {
  WELFARE_REGION: w('Hyvinvointialue', 'Välfärdsområde', 'Welfare region'),
  KELA: w('Kansaneläkelaitos', 'Folkpensionsanstalten', 'Social Insurance Institution'),
  MUNICIPALITY: w('Kunta', 'Kommun', 'Municipality'),
  PARISH: w('Seurakunta', 'Församling', 'Parish'),
  NGO: w('Järjestö', 'Organisation', 'Non-governmental organization'),
  PRIVATE: w('Yksityinen palveluntuottaja', 'Privat tjänsteproducent', 'Private provider'),
  STATE: w('Valtion viranomainen', 'Statlig myndighet', 'State authority'),
};

/** Target-group codes of the seed and the console; an unknown code is shown as it is. */
export const TARGET_GROUP_WORDS: Record<string, Words> = {
  'working-age': w('työikäiset', 'personer i arbetsför ålder', 'working-age people'),
  pensioners: w('eläkeläiset', 'pensionärer', 'pensioners'),
  families: w('lapsiperheet', 'barnfamiljer', 'families'),
  'under-65': w('alle 65-vuotiaat', 'personer under 65 år', 'people under 65'),
  adults: w('aikuiset', 'vuxna', 'adults'),
  youth: w('nuoret', 'unga', 'young people'),
  students: w('opiskelijat', 'studerande', 'students'),
};

export const WORDS = {
  targetGroups: w('Kohderyhmä', 'Målgrupp', 'Target group'),
  ages: (min: number | null, max: number | null): Words =>
    min !== null && max !== null
      ? w(`Ikä ${min}-${max} vuotta`, `Ålder ${min}-${max} år`, `Age ${min}-${max}`)
      : min !== null
        ? w(`Vähintään ${min}-vuotiaat`, `Från ${min} år`, `Aged ${min} or over`)
        : w(`Enintään ${max}-vuotiaat`, `Högst ${max} år`, `Aged ${max} or under`),
  free: w('Maksuton', 'Avgiftsfri', 'Free of charge'),
  national: w('Koko Suomi', 'Hela Finland', 'All of Finland'),
  taxonomyName: w('Tukiverkon aiheet', 'Tukiverkkos ämnen', 'Tukiverkko topics'),
  taxonomyDescription: w(
    'Sosiaaliohjauksen aiheet: Kelan etuudet, talous ja velat, asuminen, työ ja työkyky, ' +
      'kuntoutus, mielenterveys, päihteet, perhe, yksinäisyys, opiskelu, kriisit.',
    'Ämnen för social handledning: FPA-förmåner, ekonomi och skulder, boende, arbete och ' +
      'arbetsförmåga, rehabilitering, mental hälsa, missbruk, familj, ensamhet, studier, kriser.',
    'Topics of social guidance: Kela benefits, finances and debt, housing, work and work ability, ' +
      'rehabilitation, mental health, substance use, family, loneliness, studying, crisis.',
  ),
  noTimes: w(
    'Vastaanottoaikoja ei ole julkaistu.',
    'Mottagningstiderna har inte publicerats.',
    'No reception times are published.',
  ),
  overMidnight: w(
    'Sulkeutuu seuraavana päivänä.',
    'Stänger följande dag.',
    'Closes on the following day.',
  ),
  holidays: {
    CLOSED_ON_HOLIDAYS: w(
      'Suljettu arkipyhinä.',
      'Stängt på helgdagar.',
      'Closed on public holidays.',
    ),
    CLOSED_ON_HOLIDAYS_AND_EVES: w(
      'Suljettu arkipyhinä sekä juhannus-, joulu- ja uudenvuodenaattona.',
      'Stängt på helgdagar samt midsommar-, jul- och nyårsafton.',
      "Closed on public holidays and on Midsummer Eve, Christmas Eve and New Year's Eve.",
    ),
    IGNORE_HOLIDAYS: w(
      'Arkipyhät eivät muuta aikoja.',
      'Helgdagar ändrar inte tiderna.',
      'Public holidays do not change the hours.',
    ),
  } as Record<string, Words>,
  /** Why these entries are not the whole truth: what HSDS schedules cannot say. */
  limits: w(
    'Ajat ovat Suomen aikaa (Europe/Helsinki: UTC+2, kesäaikana UTC+3). HSDS-aikataulu ei pysty ' +
      'ilmaisemaan arkipyhiä, poikkeusaukioloja, sulkuaikoja eikä kesäaikaan siirtymistä: ' +
      'ajantasaiset aukioloajat saa Tukiverkon GraphQL-rajapinnasta (openingHours, isOpen, ' +
      'nextOpening).',
    'Tiderna är finsk tid (Europe/Helsinki: UTC+2, sommartid UTC+3). Ett HSDS-schema kan inte ' +
      'uttrycka helgdagar, undantagstider, stängningar eller övergången till sommartid: de ' +
      'aktuella öppettiderna finns i Tukiverkkos GraphQL-gränssnitt (openingHours, isOpen, ' +
      'nextOpening).',
    'Times are Finnish local time (Europe/Helsinki: UTC+2, UTC+3 in summer). An HSDS schedule ' +
      'cannot express public holidays, exceptional hours, closures or daylight-saving changes: ' +
      "the authoritative hours are in Tukiverkko's GraphQL API (openingHours, isOpen, " +
      'nextOpening).',
  ),
};
