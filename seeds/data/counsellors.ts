import {
  ConsultationChannel,
  ReceptionMode,
} from '../../server/src/modules/counsellor/counsellor.enums';
import { HolidayPolicy } from '../../server/src/modules/schedule/schedule.enums';
import { cite, DOC, type Text } from './sources';

/**
 * Counsellors and their receptions. Only the Jyväskylä document names a counsellor; elsewhere
 * the record stands for the role ("title-only" name) until the region's administrator enters the
 * person. Phones and emails the documents do not give are null.
 */
export interface CounsellorData {
  /** counsellorId(key). */
  key: string;
  name: string;
  title: Text;
  region: string;
  phone?: string | null;
  email?: string | null;
  languages: string[];
  consultationChannels: ConsultationChannel[];
  source: string;
  receptions: ReceptionData[];
}

export interface ReceptionData {
  /** stationId(key); the reception id is receptionId(counsellor key, station key). */
  station: string;
  modes: ReceptionMode[];
  targetGroups: string[];
  bookingInstructions?: Text | null;
  notes?: Text | null;
  free: boolean;
  /** null: the document gives no times. */
  schedule: ScheduleData | null;
  source: string;
}

export interface ScheduleData {
  holidayPolicy: HolidayPolicy;
  rules: RuleData[];
  exceptions?: ExceptionData[];
}

export interface RuleData {
  /** ISO weekdays, 1 = Monday. */
  weekdays: number[];
  /** 'HH:mm' Europe/Helsinki. */
  opens: string;
  closes: string;
  interval: number;
  /** A date in an "on" week, required when interval > 1. */
  anchorDate?: string | null;
}

export interface ExceptionData {
  startDate: string;
  endDate: string;
  closed: true;
  reason: Text;
}

/** Shown to clients wherever the hours are illustrative rather than from the document. */
const HOURS_NOT_CONFIRMED: Text = {
  fi: 'Merkityt kellonajat eivät ole vahvistettuja: tarkista vastaanottoaika terveysasemalta.',
  sv: 'De angivna tiderna är inte bekräftade: kontrollera mottagningstiden med hälsostationen.',
  en: 'The hours shown are not confirmed: check the reception time with the health station.',
};

const join = (...texts: Text[]): Text => ({
  fi: texts.map((t) => t.fi).join(' '),
  sv: texts.map((t) => t.sv).join(' '),
  en: texts.map((t) => t.en).join(' '),
});

const TITLE_ONLY =
  'The document does not name the counsellor: the record stands for the role (title-only name) ' +
  "until the region's administrator enters the person.";

// ---------------------------------------------------------------------------------------------
// Lohja

const LOHJA_ILLUSTRATIVE =
  'Hours 08:00-12:00 are illustrative; the document says only "maanantaisin osan päivästä" ' +
  '(Mondays, part of the day). The Christmas closure 24.-26.12.2026 is an example exception, ' +
  'not from the document.';

