import type { EntityManager } from '@mikro-orm/postgresql';
import { LRUCache } from 'lru-cache';
import type { ScheduleSpec } from '../schedule/engine';
import type { ServiceAtStation } from '../service-catalogue/service-at-station.entity';
import type { Service } from '../service-catalogue/service.entity';

/** Stations kept per generation: a circle at 10,000 stations holds about 150. */
const STATIONS_KEPT = 2_000;
/** Schedules kept per generation (of stations, their services and receptions). */
const SCHEDULES_KEPT = 40_000;

/** Areas kept per generation: the regions, municipalities and topics of a question. */
const AREAS_KEPT = 1_000;

/** A schedule's spec as kept (lru-cache keeps no nulls: a schedule read but not found). */
interface KeptSpec {
  spec: ScheduleSpec | null;
}

class Generation {
  readonly deliveries = new LRUCache<string, ServiceAtStation[]>({ max: STATIONS_KEPT });
  readonly specs = new LRUCache<string, KeptSpec>({ max: SCHEDULES_KEPT });
  /** Services serving an area without a station, by the area's key (find-help.service.ts). */
  readonly areaServices = new LRUCache<string, Service[]>({ max: AREAS_KEPT });

  constructor(
    readonly startedAt: number,
    readonly em: EntityManager,
  ) {}
}

/**
 * What anonymous findHelp requests keep of the stations they read: each station's public services
 * there (with their catalogue services and categories), the services serving an area without a
 * station, and the schedules of the stations, their services and receptions. A 10 km circle holds
 * some 275 options at national scale, and reading them into records was about three quarters of
 * the server's work for each `findHelp`; kept, a request reads its stations with their receptions
 * (one statement), and ranks.
 *
 * As fresh as the public answers are allowed to be: a generation lasts FIND_HELP_KEPT_SECONDS, at
 * most 60 s (what `cache-control: max-age=60, public` already lets browsers and proxies keep an
 * anonymous answer; 0 keeps nothing), and a write through this server starts a new one at once
 * (public-cache.ts), so an administrator's change shows on this instance at once and on the
 * others within the minute. Signed-in users (the referral view) never use them: they read
 * everything each time, as they would see what is hidden from the public.
 *
 * The records of a generation belong to an EntityManager of its own, so that what a field loads
 * through them later (a service's organization) is never kept in a finished request's.
 */
export class HelpBundles {
  private generation: Generation | null = null;

  /**
   * @param em the server's root EntityManager: each generation's records belong to a fork of it.
   * @param keptSeconds how long a generation lasts (config.ts: findHelpKeptSeconds).
   */
  constructor(
    private readonly em: EntityManager,
    private readonly keptSeconds: number,
  ) {}

  /** Drops everything kept: after a write, before the next read. */
  clear(): void {
    this.generation = null;
  }

  /**
   * What a request may read and keep: the current generation, a new one when none is current;
   * null when nothing is kept (FIND_HELP_KEPT_SECONDS=0).
   */
  open(now = Date.now()): KeptHelp | null {
    if (this.keptSeconds <= 0) return null;
    const current = this.generation;
    const generation =
      current && now - current.startedAt < this.keptSeconds * 1000
        ? current
        : (this.generation = new Generation(now, this.em.fork({ clear: true })));
    return new KeptHelp(generation, () => this.generation === generation);
  }
}

/**
 * A request's view of one generation. What it stores is kept only while the generation is still
 * the current one, so that rows read before a write never outlive the write's clearing.
 */
export class KeptHelp {
  constructor(
    private readonly generation: Generation,
    private readonly isCurrent: () => boolean,
  ) {}

  /**
   * Whether a question about so many stations is worth keeping: one about the whole country (no
   * place given) would push out everything else, and reads the services of the topics asked
   * only, where keeping reads them all.
   */
  fits(stations: number): boolean {
    return stations <= STATIONS_KEPT / 4;
  }

  /** The EntityManager the kept records belong to. */
  get em(): EntityManager {
    return this.generation.em;
  }

  deliveriesAt(stationId: string): ServiceAtStation[] | undefined {
    return this.generation.deliveries.get(stationId);
  }

  /**
   * Keeps the deliveries of stations read together, each station's own (none for no rows), and
   * gives them by station whether or not they were kept.
   */
  keepDeliveries(
    stationIds: string[],
    deliveries: ServiceAtStation[],
  ): Map<string, ServiceAtStation[]> {
    const byStation = new Map<string, ServiceAtStation[]>(stationIds.map((id) => [id, []]));
    for (const delivery of deliveries) byStation.get(delivery.station.id)?.push(delivery);
    if (this.isCurrent()) {
      for (const [id, list] of byStation) this.generation.deliveries.set(id, list);
    }
    return byStation;
  }

  areaServices(key: string): Service[] | undefined {
    return this.generation.areaServices.get(key);
  }

  keepAreaServices(key: string, services: Service[]): void {
    if (this.isCurrent()) this.generation.areaServices.set(key, services);
  }

  /** The spec of a schedule, or undefined when this generation has not read it. */
  spec(scheduleId: string): ScheduleSpec | null | undefined {
    return this.generation.specs.get(scheduleId)?.spec;
  }

  keepSpec(scheduleId: string, spec: ScheduleSpec | null): void {
    if (this.isCurrent()) this.generation.specs.set(scheduleId, { spec });
  }
}
