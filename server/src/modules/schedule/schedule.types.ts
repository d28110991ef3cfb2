import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../common/localized-text';
import { DateScalar, DateTimeScalar } from '../../common/scalars';

export enum ClosedReasonKind {
  HOLIDAY = 'HOLIDAY',
  EXCEPTION = 'EXCEPTION',
}
registerEnumType(ClosedReasonKind, {
  name: 'ClosedReasonKind',
  description: 'Why a day is closed or has special hours.',
  valuesConfig: {
    HOLIDAY: { description: 'A Finnish public holiday or eve.' },
    EXCEPTION: { description: 'A closure or special hours set by the administrator.' },
  },
});

@ObjectType({ description: 'One continuous open span.' })
export class OpeningInterval {
  @Field(() => DateTimeScalar, { description: 'When it opens.' })
  start!: string;

  @Field(() => DateTimeScalar, { description: 'When it closes (may be on the next day).' })
  end!: string;
}

@ObjectType({ description: 'Why a day is closed (or has special hours).' })
export class ClosedReason {
  @Field(() => ClosedReasonKind, { description: 'Holiday or exception.' })
  kind!: ClosedReasonKind;

  @Field(() => LocalizedText, { description: 'The holiday name or the reason given.' })
  text!: LocalizedText;
}

@ObjectType({ description: 'The opening hours of one calendar day (Europe/Helsinki).' })
export class OpeningDay {
  @Field(() => DateScalar, { description: 'The day.' })
  date!: string;

  @Field(() => [OpeningInterval], { description: 'Spans that start on this day, in order.' })
  intervals!: OpeningInterval[];

  @Field({ description: 'True when nothing opens on this day.' })
  closed!: boolean;

  @Field(() => ClosedReason, {
    nullable: true,
    description: 'Holiday or exception affecting the day.',
  })
  closedReason!: ClosedReason | null;
}
