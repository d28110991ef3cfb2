import type { EntityManager } from '@mikro-orm/postgresql';
import { loadItems } from '../../common/load';
import { checkRange, ScheduleService } from '../schedule/schedule.service';
import type { Counsellor } from './counsellor.entity';
import type { Reception } from './reception.entity';
import type { Station } from '../station/station.entity';

export interface ReceptionTimeValue {
  reception: Reception;
  start: string;
  end: string;
}

/**
 * "Where is the counsellor, and when?": the concrete times of active receptions, merged across
 * stations in time order. Each reception's own exceptions and holiday policy apply.
 */
export class ReceptionTimesService {
  constructor(private readonly em: EntityManager) {}

  async ofCounsellor(counsellor: Counsellor, from: string, to: string) {
    checkRange(from, to);
    return this.merge(await loadItems(counsellor.receptions), from, to);
  }

  async ofStation(station: Station, from: string, to: string) {
    checkRange(from, to);
    return this.merge(await loadItems(station.receptions), from, to);
  }

  private async merge(
    receptions: Reception[],
    from: string,
    to: string,
  ): Promise<ReceptionTimeValue[]> {
    const schedules = new ScheduleService(this.em);
    const perReception = await Promise.all(
      receptions
        .filter((reception) => reception.active)
        .map(async (reception) =>
          (await schedules.intervals(reception, from, to)).map((interval) => ({
            reception,
            ...interval,
          })),
        ),
    );
    return perReception.flat().sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  }
}
