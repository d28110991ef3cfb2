import { registerEnumType } from 'type-graphql';

export enum Role {
  NATIONAL_ADMIN = 'NATIONAL_ADMIN',
  REGION_ADMIN = 'REGION_ADMIN',
  COUNSELLOR = 'COUNSELLOR',
  PROFESSIONAL = 'PROFESSIONAL',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What a signed-in user may do (see DESIGN.md, roles).',
  valuesConfig: {
    NATIONAL_ADMIN: { description: 'Everything: regions, users, every region’s data.' },
    REGION_ADMIN: { description: 'Everything that belongs to their own region; read elsewhere.' },
    COUNSELLOR: {
      description: 'Third-sector services and organizations of their region, their own receptions.',
    },
    PROFESSIONAL: { description: 'Reads the directory, sends referrals and consultations.' },
  },
});

/** Who is asking: what the session carries into every request. */
export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  /** Null only for NATIONAL_ADMIN. */
  regionId: string | null;
  /** The Counsellor record of a COUNSELLOR user, when linked. */
  counsellorId: string | null;
}
