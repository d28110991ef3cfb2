import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Organization } from '../server/src/modules/organization/organization.entity';
import { ORGANIZATIONS } from './data/organizations';
import regions from './data/welfare-regions.json';
import { organizationId, regionId } from './ids';
import { localized, localizedOrNull } from './text';

/** Providers (seeds/data/organizations.ts); a welfare region takes its official name. */
export class OrganizationSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    for (const data of ORGANIZATIONS) {
      const name = data.name ?? regions.regions.find((r) => r.code === data.key)?.name;
      if (!name) throw new Error(`Organization ${data.key} has no name`);
      em.create(Organization, {
        id: organizationId(data.key),
        kind: data.kind,
        name: localized(name),
        description: localizedOrNull(data.description),
        region: data.region ? regionId(data.region) : null,
        phone: null,
        email: null,
        website: data.website ?? null,
        verifiedAt: null,
        source: data.source,
      });
    }
    await em.flush();
  }
}
