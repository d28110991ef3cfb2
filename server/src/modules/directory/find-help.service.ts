import type { EntityManager } from '@mikro-orm/postgresql';
import { ReceptionMode } from '../counsellor/counsellor.enums';
import {
  publicReceptionsColumn,
  publicReceptionsOf,
  type PublicReception,
  type ReceptionRow,
} from '../counsellor/reception-rows.loader';
import type { ScheduleSpec } from '../schedule/engine';
import { scheduleSpecLoader } from '../schedule/schedule-spec.loader';
import { ServiceAtStation } from '../service-catalogue/service-at-station.entity';
import { AccessMode, ServiceArea, ServiceSector } from '../service-catalogue/service.enums';
import { Service } from '../service-catalogue/service.entity';
import {
  categoryIdsOf,
  publicServicesByIdOrArea,
  SERVICE_RANKING_COLUMNS,
} from '../service-catalogue/service-rows.loader';
import {
  deliveriesOf,
  publicDeliveryRowsAt,
  type DeliveryRow,
} from '../service-catalogue/station-deliveries.loader';
import type { Station } from '../station/station.entity';
import { activeStationsMatching } from '../station/station-rows.loader';
import { uuidArray } from '../../common/sql-params';
import type { FindHelpInput } from './find-help.inputs';
import { HelpArea, HelpOption, HelpOptionKind, HelpResults } from './find-help.types';
import { distanceKm, stationsWithin } from './geo';
import { compareRankKeys, rankKey } from './help-ranking';
import { availability, firstAvailability, helpWindow, type HelpWindow } from './help-times';
import { TopicQuestion } from './help-topics';
import { resolvePlace, type Place } from './help-place';
import type { KeptHelp } from './help-bundles';

const RECEPTION_ACCESS: Record<ReceptionMode, AccessMode> = {
  [ReceptionMode.WALK_IN]: AccessMode.WALK_IN,
  [ReceptionMode.APPOINTMENT]: AccessMode.APPOINTMENT,
  [ReceptionMode.PHONE]: AccessMode.PHONE,
  [ReceptionMode.REMOTE]: AccessMode.ONLINE,
};

/** What an answer asks of the options beyond what findHelp computes (find-help.resolver.ts). */
export interface HelpAsked {
  serviceNamesOnly?: boolean;
  /** Of the services at stations nothing but DELIVERY_SLIM_FIELDS. */
  slimDeliveries?: boolean;
}

/** The services serving a place's area without a station: the SQL condition and its key. */
interface AreaQuestion {
  condition: string;
  params: unknown[];
  topics: TopicQuestion | null;
  /** The same for the same regions, municipalities and topics. */
  key: string;
}

/** An option before its hours are known. */
interface Candidate extends Omit<
  HelpOption,
  'rank' | 'nextAvailable' | 'nextTimes' | 'hoursKnown'
> {
  topicScore: number;
  /** Whose hours apply, first found first: the option's own schedule, then its station's. */
  scheduleIds: (string | undefined)[];
  area: HelpArea;
}

/**
 * findHelp: "where and when can this person get help?". Only public records take part, for
 * signed-in users too: this is the directory's answer, not an administrator's view.
 *
 * The work is a fixed number of SQL statements whatever the number of options, at most six: the
 * taxonomy, the municipality, the stations in scope with their receptions (one statement), their
 * services at stations, the catalogue services of those and the ones serving the area (one
 * statement), and the schedules of them all (batched by the dataloader). For anonymous requests
 * what was read of the stations' services, of the area's services and of the schedules is kept
 * for a while (help-bundles.ts): a request then reads its stations, and only what is not kept.
 */
export class FindHelpService {
  /**
   * @param kept what the server keeps of stations for anonymous requests (help-bundles.ts); null
   *   reads everything (signed-in users, tests of the reading itself).
   */
  constructor(
    private readonly em: EntityManager,
    private readonly now: Date = new Date(),
    private readonly kept: KeptHelp | null = null,
  ) {}

