import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../server/src/modules/auth/auth.service';
import { Role } from '../../server/src/modules/auth/role';
import { regionId } from '../../seeds/ids';

export interface TestUserOptions {
  /** Region code, e.g. 'keski-suomi'; default 'keski-suomi' for every role but NATIONAL_ADMIN. */
  region?: string;
  /** Counsellor record to link (COUNSELLOR users). */
  counsellorId?: string;
  email?: string;
  password?: string;
  active?: boolean;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
  regionId: string | null;
}

/** Inserts a user straight into the database (the user API is tested on its own). */
export async function createTestUser(
  sql: (text: string, params?: unknown[]) => Promise<unknown[]>,
  role: Role,
  options: TestUserOptions = {},
): Promise<TestUser> {
  const id = randomUUID();
  const email = options.email ?? `${role.toLowerCase()}-${id.slice(0, 8)}@example.test`;
  const password = options.password ?? `pw-${randomUUID()}`;
  const region = role === Role.NATIONAL_ADMIN ? null : regionId(options.region ?? 'keski-suomi');
  await sql(
    `insert into app_user (id, version, created_at, updated_at, email, name, password_hash, role, region_id, counsellor_id, active)
     values ($1, 1, now(), now(), $2, $3, $4, $5, $6, $7, $8)`,
    [
      id,
      email,
      `Test ${role}`,
      await hashPassword(password),
      role,
      region,
      options.counsellorId ?? null,
      options.active ?? true,
    ],
  );
  return { id, email, password, role, regionId: region };
}
