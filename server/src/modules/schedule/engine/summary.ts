import { civil, MINUTES_PER_DAY } from './calendar';
import { compileRule, CompiledRule } from './rule-occurrence';
import { Language, ScheduleSpec } from './types';

interface Words {
  days: string[];
  alwaysOpen: string;
  none: string;
  time: (hours: number, minutes: string) => string;
  cycle: (n: number) => string;
  nth: (nth: number, days: number[]) => string;
  date: (day: number) => string;
  validity: (from: string | null, to: string | null) => string;
}

const EN_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const EN_ORDINALS = ['1st', '2nd', '3rd', '4th', '5th'];
const SV_ORDINALS = ['första', 'andra', 'tredje', 'fjärde', 'femte'];
const SV_DEFINITE = 'måndagen tisdagen onsdagen torsdagen fredagen lördagen söndagen'.split(' ');

const numericDate = (day: number) => {
  const { year, month, day: dom } = civil(day);
  return `${dom}.${month}.${year}`;
};

const range = (from: string | null, to: string | null, onlyFrom: string, onlyTo: string) =>
  from && to ? `${from}-${to}` : from ? onlyFrom : onlyTo;

const WORDS: Record<Language, Words> = {
  fi: {
    days: ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
    alwaysOpen: 'avoinna aina',
    none: 'ei aukioloaikoja',
    time: (h, m) => `${h}.${m}`,
    cycle: (n) => `joka ${n}. viikko`,
    nth: (nth, days) => `kuun ${nth === -1 ? 'viimeinen' : `${nth}.`} ${dayList(days, 'fi')}`,
    date: numericDate,
    validity: (from, to) => range(from, to, `${from} alkaen`, `${to} asti`),
  },
  sv: {
    days: ['må', 'ti', 'on', 'to', 'fre', 'lö', 'sö'],
    alwaysOpen: 'öppet dygnet runt',
    none: 'inga öppettider',
    time: (h, m) => `${h}.${m}`,
    cycle: (n) => (n === 2 ? 'varannan vecka' : n === 3 ? 'var tredje vecka' : `var ${n}:e vecka`),
    nth: (nth, days) =>
      `${nth === -1 ? 'sista' : SV_ORDINALS[nth - 1]} ${joinWords(
        days.map((d) => SV_DEFINITE[d - 1]),
        'och',
      )} i månaden`,
    date: numericDate,
    validity: (from, to) => range(from, to, `från ${from}`, `t.o.m. ${to}`),
  },
  en: {
    days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    alwaysOpen: 'open 24/7',
    none: 'no opening hours',
    time: (h, m) => `${h}:${m}`,
    cycle: (n) =>
      n === 2 ? 'every second week' : n === 3 ? 'every third week' : `every ${n} weeks`,
    nth: (nth, days) =>
      `${nth === -1 ? 'last' : EN_ORDINALS[nth - 1]} ${dayList(days, 'en')} of the month`,
    date: (day) => {
      const { year, month, day: dom } = civil(day);
      return `${dom} ${EN_MONTHS[month - 1]} ${year}`;
    },
    validity: (from, to) => range(from, to, `from ${from}`, `until ${to}`),
  },
};

function joinWords(words: string[], and: string): string {
  return words.length < 2
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;
}

/** Runs of consecutive days read as a range, as on a door sign: 'ma-pe', 'ma, ke, pe'. */
function dayList(days: number[], language: Language): string {
  const names = WORDS[language].days;
  const parts: string[] = [];
  for (let i = 0; i < days.length;) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j] + 1) j++;
    parts.push(j > i ? `${names[days[i] - 1]}-${names[days[j] - 1]}` : names[days[i] - 1]);
    i = j + 1;
  }
  return parts.join(', ');
}

function clock(minutes: number, words: Words): string {
  const h = Math.floor(minutes / 60);
  return words.time(minutes === MINUTES_PER_DAY ? 24 : h, String(minutes % 60).padStart(2, '0'));
}

function describeRule(rule: CompiledRule, words: Words, language: Language): string {
  const days = [...rule.weekdays].sort((a, b) => a - b);
  const when =
    rule.nthOfMonth === null ? dayList(days, language) : words.nth(rule.nthOfMonth, days);
  let text = `${when} ${clock(rule.opens, words)}-${clock(rule.closes, words)}`;
  if (rule.interval > 1) text += `, ${words.cycle(rule.interval)}`;
  // Seasonal rules would read as contradictory without their dates ('ma-pe 8-16; ma-pe 8-15').
  const from = Number.isFinite(rule.from) ? words.date(rule.from) : null;
  const to = Number.isFinite(rule.to) ? words.date(rule.to) : null;
  if (from || to) text += ` (${words.validity(from, to)})`;
  return text;
}

/** A short door-sign style text; exceptions and holiday closures are left to the calendar view. */
export function summarize(spec: ScheduleSpec, language: Language): string {
  const lang: Language = language in WORDS ? language : 'fi';
  const words = WORDS[lang];
  if (spec.alwaysOpen) return words.alwaysOpen;
  const parts = (spec.rules ?? [])
    .map(compileRule)
    .filter((r): r is CompiledRule => r !== null)
    .map((r) => describeRule(r, words, lang));
  return parts.length > 0 ? parts.join('; ') : words.none;
}
