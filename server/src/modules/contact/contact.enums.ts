import { registerEnumType } from 'type-graphql';

export enum ContactChannel {
  WALK_IN = 'WALK_IN',
  APPOINTMENT = 'APPOINTMENT',
  PHONE = 'PHONE',
  JOINT_RECEPTION = 'JOINT_RECEPTION',
  HOME_VISIT = 'HOME_VISIT',
  CONSULTATION = 'CONSULTATION',
}
registerEnumType(ContactChannel, {
  name: 'ContactChannel',
  description: 'How the counsellor met the client.',
  valuesConfig: {
    WALK_IN: { description: 'Walk-in reception, no appointment.' },
    APPOINTMENT: { description: 'A booked appointment.' },
    PHONE: { description: 'By phone.' },
    JOINT_RECEPTION: { description: 'A joint reception with other professionals.' },
    HOME_VISIT: { description: 'A home visit.' },
    CONSULTATION: { description: 'A professional consulted the counsellor about a client.' },
  },
});

export enum AgeGroup {
  UNDER_25 = 'UNDER_25',
  AGE_25_44 = 'AGE_25_44',
  AGE_45_64 = 'AGE_45_64',
  AGE_65_PLUS = 'AGE_65_PLUS',
}
registerEnumType(AgeGroup, {
  name: 'AgeGroup',
  description: "The client's age group: coarse on purpose, so it cannot identify anyone.",
  valuesConfig: {
    UNDER_25: { description: 'Under 25.' },
    AGE_25_44: { description: '25-44.' },
    AGE_45_64: { description: '45-64.' },
    AGE_65_PLUS: { description: '65 or older.' },
  },
});

export enum ContactSource {
  SELF = 'SELF',
  NURSE = 'NURSE',
  DOCTOR = 'DOCTOR',
  OTHER = 'OTHER',
}
registerEnumType(ContactSource, {
  name: 'ContactSource',
  description: 'Who referred the client to the counsellor.',
  valuesConfig: {
    SELF: { description: 'The client came on their own (booked or walked in).' },
    NURSE: { description: 'A nurse referred them.' },
    DOCTOR: { description: 'A doctor referred them.' },
    OTHER: { description: 'Someone else (another professional, a relative...).' },
  },
});
