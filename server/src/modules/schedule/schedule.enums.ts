import { registerEnumType } from 'type-graphql';

export enum HolidayPolicy {
  CLOSED_ON_HOLIDAYS = 'CLOSED_ON_HOLIDAYS',
  CLOSED_ON_HOLIDAYS_AND_EVES = 'CLOSED_ON_HOLIDAYS_AND_EVES',
  IGNORE_HOLIDAYS = 'IGNORE_HOLIDAYS',
}
registerEnumType(HolidayPolicy, {
  name: 'HolidayPolicy',
  description: 'How Finnish public holidays affect a schedule.',
  valuesConfig: {
    CLOSED_ON_HOLIDAYS: { description: 'Closed on public holidays (the default).' },
    CLOSED_ON_HOLIDAYS_AND_EVES: {
      description:
        "Closed on public holidays and on Midsummer Eve, Christmas Eve and New Year's Eve.",
    },
    IGNORE_HOLIDAYS: { description: 'Holidays do not change the hours.' },
  },
});
