import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Counsellor } from '../server/src/modules/counsellor/counsellor.entity';
import { Reception } from '../server/src/modules/counsellor/reception.entity';
import { COUNSELLORS } from './data/counsellors';
import { createSchedule } from './schedule';
import { counsellorId, receptionId, receptionScheduleId, regionId, stationId } from './ids';
import { localized, localizedOrNull } from './text';

/** Counsellors and their receptions with schedules (seeds/data/counsellors.ts). */
export class CounsellorSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    for (const data of COUNSELLORS) {
      const counsellor = em.create(Counsellor, {
        id: counsellorId(data.key),
        name: data.name,
        title: localized(data.title),
        region: regionId(data.region),
        phone: data.phone ?? null,
        email: data.email ?? null,
        languages: data.languages,
        consultationChannels: data.consultationChannels,
        active: true,
        source: data.source,
      });
      for (const reception of data.receptions) {
        const schedule = reception.schedule
          ? createSchedule(em, receptionScheduleId(data.key, reception.station), reception.schedule)
          : null;
        em.create(Reception, {
          id: receptionId(data.key, reception.station),
          counsellor,
          station: stationId(reception.station),
          modes: reception.modes,
          targetGroups: reception.targetGroups,
          bookingInstructions: localizedOrNull(reception.bookingInstructions),
          notes: localizedOrNull(reception.notes),
          free: reception.free,
          active: true,
          source: reception.source,
          schedule,
        });
      }
    }
    await em.flush();
  }
}
