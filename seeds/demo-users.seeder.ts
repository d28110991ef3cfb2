import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { hashPassword } from '../server/src/modules/auth/auth.service';
import { Role } from '../server/src/modules/auth/role';
import { User } from '../server/src/modules/auth/user.entity';
import { Counsellor } from '../server/src/modules/counsellor/counsellor.entity';
import { Region } from '../server/src/modules/region/region.entity';
import { counsellorId, regionId } from './ids';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  /** Region code; none for the national administrator. */
  region?: string;
  /** Counsellor key (seeds/ids.ts) of the COUNSELLOR user. */
  counsellor?: string;
  password: string;
}

/**
 * One user per role, with passwords published in the README. Demo and development databases only:
 * run by `npm run db:seed -- --demo-users` or `SEED_DEMO_USERS=true npm start`, never by default.
 */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: 'national.admin@demo.tukiverkko.example',
    name: 'Demo National Administrator',
    role: Role.NATIONAL_ADMIN,
    password: 'demo-national-admin',
  },
  {
    email: 'region.admin@demo.tukiverkko.example',
    name: 'Demo Region Administrator (Keski-Suomi)',
    role: Role.REGION_ADMIN,
    region: 'keski-suomi',
    password: 'demo-region-admin',
  },
  {
    email: 'counsellor@demo.tukiverkko.example',
    name: 'Demo Counsellor (Keski-Suomi)',
    role: Role.COUNSELLOR,
    region: 'keski-suomi',
    counsellor: 'marita-korhonen',
    password: 'demo-counsellor',
  },
  {
    email: 'professional@demo.tukiverkko.example',
    name: 'Demo Health Professional (Keski-Suomi)',
    role: Role.PROFESSIONAL,
    region: 'keski-suomi',
    password: 'demo-professional',
  },
];

/** Adds the demo users that do not exist yet; needs the source-document data (regions). */
export class DemoUsersSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    for (const demo of DEMO_USERS) {
      if (await em.count(User, { email: demo.email })) continue;
      const region = demo.region ? await em.findOne(Region, { id: regionId(demo.region) }) : null;
      if (demo.region && !region) {
        throw new Error(`Demo users need the seeded regions: ${demo.region} is missing`);
      }
      const counsellor = demo.counsellor
        ? await em.findOne(Counsellor, { id: counsellorId(demo.counsellor) })
        : null;
      em.create(User, {
        email: demo.email,
        name: demo.name,
        role: demo.role,
        region,
        counsellor,
        passwordHash: await hashPassword(demo.password),
      });
    }
    await em.flush();
  }
}
