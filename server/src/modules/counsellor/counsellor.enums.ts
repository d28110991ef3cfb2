import { registerEnumType } from 'type-graphql';

export enum ReceptionMode {
  WALK_IN = 'WALK_IN',
  APPOINTMENT = 'APPOINTMENT',
  PHONE = 'PHONE',
  REMOTE = 'REMOTE',
}
registerEnumType(ReceptionMode, {
  name: 'ReceptionMode',
  description: 'How clients meet the counsellor at a reception.',
  valuesConfig: {
    WALK_IN: { description: 'Walk in without an appointment.' },
    APPOINTMENT: { description: 'Booked time.' },
    PHONE: { description: 'By phone.' },
    REMOTE: { description: 'Remote / video meeting.' },
  },
});

export enum ConsultationChannel {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  SECURE_MESSAGE = 'SECURE_MESSAGE',
  IN_PERSON = 'IN_PERSON',
}
registerEnumType(ConsultationChannel, {
  name: 'ConsultationChannel',
  description: 'How professionals can consult the counsellor.',
  valuesConfig: {
    PHONE: { description: 'By phone.' },
    EMAIL: { description: 'By email.' },
    SECURE_MESSAGE: { description: 'By a secure message.' },
    IN_PERSON: { description: 'In person at the station.' },
  },
});