  /**
   * @param asked what the answer asks of the options' services: with `serviceNamesOnly` (nothing
   *   but SERVICE_NAME_FIELDS of them, also through their services at stations) the services are
   *   read with the ranking's columns only, about half of them; with `slimDeliveries` the
   *   services at stations without their version, state and timestamps.
   */
  async find(input: FindHelpInput, asked: HelpAsked = {}): Promise<HelpResults> {
    const window = helpWindow(input.when, this.now);
    const topics = input.topics?.length ? await TopicQuestion.resolve(this.em, input.topics) : null;
    const place = await resolvePlace(this.em, input.where);
    const found = await this.stations(place);
    const stations = found.map(({ station }) => station);
    const receptions = found.flatMap(({ row }) => publicReceptionsOf(this.em, row.receptions));
    const kept = this.kept?.fits(stations.length) ? this.kept : null;
    const { deliveries, servingArea } = await this.atStations(place, stations, topics, asked, kept);
    // The stations are plain records (station-rows.loader.ts): receptions and deliveries find
    // theirs here, not through their ORM references.
    const stationsById = new Map(stations.map((station) => [station.id, station]));

    const candidates = [
      ...this.receptionOptions(receptions, deliveries, stationsById, place, topics, input),
      ...deliveries.flatMap((d) => this.deliveryOption(d, stationsById, place, topics, input)),
    ];
    const delivered = new Set(candidates.map((c) => c.service?.id));
    candidates.push(
      ...servingArea
        .filter((service) => !delivered.has(service.id))
        .flatMap((service) => this.serviceOption(service, place, topics, input)),
    );
    const wanted = candidates.filter((c) => !input.kinds?.length || input.kinds.includes(c.kind));
    const { total, shown } = await this.rankedWithTimes(wanted, window, input.limit, kept);
    return {
      municipality: place.municipality,
      topics: topics?.categories ?? [],
      total,
      options: shown.map((option, i) => ({ ...option, rank: i + 1 })),
    };
  }

  /**
   * Stations within the radius, else those of the municipality's welfare region, else all; with
   * their public receptions in the same statement.
   */
  private stations(place: Place) {
    const within = place.near ? stationsWithin(place.near) : null;
    const [condition, params]: [string, unknown[]] = within
      ? [within.sql('st'), within.params]
      : place.municipality
        ? ['st.region_id = ?', [place.municipality.region.id]]
        : ['true', []];
    return activeStationsMatching<{ receptions: ReceptionRow[] }>(
      this.em,
      condition,
      params,
      `, ${publicReceptionsColumn('receptions')}`,
    );
  }

  /**
   * The public services at the stations (of the topics asked), and the services serving the area
   * without a station. Without `kept`: two statements, the deliveries of the topics only. With it:
   * the deliveries of the stations it lacks (of every topic, to be kept), read with the services
   * serving the area in the same two statements, or only the area's services when it has them all.
   */
  private async atStations(
    place: Place,
    stations: Station[],
    topics: TopicQuestion | null,
    asked: HelpAsked,
    kept: KeptHelp | null,
  ): Promise<{ deliveries: ServiceAtStation[]; servingArea: Service[] }> {
    const area = this.areaOf(place, stations, topics);
    if (!kept) {
      const ids = stations.map((station) => station.id);
      const rows = await publicDeliveryRowsAt(this.em, ids, topics?.ids ?? null, asked);
      const services = await this.services(area, rows, asked, this.em);
      return {
        deliveries: deliveriesOf(this.em, rows, services.byId),
        servingArea: services.servingArea,
      };
    }
    const at = new Map(stations.map((station) => [station.id, kept.deliveriesAt(station.id)]));
    const missing = [...at].filter(([, deliveries]) => !deliveries).map(([id]) => id);
    let servingArea = kept.areaServices(area.key);
    if (missing.length || !servingArea) {
      // Kept records answer any later question: all their columns, every topic.
      const rows = missing.length ? await publicDeliveryRowsAt(this.em, missing, null) : [];
      const services = await this.services(area, rows, {}, kept.em, true);
      const read = kept.keepDeliveries(missing, deliveriesOf(kept.em, rows, services.byId));
      for (const [id, deliveries] of read) at.set(id, deliveries);
      kept.keepAreaServices(area.key, services.servingArea);
      servingArea = services.servingArea;
    }
    const all = [...at.values()].flatMap((deliveries) => deliveries!);
    return {
      deliveries: topics
        ? all.filter((d) => topics.answersAny(categoryIdsOf(d.service.getEntity())))
        : all,
      servingArea,
    };
  }

  /**
   * The services delivered at the stations, and those serving the place's area without a station:
   * national ones, and those of the place's region or municipality. Their records belong to
   * `recordsEm`; with their category ids when topics are asked or `allCategories`.
   */
  private services(
    area: AreaQuestion,
    deliveryRows: DeliveryRow[],
    asked: HelpAsked,
    recordsEm: EntityManager,
    allCategories = false,
  ) {
    const delivered = [...new Set(deliveryRows.map((row) => row.service_id))];
    return publicServicesByIdOrArea(recordsEm, delivered, area.condition, area.params, {
      categoryIds: allCategories || area.topics !== null,
      columns: asked.serviceNamesOnly ? SERVICE_RANKING_COLUMNS : undefined,
    });
  }

