import { Collection, Entity, Enum, OneToMany, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { HolidayPolicy } from './schedule.enums';
import { ScheduleRule } from './schedule-rule.entity';
import { ScheduleException } from './schedule-exception.entity';

/** Recurring hours plus exceptions; owned by one station, service at a station or reception. */
@Entity()
@ObjectType({
  description: 'Recurring opening hours (rules) with exceptions and a holiday policy.',
})
export class Schedule extends BaseEntity<'alwaysOpen' | 'holidayPolicy'> {
  @Field({ description: 'Open around the clock (24/7); rules are then ignored.' })
  @Property()
  alwaysOpen: boolean = false;

  @Field(() => HolidayPolicy, { description: 'How Finnish public holidays affect the hours.' })
  @Enum({ items: () => HolidayPolicy, nativeEnumName: 'holiday_policy' })
  holidayPolicy: HolidayPolicy = HolidayPolicy.CLOSED_ON_HOLIDAYS;

  @Field(() => [ScheduleRule], { description: 'Weekly or monthly recurring hours.' })
  @OneToMany(() => ScheduleRule, (rule) => rule.schedule, {
    orphanRemoval: true,
    orderBy: { position: 'asc' },
  })
  rules = new Collection<ScheduleRule>(this);

  @Field(() => [ScheduleException], { description: 'Closures and special hours on given dates.' })
  @OneToMany(() => ScheduleException, (exception) => exception.schedule, {
    orphanRemoval: true,
    orderBy: { startDate: 'asc' },
  })
  exceptions = new Collection<ScheduleException>(this);
}
