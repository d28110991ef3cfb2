import { parseDate, parseTime, MINUTES_PER_DAY } from './calendar';
import { ExceptionSpec, LocalizedTextValue } from './types';

export interface CompiledException {
  index: number;
  from: number;
  to: number;
  /** Special hours, or null for a closed day (also when the hours of a special day are unusable). */
  hours: { opens: number; closes: number; overMidnight: boolean } | null;
  reason: LocalizedTextValue | null;
}

export const DEFAULT_CLOSED_TEXT: LocalizedTextValue = {
  fi: 'Suljettu',
  sv: 'Stängt',
  en: 'Closed',
};

export function compileException(e: ExceptionSpec, index: number): CompiledException | null {
  const from = parseDate(e.startDate);
  const to = parseDate(e.endDate);
  if (from === null || to === null || to < from) return null;
  let hours: CompiledException['hours'] = null;
  if (!e.closed) {
    const opens = parseTime(e.opens, false);
    const closes = parseTime(e.closes, true);
    // Unreadable special hours fail closed: announcing hours nobody entered would be worse.
    if (opens !== null && closes !== null) {
      const overMidnight = Boolean(e.overMidnight);
      hours = {
        opens,
        closes: overMidnight && closes === MINUTES_PER_DAY ? 0 : closes,
        overMidnight,
      };
    }
  }
  return { index, from, to, hours, reason: e.reason ?? null };
}

/**
 * The exception in force on `day`. Exceptions may nest (closed for the summer, but open one
 * Tuesday), so the shortest range wins; on a tie a closure wins, then the later entry.
 */
export function exceptionOn(
  exceptions: CompiledException[],
  day: number,
): CompiledException | null {
  let best: CompiledException | null = null;
  for (const e of exceptions) {
    if (day < e.from || day > e.to) continue;
    if (!best || beats(e, best)) best = e;
  }
  return best;
}

function beats(a: CompiledException, b: CompiledException): boolean {
  const lenA = a.to - a.from;
  const lenB = b.to - b.from;
  if (lenA !== lenB) return lenA < lenB;
  if ((a.hours === null) !== (b.hours === null)) return a.hours === null;
  return a.index > b.index;
}