  /** Which services serve the place's area without a station, as an SQL condition on `s`. */
  private areaOf(place: Place, stations: Station[], topics: TopicQuestion | null): AreaQuestion {
    const regions = place.municipality
      ? [place.municipality.region.id]
      : [...new Set(stations.map((s) => s.region.id))].sort();
    const municipalities = place.municipality
      ? [place.municipality.id]
      : [...new Set(stations.map((s) => s.municipality.id))].sort();
    const anywhere = !place.municipality && !place.near;
    const params: unknown[] = [];
    let condition = `s.area <> '${ServiceArea.STATIONS}'`;
    if (!anywhere) {
      condition = `s.area = '${ServiceArea.NATIONAL}'
      or (s.area = '${ServiceArea.REGION}' and s.region_id = any(?::uuid[]))
      or (s.area = '${ServiceArea.MUNICIPALITIES}' and exists (select 1 from service_municipalities sm
        where sm.service_id = s.id and sm.municipality_id = any(?::uuid[])))`;
      params.push(uuidArray(regions), uuidArray(municipalities));
    }
    if (topics) {
      condition = `(${condition}) and exists (select 1 from service_categories sc
        where sc.service_id = s.id and sc.service_category_id = any(?::uuid[]))`;
      params.push(uuidArray(topics.ids));
    }
    const key = JSON.stringify([anywhere, regions, municipalities, topics?.ids.sort() ?? null]);
    return { condition, params, topics, key };
  }

  /**
   * A reception has no topics or ages of its own: the counsellor delivers the public services of
   * the station, so the reception answers their topics and ages (those matching the question).
   */
  private receptionOptions(
    receptions: PublicReception[],
    deliveries: ServiceAtStation[],
    stationsById: Map<string, Station>,
    place: Place,
    topics: TopicQuestion | null,
    input: FindHelpInput,
  ): Candidate[] {
    // Grouped once: at national scale a 10 km circle holds thousands of deliveries.
    const publicServicesAt = new Map<string, Service[]>();
    for (const delivery of deliveries) {
      const service = delivery.service.getEntity();
      if (service.sector !== ServiceSector.PUBLIC) continue;
      const stationId = delivery.station.id;
      const list = publicServicesAt.get(stationId);
      if (list) list.push(service);
      else publicServicesAt.set(stationId, [service]);
    }
    return receptions.flatMap(({ reception, counsellorLanguages }) => {
      const guidance = publicServicesAt.get(reception.station.id) ?? [];
      const relevant = guidance.filter((service) => servesAge(service, input.age));
      if ((topics || (input.age != null && guidance.length)) && !relevant.length) return [];
      const access = reception.modes.map((mode) => RECEPTION_ACCESS[mode]);
      if (!this.serves(counsellorLanguages, access, input)) return [];
      const match = topics?.match(relevant.flatMap(categoryIdsOf));
      const station = stationsById.get(reception.station.id)!;
      return [
        {
          kind: HelpOptionKind.RECEPTION,
          reception,
          serviceAtStation: null,
          service: null,
          station,
          ...this.located(station, place, topics, match, input),
          accessModes: access,
          topicScore: match?.score ?? 0,
          scheduleIds: [reception.schedule?.id],
        },
      ];
    });
  }

  private deliveryOption(
    delivery: ServiceAtStation,
    stationsById: Map<string, Station>,
    place: Place,
    topics: TopicQuestion | null,
    input: FindHelpInput,
  ): Candidate[] {
    const service = delivery.service.getEntity();
    if (!this.acceptable(service, input)) return [];
    const station = stationsById.get(delivery.station.id)!;
    const match = topics?.match(categoryIdsOf(service));
    return [
      {
        kind: HelpOptionKind.SERVICE_AT_STATION,
        reception: null,
        serviceAtStation: delivery,
        service,
        station,
        ...this.located(station, place, topics, match, input),
        accessModes: service.accessModes,
        topicScore: match?.score ?? 0,
        scheduleIds: [delivery.schedule?.id, station.schedule?.id],
      },
    ];
  }

  private serviceOption(
    service: Service,
    place: Place,
    topics: TopicQuestion | null,
    input: FindHelpInput,
  ): Candidate[] {
    if (!this.acceptable(service, input)) return [];
    const match = topics?.match(categoryIdsOf(service));
    const area =
      service.area === ServiceArea.NATIONAL
        ? HelpArea.NATIONAL
        : !place.municipality && !place.near
          ? HelpArea.ANYWHERE
          : service.area === ServiceArea.REGION
            ? HelpArea.REGION
            : HelpArea.MUNICIPALITY;
    return [
      {
        kind: HelpOptionKind.SERVICE,
        reception: null,
        serviceAtStation: null,
        service,
        station: null,
        why: { topics: match?.codes ?? [], area, language: input.language ?? null },
        area,
        distanceKm: null,
        accessModes: service.accessModes,
        topicScore: match?.score ?? 0,
        scheduleIds: [],
      },
    ];
  }

