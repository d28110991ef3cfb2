/** The message keys of the contact enums, written out for the message-file test. */
export const CHANNEL = {
  WALK_IN: 'tukiverkko.contacts.channel.WALK_IN',
  APPOINTMENT: 'tukiverkko.contacts.channel.APPOINTMENT',
  PHONE: 'tukiverkko.contacts.channel.PHONE',
  JOINT_RECEPTION: 'tukiverkko.contacts.channel.JOINT_RECEPTION',
  HOME_VISIT: 'tukiverkko.contacts.channel.HOME_VISIT',
  CONSULTATION: 'tukiverkko.contacts.channel.CONSULTATION',
} as const;

export const AGE_GROUP = {
  UNDER_25: 'tukiverkko.contacts.age_group.UNDER_25',
  AGE_25_44: 'tukiverkko.contacts.age_group.AGE_25_44',
  AGE_45_64: 'tukiverkko.contacts.age_group.AGE_45_64',
  AGE_65_PLUS: 'tukiverkko.contacts.age_group.AGE_65_PLUS',
} as const;

export const SOURCE = {
  SELF: 'tukiverkko.contacts.source.SELF',
  NURSE: 'tukiverkko.contacts.source.NURSE',
  DOCTOR: 'tukiverkko.contacts.source.DOCTOR',
  OTHER: 'tukiverkko.contacts.source.OTHER',
} as const;
