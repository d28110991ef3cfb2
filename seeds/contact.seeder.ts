import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { ContactRecord } from '../server/src/modules/contact/contact-record.entity';
import { CONTACT_SOURCE, CONTACTS } from './data/contacts';
import { categoryId, counsellorId, regionId, seedId, stationId } from './ids';

/**
 * Illustrative anonymous contacts (seeds/data/contacts.ts), so that the statistics view has
 * something to show; every record says in its `source` that it is not real data.
 */
export class ContactSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    for (const data of CONTACTS) {
      em.create(ContactRecord, {
        id: seedId('contact', data.key),
        date: data.date,
        station: stationId(data.station),
        region: regionId('keski-suomi'),
        channel: data.channel,
        ageGroup: data.ageGroup,
        referredBy: data.referredBy,
        counsellor: counsellorId('marita-korhonen'),
        recordedBy: null,
        source: CONTACT_SOURCE,
        topics: [categoryId(data.topic)],
      });
    }
    await em.flush();
  }
}