const LOHJA: CounsellorData = {
  key: 'lohja',
  name: 'Lohjan terveysaseman sosiaaliohjaaja',
  title: { fi: 'sosiaaliohjaaja', sv: 'socialhandledare', en: 'social counsellor' },
  region: 'lansi-uusimaa',
  languages: ['fi'],
  // "lääkärit ja hoitajat voivat konsultoida sosiaaliohjaajaa ... puhelimitse tai sähköpostilla"
  consultationChannels: [ConsultationChannel.PHONE, ConsultationChannel.EMAIL],
  source: cite(DOC.lohja, 'Lohja', `${TITLE_ONLY} Phone and email are not given.`),
  receptions: [
    {
      station: 'lohja-keskusta',
      modes: [ReceptionMode.WALK_IN, ReceptionMode.APPOINTMENT],
      targetGroups: ['working-age', 'pensioners', 'families'],
      bookingInstructions: {
        fi:
          'Terveysaseman henkilökunta voi varata sinulle ajan sosiaaliohjaajalle. Walk-in-' +
          'vastaanotolle voit tulla ilman ajanvarausta terveysaseman palvelupisteeseen.',
        sv:
          'Hälsostationens personal kan boka en tid hos socialhandledaren åt dig. Till drop ' +
          'in-mottagningen kan du komma utan tidsbokning, till hälsostationens servicepunkt.',
        en:
          'The health station staff can book you a time with the social counsellor. For the ' +
          "walk-in reception, come to the health station's service point without booking.",
      },
      notes: join(
        {
          fi:
            'Walk-in maanantaisin osan päivästä. Tarkoitettu ensisijaisesti terveysasemalla ' +
            'asioiville, omasta aloitteesta tai ammattilaisen ohjaamana. Kaikille työikäisille; ' +
            'myös eläkeläisiä ja perheellisiä otetaan vastaan.',
          sv:
            'Drop in på måndagar under en del av dagen. I första hand för dem som besöker ' +
            'hälsostationen, på eget initiativ eller hänvisade av en yrkesperson. För alla i ' +
            'arbetsför ålder; även pensionärer och barnfamiljer tas emot.',
          en:
            'Walk-in on Mondays for part of the day. Mainly for people visiting the health ' +
            'station, on their own initiative or referred by a professional. For all working-age ' +
            'people; pensioners and families are also welcome.',
        },
        HOURS_NOT_CONFIRMED,
      ),
      free: true,
      schedule: {
        holidayPolicy: HolidayPolicy.CLOSED_ON_HOLIDAYS,
        rules: [{ weekdays: [1], opens: '08:00', closes: '12:00', interval: 1 }],
        exceptions: [
          {
            startDate: '2026-12-24',
            endDate: '2026-12-26',
            closed: true,
            reason: {
              fi: 'Joulun aika: vastaanotto suljettu',
              sv: 'Julen: mottagningen är stängd',
              en: 'Christmas: the reception is closed',
            },
          },
        ],
      },
      source: cite(
        DOC.lohja,
        'Lohja',
        `Walk-in at Lohjan keskustan terveysasema; booking from the health station. ` +
          `${LOHJA_ILLUSTRATIVE} Free of charge: not stated in the document.`,
      ),
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Espoo: the document confirms the cooperation at five large stations since 2017 but gives no
// counsellor, modes or times. Receptions without a schedule record where the counsellor works.

const ESPOO: CounsellorData = {
  key: 'espoo',
  name: 'Espoon terveysasemien sosiaaliohjaaja',
  title: { fi: 'sosiaaliohjaaja', sv: 'socialhandledare', en: 'social counsellor' },
  region: 'lansi-uusimaa',
  languages: ['fi'],
  consultationChannels: [],
  source: cite(
    DOC.lohja,
    'Espoo',
    `${TITLE_ONLY} The document does not say how many counsellors work at the five stations; ` +
      'one record stands for them.',
  ),
  receptions: Array.from({ length: 5 }, (_, i) => ({
    station: `espoo-${i + 1}`,
    modes: [ReceptionMode.APPOINTMENT],
    targetGroups: [],
    bookingInstructions: {
      fi: 'Terveysaseman henkilökunta voi ohjata sinut sosiaaliohjaajalle.',
      sv: 'Hälsostationens personal kan hänvisa dig till socialhandledaren.',
      en: 'The health station staff can refer you to the social counsellor.',
    },
    free: true,
    schedule: null,
    source: cite(
      DOC.lohja,
      'Espoo',
      'Cooperation at five large Espoo health stations since 2017; the document gives no times ' +
        '(schedule null). Mode APPOINTMENT assumed from the model the document describes ' +
        '(booking from the health station), which Lohja took over from Espoo.',
    ),
  })),
};

// ---------------------------------------------------------------------------------------------
// Päijät-Häme

const PAIJAT_HAME_PLACES = [
  ['asikkala', 'Asikkala'],
  ['hollola', 'Hollola'],
  ['padasjoki', 'Padasjoki'],
] as const;

const PAIJAT_HAME: CounsellorData = {
  key: 'paijat-hame',
  name: 'Päijät-Hämeen sote-keskusten sosiaaliohjaaja',
  title: {
    fi: 'sote-keskuksen sosiaaliohjaaja',
    sv: 'socialhandledare vid social- och hälsocentralen',
    en: 'social counsellor of the sote centre',
  },
  region: 'paijat-hame',
  languages: ['fi'],
  consultationChannels: [],
  source: cite(
    DOC.paijatHame,
    'Asikkala, Hollola, Padasjoki',
    `${TITLE_ONLY} Consultation channels are not named.`,
  ),
  receptions: PAIJAT_HAME_PLACES.map(([station, place]) => ({
    station,
    modes: [ReceptionMode.APPOINTMENT, ReceptionMode.PHONE],
    targetGroups: ['under-65'],
    bookingInstructions: {
      fi: 'Kuka tahansa sote-keskuksen moniammatillisen tiimin ammattilainen voi ohjata sinut sosiaaliohjaajalle.',
      sv: 'Alla yrkespersoner i social- och hälsocentralens mångprofessionella team kan hänvisa dig till socialhandledaren.',
      en: "Any professional of the sote centre's multidisciplinary team can refer you to the social counsellor.",
    },
    notes: {
      fi:
        'Kaikille alle 65-vuotiaille sote-keskuksen asiakkaille. Sosiaaliohjaaja lähtee ' +
        'tarvittaessa mukaan kotikäynneille ja verkostoneuvotteluihin. Sosiaaliohjaaja ei tee ' +
        'palvelupäätöksiä eikä myönnä taloudellista tukea, eikä tapaamisista muodostu ' +
        'sosiaalihuollon asiakkuutta.',
      sv:
        'För alla klienter under 65 år vid social- och hälsocentralen. Socialhandledaren följer ' +
        'vid behov med på hembesök och nätverksmöten. Socialhandledaren fattar inga beslut om ' +
        'tjänster och beviljar inget ekonomiskt stöd, och mötena skapar ingen klientrelation ' +
        'inom socialvården.',
      en:
        "For all the sote centre's clients under 65. The counsellor joins home visits and " +
        'network meetings when needed. The counsellor makes no service decisions and grants no ' +
        'financial support, and the meetings create no social-care client relationship.',
    },
    free: true,
    schedule: null,
    source: cite(
      DOC.paijatHame,
      place,
      'Pilot from June 2022. No times are given (schedule null). Mode PHONE is read from ' +
        '"yhteydenotoista tai tapaamisista" (contacts or meetings); home visits are in the notes ' +
        '(HOME_VISIT is not a reception mode). Free of charge: not stated in the document.',
    ),
  })),
};

// ---------------------------------------------------------------------------------------------
// Jyväskylä: "kuudella omalla terveysasemalla ... vastaanotto kerran viikossa ja kolmella Oma
// Lääkärisi -terveysasemalla kolmen viikon välein". The document gives neither weekdays nor
// times, and does not say whether Marita Korhonen alone holds all nine receptions; she is the
// one counsellor it names, so all nine are hers here. ILLUSTRATIVE week, chosen so that her
// receptions never overlap:
//   Mon 08:30-11:30 own station 1      Mon 12:30-15:30 own station 2
//   Tue 08:30-11:30 own station 3      Tue 12:30-15:30 own station 4
//   Wed 08:30-11:30 own station 5      Wed 12:30-15:30 own station 6
//   Thu 08:30-11:30 one Oma Lääkärisi station, in rotation (every third week each)
// Rotation anchors: the Thursdays of the weeks starting 5, 12 and 19 January 2026 (ISO weeks 2,
// 3 and 4 of 2026): the first full weeks of the year, one week apart, so that exactly one of the
// three contracted stations has the Thursday reception each week.

const JYVASKYLA_ILLUSTRATIVE =
  'Weekday and hours are illustrative; the document gives only the frequency ("kerran ' +
  'viikossa" at own stations, "kolmen viikon välein" at Oma Lääkärisi stations). All nine ' +
  'receptions are assigned to Marita Korhonen, the one counsellor the document names.';

const OWN_SLOTS: { weekday: number; opens: string; closes: string }[] = [
  { weekday: 1, opens: '08:30', closes: '11:30' },
  { weekday: 1, opens: '12:30', closes: '15:30' },
  { weekday: 2, opens: '08:30', closes: '11:30' },
  { weekday: 2, opens: '12:30', closes: '15:30' },
  { weekday: 3, opens: '08:30', closes: '11:30' },
  { weekday: 3, opens: '12:30', closes: '15:30' },
];
const CONTRACTED_SLOT = { weekday: 4, opens: '08:30', closes: '11:30' };
const CONTRACTED_ANCHORS = ['2026-01-08', '2026-01-15', '2026-01-22'];

const JYVASKYLA_BOOKING: Text = {
  fi:
    'Varaa aika oman terveysasemasi ajanvarauksen kautta, tai terveydenhuollon ammattilainen ' +
    'ohjaa sinut vastaanotolle.',
  sv:
    'Boka tid via din egen hälsostations tidsbokning, eller så hänvisar en yrkesperson inom ' +
    'hälso- och sjukvården dig till mottagningen.',
  en: "Book a time through your own health station's booking, or a health professional refers you.",
};

const JYVASKYLA_NOTES: Text = join(
  {
    fi:
      'Mukaan voi tulla omainen tai muu tukihenkilö. Tarvittaessa voidaan pitää ' +
      'yhteisvastaanotto muiden ammattilaisten kanssa. Maksuton.',
    sv:
      'En anhörig eller annan stödperson kan följa med. Vid behov kan en gemensam mottagning ' +
      'hållas med andra yrkespersoner. Avgiftsfri.',
    en:
      'A relative or other support person may come along. A joint reception with other ' +
      'professionals is possible when needed. Free of charge.',
  },
  HOURS_NOT_CONFIRMED,
);

const MARITA_KORHONEN: CounsellorData = {
  key: 'marita-korhonen',
  name: 'Marita Korhonen',
  title: {
    fi: 'aikuissosiaalityön sosiaaliohjaaja',
    sv: 'socialhandledare inom vuxensocialarbetet',
    en: 'social counsellor, adult social work',
  },
  region: 'keski-suomi',
  phone: '014 266 3160',
  languages: ['fi'],
  consultationChannels: [],
  source: cite(
    DOC.jyvaskyla,
    'Jyväskylä',
    'Sosiaaliohjaaja, Jyväskylän kaupungin aikuissosiaalityö; work phone as given in the ' +
      "document's contact list (about 2019, may be out of date). Email and consultation " +
      'channels are not given.',
  ),
  receptions: [
    ...OWN_SLOTS.map((slot, i) => ({
      station: `jyvaskyla-${i + 1}`,
      modes: [ReceptionMode.APPOINTMENT],
      targetGroups: [],
      bookingInstructions: JYVASKYLA_BOOKING,
      notes: JYVASKYLA_NOTES,
      free: true,
      schedule: {
        holidayPolicy: HolidayPolicy.CLOSED_ON_HOLIDAYS,
        rules: [{ weekdays: [slot.weekday], opens: slot.opens, closes: slot.closes, interval: 1 }],
      },
      source: cite(
        DOC.jyvaskyla,
        'Jyväskylä',
        `Weekly reception at one of the city's six own health stations. ${JYVASKYLA_ILLUSTRATIVE}`,
      ),
    })),
    ...CONTRACTED_ANCHORS.map((anchorDate, i) => ({
      station: `oma-laakarisi-jyvaskyla-${i + 1}`,
      modes: [ReceptionMode.APPOINTMENT],
      targetGroups: [],
      bookingInstructions: JYVASKYLA_BOOKING,
      notes: JYVASKYLA_NOTES,
      free: true,
      schedule: {
        holidayPolicy: HolidayPolicy.CLOSED_ON_HOLIDAYS,
        rules: [
          {
            weekdays: [CONTRACTED_SLOT.weekday],
            opens: CONTRACTED_SLOT.opens,
            closes: CONTRACTED_SLOT.closes,
            interval: 3,
            anchorDate,
          },
        ],
      },
      source: cite(
        DOC.jyvaskyla,
        'Jyväskylä',
        `Reception every third week at one of the three Oma Lääkärisi stations. ` +
          `${JYVASKYLA_ILLUSTRATIVE} Anchor ${anchorDate} (ISO week ${i + 2} of 2026) is chosen ` +
          `so that the three contracted stations rotate on the same Thursday slot, one a week.`,
      ),
    })),
  ],
};

export const COUNSELLORS: CounsellorData[] = [LOHJA, ESPOO, PAIJAT_HAME, MARITA_KORHONEN];