  /** Age, language and access modes of a catalogue service. */
  private acceptable(service: Service, input: FindHelpInput): boolean {
    return (
      servesAge(service, input.age) && this.serves(service.languages, service.accessModes, input)
    );
  }

  private serves(languages: string[], access: AccessMode[], input: FindHelpInput): boolean {
    if (input.language && !languages.includes(input.language)) return false;
    return !input.accessModes?.length || access.some((mode) => input.accessModes!.includes(mode));
  }

  /** why, area and distance of an option at a station. */
  private located(
    station: Station,
    place: Place,
    topics: TopicQuestion | null,
    match: { codes: string[] } | undefined,
    input: FindHelpInput,
  ) {
    const inMunicipality = place.municipality?.id === station.municipality.id;
    const area = inMunicipality
      ? HelpArea.MUNICIPALITY
      : place.near
        ? HelpArea.NEARBY
        : place.municipality
          ? HelpArea.REGION
          : HelpArea.ANYWHERE;
    const distance =
      place.near && station.latitude != null && station.longitude != null
        ? distanceKm(place.near, { latitude: station.latitude, longitude: station.longitude })
        : null;
    return {
      area,
      distanceKm: distance == null ? null : Math.round(distance * 100) / 100,
      why: {
        topics: topics ? (match?.codes ?? []) : [],
        area,
        language: input.language ?? null,
      },
    };
  }

  /**
   * The hours of each candidate, all schedules read at once: thousands of candidates at national
   * scale share a few thousand schedules, and one promise per candidate cost more than the reading.
   */
  private async specsOf(
    candidates: Candidate[],
    kept: KeptHelp | null,
  ): Promise<(ScheduleSpec | null)[]> {
    const ids = [
      ...new Set(candidates.flatMap((c) => c.scheduleIds.filter((id): id is string => !!id))),
    ];
    const byId = new Map<string, ScheduleSpec | null>();
    const missing: string[] = [];
    for (const id of ids) {
      const spec = kept?.spec(id);
      if (spec === undefined) missing.push(id);
      else byId.set(id, spec);
    }
    const loaded = missing.length ? await scheduleSpecLoader(this.em).loadMany(missing) : [];
    missing.forEach((id, i) => {
      const spec = loaded[i];
      if (spec instanceof Error) throw spec;
      byId.set(id, spec);
      kept?.keepSpec(id, spec);
    });
    return candidates.map((c) => {
      for (const id of c.scheduleIds) {
        const spec = id && byId.get(id);
        if (spec) return spec;
      }
      return null;
    });
  }

  /**
   * Loads every schedule at once (the dataloader batches them), leaves out the options without
   * time in the window, ranks the rest on their next available time, and computes the later
   * times only for the options shown.
   */
  private async rankedWithTimes(
    candidates: Candidate[],
    window: HelpWindow,
    limit: number,
    kept: KeptHelp | null,
  ) {
    const specs = await this.specsOf(candidates, kept);
    // Options share schedules (a station's services follow its hours): each is scanned once.
    const firstBySpec = new Map<ScheduleSpec | null, ReturnType<typeof firstAvailability>>();
    const firstOf = (spec: ScheduleSpec | null) => {
      if (!firstBySpec.has(spec)) firstBySpec.set(spec, firstAvailability(spec, window));
      return firstBySpec.get(spec) ?? null;
    };
    const ranked = candidates
      .flatMap((candidate, i) => {
        const first = firstOf(specs[i]);
        if (!first) return [];
        const key = rankKey(
          {
            kind: candidate.kind,
            topicScore: candidate.topicScore,
            nextAvailable: first.nextAvailable,
            accessModes: candidate.accessModes,
            distanceKm: candidate.distanceKm,
            area: candidate.area,
            name: optionName(candidate),
            id: (candidate.reception ?? candidate.serviceAtStation ?? candidate.service)!.id,
          },
          this.now,
        );
        return [{ key, candidate, spec: specs[i] }];
      })
      .sort((a, b) => compareRankKeys(a.key, b.key));
    const shown = ranked.slice(0, limit).map(({ candidate, spec }) => {
      const { scheduleIds: _ids, topicScore: _score, area: _area, ...option } = candidate;
      return { ...option, ...availability(spec, window)! };
    });
    return { total: ranked.length, shown };
  }
}

function servesAge(service: Service, age: number | undefined): boolean {
  if (age == null) return true;
  return (service.minAge ?? 0) <= age && age <= (service.maxAge ?? Number.POSITIVE_INFINITY);
}

function optionName(candidate: Candidate): string {
  return candidate.station?.name.fi ?? candidate.service?.name.fi ?? '';
}
