import { randomUUID } from 'node:crypto';
import {
  Check,
  OptionalProps,
  Entity,
  ManyToOne,
  PrimaryKey,
  Property,
  Ref,
  Index,
} from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, LocalTimeScalar } from '../../common/scalars';
import type { Schedule } from './schedule.entity';

@Entity()
@Check({ name: 'schedule_rule_interval_range', expression: 'interval >= 1 and interval <= 52' })
@Check({
  name: 'schedule_rule_nth_of_month',
  expression:
    'nth_of_month is null or (nth_of_month >= -1 and nth_of_month <= 5 and nth_of_month <> 0)',
})
@Check({
  name: 'schedule_rule_valid_range',
  expression: 'valid_to is null or valid_from is null or valid_to >= valid_from',
})
@Check({ name: 'schedule_rule_times', expression: 'over_midnight or closes > opens' })
@Check({
  name: 'schedule_rule_weekdays',
  expression: "cardinality(weekdays) > 0 and weekdays <@ '{1,2,3,4,5,6,7}'::smallint[]",
})
@ObjectType({ description: 'One recurring span: on these weekdays, from opens to closes.' })
export class ScheduleRule {
  [OptionalProps]?: 'id' | 'position' | 'overMidnight' | 'interval';

  @Field(() => ID, { description: 'Identifier of the rule.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne('Schedule', { ref: true, deleteRule: 'cascade' })
  schedule!: Ref<Schedule>;

  @Property({ type: 'smallint' })
  position: number = 0;

  @Field(() => [Int], { description: 'ISO weekdays, 1 = Monday ... 7 = Sunday.' })
  @Property({ columnType: 'smallint[]' })
  weekdays!: number[];

  @Field(() => LocalTimeScalar, { description: 'Opening time (Europe/Helsinki).' })
  @Property({ type: 'time' })
  opens!: string;

  @Field(() => LocalTimeScalar, {
    description: 'Closing time (Europe/Helsinki); 24:00 = midnight.',
  })
  @Property({ type: 'time' })
  closes!: string;

  @Field({ description: 'The span closes on the next day (e.g. 22:00-06:00).' })
  @Property()
  overMidnight: boolean = false;

  @Field(() => Int, { description: 'Repeat every N weeks: 1 weekly, 3 every third week.' })
  @Property({ type: 'smallint' })
  interval: number = 1;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'A date in an "on" week; weeks are counted from it when interval > 1.',
  })
  @Property({ type: 'date', nullable: true })
  anchorDate?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only the nth such weekday of the month (1-5), or -1 for the last.',
  })
  @Property({ type: 'smallint', nullable: true })
  nthOfMonth?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day the rule applies.' })
  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day the rule applies.' })
  @Property({ type: 'date', nullable: true })
  validTo?: string | null;
}
