import { randomUUID } from 'node:crypto';
import {
  Check,
  OptionalProps,
  Embedded,
  Entity,
  ManyToOne,
  PrimaryKey,
  Property,
  Ref,
  Index,
} from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../common/localized-text';
import { DateScalar, LocalTimeScalar } from '../../common/scalars';
import type { Schedule } from './schedule.entity';

@Entity()
@Check({ name: 'schedule_exception_range', expression: 'end_date >= start_date' })
@Check({
  name: 'schedule_exception_hours',
  expression:
    '(closed and opens is null and closes is null) or (not closed and opens is not null and closes is not null and (over_midnight or closes > opens))',
})
@ObjectType({ description: 'A closure or special hours on a date or a range of dates.' })
export class ScheduleException {
  [OptionalProps]?: 'id' | 'closed' | 'overMidnight';

  @Field(() => ID, { description: 'Identifier of the exception.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne('Schedule', { ref: true, deleteRule: 'cascade' })
  schedule!: Ref<Schedule>;

  @Field(() => DateScalar, { description: 'First day of the exception.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { description: 'Last day of the exception (inclusive).' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field({ description: 'Closed all day; otherwise the special hours replace the rules.' })
  @Property()
  closed: boolean = true;

  @Field(() => LocalTimeScalar, { nullable: true, description: 'Special opening time.' })
  @Property({ type: 'time', nullable: true })
  opens?: string | null;

  @Field(() => LocalTimeScalar, { nullable: true, description: 'Special closing time.' })
  @Property({ type: 'time', nullable: true })
  closes?: string | null;

  @Field({ description: 'The special span closes on the next day.' })
  @Property()
  overMidnight: boolean = false;

  @Field(() => LocalizedText, { nullable: true, description: 'Why, shown to the public.' })
  @Embedded(() => LocalizedText, { prefix: 'reason_', nullable: true })
  reason?: LocalizedText | null;
}
