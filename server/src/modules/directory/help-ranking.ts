import type { OpenInterval } from '../schedule/engine';
import { AccessMode } from '../service-catalogue/service.enums';
import { HelpArea, HelpOptionKind } from './find-help.types';

/** What the ranking looks at in one option. */
export interface Rankable {
  kind: HelpOptionKind;
  /** How many of the topics asked the option answers. */
  topicScore: number;
  nextAvailable: OpenInterval | null;
  accessModes: AccessMode[];
  distanceKm: number | null;
  area: HelpArea;
  /** Stable last resort: the Finnish name, then the id. */
  name: string;
  id: string;
}

const AREA_ORDER: Record<HelpArea, number> = {
  [HelpArea.NEARBY]: 0,
  [HelpArea.MUNICIPALITY]: 0,
  [HelpArea.REGION]: 1,
  [HelpArea.NATIONAL]: 2,
  [HelpArea.ANYWHERE]: 3,
};

const KIND_ORDER: Record<HelpOptionKind, number> = {
  [HelpOptionKind.RECEPTION]: 0,
  [HelpOptionKind.SERVICE_AT_STATION]: 1,
  [HelpOptionKind.SERVICE]: 2,
};

/** An option's place in each rule of the ranking, worked out once per option. */
export interface RankKey {
  topicScore: number;
  /** Epoch ms of the next available time (now when already open); +Infinity when not known. */
  start: number;
  walkIn: number;
  distance: number;
  area: number;
  kind: number;
  name: string;
  id: string;
}

/**
 * The keys of the ranking of findHelp (compareRankKeys), worked out once per option: sorting
 * thousands of options compares each many times, and looking up its start (kept in a `WeakMap`,
 * which V8 also works through at every collection), walk-in and distance at every comparison
 * was most of the sort's work.
 */
export function rankKey(o: Rankable, now: Date): RankKey {
  return {
    topicScore: o.topicScore,
    start: o.nextAvailable
      ? Math.max(Date.parse(o.nextAvailable.start), now.getTime())
      : Number.POSITIVE_INFINITY,
    walkIn: o.accessModes.includes(AccessMode.WALK_IN) ? 0 : 1,
    distance: o.distanceKm ?? Number.POSITIVE_INFINITY,
    area: AREA_ORDER[o.area],
    kind: KIND_ORDER[o.kind],
    name: o.name,
    id: o.id,
  };
}

/**
 * The ranking of findHelp, best first. Each rule only breaks the ties of the rules before it:
 *
 * 1. More of the topics asked answered: someone asking about debt and housing is best served
 *    where both are handled.
 * 2. Available sooner: the start of the next available time, an interval already open counting as
 *    now; options whose hours are not known come after every option with a known time.
 * 3. Walk-in first: no booking needed is the lowest threshold.
 * 4. Nearer first, when a point was given; stations without coordinates are never in a point
 *    search, so this compares known distances only.
 * 5. Closer area: the person's municipality (or nearby), then the welfare region, then national.
 * 6. A counsellor's reception, then a service at a station, then a service without a place: a
 *    person to meet before a catalogue entry.
 * 7. Name and id, so that the order is stable.
 */
export function compareRankKeys(a: RankKey, b: RankKey): number {
  return (
    b.topicScore - a.topicScore ||
    compare(a.start, b.start) ||
    a.walkIn - b.walkIn ||
    compare(a.distance, b.distance) ||
    a.area - b.area ||
    a.kind - b.kind ||
    FINNISH.compare(a.name, b.name) ||
    a.id.localeCompare(b.id)
  );
}

/** The same order as `localeCompare(…, 'fi')`, without building a collator for each call. */
const FINNISH = new Intl.Collator('fi');

function compare(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
