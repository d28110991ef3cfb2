import { registerEnumType } from 'type-graphql';

export enum AccessMode {
  WALK_IN = 'WALK_IN',
  APPOINTMENT = 'APPOINTMENT',
  PHONE = 'PHONE',
  ONLINE = 'ONLINE',
  REFERRAL = 'REFERRAL',
  HOME_VISIT = 'HOME_VISIT',
}
registerEnumType(AccessMode, {
  name: 'AccessMode',
  description: 'How a person can get the service.',
  valuesConfig: {
    WALK_IN: { description: 'Come in without an appointment.' },
    APPOINTMENT: { description: 'Book a time.' },
    PHONE: { description: 'By phone.' },
    ONLINE: { description: 'Online or by video.' },
    REFERRAL: { description: 'Through a professional’s referral.' },
    HOME_VISIT: { description: 'The worker visits the client at home.' },
  },
});

export enum ServiceSector {
  PUBLIC = 'PUBLIC',
  THIRD_SECTOR = 'THIRD_SECTOR',
  PRIVATE = 'PRIVATE',
}
registerEnumType(ServiceSector, {
  name: 'ServiceSector',
  description: 'Who provides the service.',
  valuesConfig: {
    PUBLIC: { description: 'The region, a municipality, Kela or another public body.' },
    THIRD_SECTOR: { description: 'An NGO, association or parish (kolmas sektori).' },
    PRIVATE: { description: 'A private company.' },
  },
});

export enum ServiceArea {
  NATIONAL = 'NATIONAL',
  REGION = 'REGION',
  MUNICIPALITIES = 'MUNICIPALITIES',
  STATIONS = 'STATIONS',
}
registerEnumType(ServiceArea, {
  name: 'ServiceArea',
  description: 'Where the service is available.',
  valuesConfig: {
    NATIONAL: { description: 'Anywhere in Finland.' },
    REGION: { description: 'Residents of one welfare region.' },
    MUNICIPALITIES: { description: 'Residents of the listed municipalities.' },
    STATIONS: { description: 'Only at the stations where it is delivered.' },
  },
});

export enum ServiceStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  DRAFT = 'DRAFT',
}
registerEnumType(ServiceStatus, {
  name: 'ServiceStatus',
  description: 'Whether the service is offered and shown to the public.',
  valuesConfig: {
    ACTIVE: { description: 'Offered and public.' },
    INACTIVE: { description: 'Not offered now; hidden from the public.' },
    DRAFT: { description: 'Being prepared; hidden from the public.' },
  },
});
