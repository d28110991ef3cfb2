import type { DatasetFacts } from './dataset';

/**
 * The fixed read cases of the benchmark: each is one GraphQL request that a public app sends, the
 * variables of its i-th request, and what a correct answer looks like. The hand-written SQL that
 * produces the same answer is in baseline.ts under the same name.
 */
export interface BenchCase {
  name: string;
  title: string;
  query: string;
  /** Variables of the i-th request (the ids rotate, so the load does not hit one row only). */
  variables(i: number): Record<string, unknown>;
  /** How many items an answer has (stations, days...), to check it is not empty. */
  items(data: any): number;
  /** p99 target in ms at 8 connections, where the issue sets one. */
  p99TargetMs?: number;
  /**
   * Needs a field that may not be in the schema yet (findHelp): the case is skipped with a
   * "not available" line when the server does not know it.
   */
  optionalField?: string;
  /** Settings of a server of its own for this case (environment variables), else the main one. */
  serverEnv?: Record<string, string>;
  /** The baseline's case when it is another's (the same answer under other settings). */
  baselineCase?: string;
}

/** A fixed December fortnight: includes Independence Day and Christmas, and the exceptions. */
export const WEEK = { from: '2026-12-01', to: '2026-12-07' };
export const MONTH = { from: '2026-12-01', to: '2026-12-30' };

const STATION_CARD = `
  fragment StationCard on Station {
    id
    name { fi sv }
    streetAddress
    postalCode
    postOffice
    phone
    latitude
    longitude
    languages
    region { id code name { fi } }
    municipality { code name { fi } }
    hoursSummary { fi }
    openingHours(from: $from, to: $to) { date closed intervals { start end } }
    services {
      id
      notes { fi }
      hoursSummary { fi }
      service { id name { fi } }
    }
  }`;

export function benchCases(facts: DatasetFacts): BenchCase[] {
  // 100 stations spread over the id range: rotated by the by-id cases.
  const step = Math.max(1, Math.floor(facts.stationIds.length / 100));
  const ids = facts.stationIds.filter((_id, i) => i % step === 0).slice(0, 100);
  const stationId = (i: number) => ids[i % ids.length];
  const cases: BenchCase[] = [
    {
      name: 'station-by-id',
      title: 'One station by id with its services',
      p99TargetMs: 50,
      query: `query StationById($id: ID!) {
        station(id: $id) {
          id
          name { fi sv }
          streetAddress
          postalCode
          postOffice
          phone
          latitude
          longitude
          languages
          services { id notes { fi } service { id name { fi sv } } }
        }
      }`,
      variables: (i) => ({ id: stationId(i) }),
      items: (data) => data.station?.services?.length ?? 0,
    },
    {
      name: 'first-50-nested',
      title: 'First 50 stations fully nested (region, services, 7 days of hours)',
      query: `query First50($from: Date!, $to: Date!) {
        stations(page: { limit: 50 }) { total items { ...StationCard } }
      }
      ${STATION_CARD}`,
      variables: () => ({ ...WEEK }),
      items: (data) => data.stations?.items?.length ?? 0,
    },
    {
      name: 'region-nested',
      title: 'All stations of one region fully nested (one page of at most 100)',
      query: `query RegionStations($regionId: ID!, $from: Date!, $to: Date!) {
        stations(filter: { regionId: $regionId }, page: { limit: 100 }) {
          total
          items { ...StationCard }
        }
      }
      ${STATION_CARD}`,
      variables: () => ({ regionId: facts.region.id, ...WEEK }),
      items: (data) => data.stations?.items?.length ?? 0,
    },
    {
      name: 'find-help-near',
      title: 'findHelp near a point (10 km)',
      p99TargetMs: 50,
      optionalField: 'findHelp',
      query: `query FindHelpNear($input: FindHelpInput!) {
        findHelp(input: $input) {
          total
          options {
            rank
            kind
            distanceKm
            hoursKnown
            station { id name { fi } }
            service { id name { fi } }
            reception { id }
            nextAvailable { start end }
          }
        }
      }`,
      variables: () => ({
        input: {
          where: {
            near: {
              latitude: facts.point.latitude,
              longitude: facts.point.longitude,
              radiusKm: 10,
            },
          },
          limit: 20,
        },
      }),
      items: (data) => data.findHelp?.options?.length ?? 0,
    },
    {
      name: 'station-hours-30d',
      title: "One station's opening hours for 30 days",
      query: `query StationHours($id: ID!, $from: Date!, $to: Date!) {
        station(id: $id) {
          id
          openingHours(from: $from, to: $to) {
            date
            closed
            closedReason { kind text { fi } }
            intervals { start end }
          }
        }
      }`,
      variables: (i) => ({ id: stationId(i), ...MONTH }),
      items: (data) => data.station?.openingHours?.length ?? 0,
    },
  ];
  // findHelp once more on a server that keeps nothing of the stations between requests
  // (help-bundles.ts): what every request would cost without them. No p99 target of its own.
  const findHelp = cases.find((c) => c.name === 'find-help-near')!;
  cases.splice(cases.indexOf(findHelp) + 1, 0, {
    ...findHelp,
    name: 'find-help-near-unkept',
    title: 'findHelp near a point, nothing kept between requests (FIND_HELP_KEPT_SECONDS=0)',
    p99TargetMs: undefined,
    serverEnv: { FIND_HELP_KEPT_SECONDS: '0' },
    baselineCase: 'find-help-near',
  });
  return cases;
}
