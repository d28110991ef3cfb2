import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalizedTextInput } from '../../common/localized-text';
import { DateScalar, LocalTimeScalar } from '../../common/scalars';
import { HolidayPolicy } from './schedule.enums';

@InputType({ description: 'One recurring span of opening hours.' })
export class ScheduleRuleInput {
  @Field(() => [Int], { description: 'ISO weekdays, 1 = Monday ... 7 = Sunday.' })
  @ArrayMinSize(1, { message: 'choose at least one weekday' })
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays!: number[];

  @Field(() => LocalTimeScalar, { description: 'Opening time, HH:mm.' })
  opens!: string;

  @Field(() => LocalTimeScalar, { description: 'Closing time, HH:mm (24:00 = midnight).' })
  closes!: string;

  @Field({ defaultValue: false, description: 'The span closes on the next day.' })
  overMidnight: boolean = false;

  @Field(() => Int, { defaultValue: 1, description: 'Every N weeks (1-52).' })
  @IsInt()
  @Min(1, { message: 'interval must be between 1 and 52 weeks' })
  @Max(52, { message: 'interval must be between 1 and 52 weeks' })
  interval: number = 1;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'A date in an "on" week; required when interval > 1.',
  })
  @IsOptional()
  anchorDate?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only the nth weekday of the month (1-5, -1 = last).',
  })
  @IsOptional()
  @IsIn([-1, 1, 2, 3, 4, 5], { message: 'nthOfMonth must be 1-5 or -1 for the last' })
  nthOfMonth?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day the rule applies.' })
  @IsOptional()
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day the rule applies.' })
  @IsOptional()
  validTo?: string | null;
}

@InputType({ description: 'A closure or special hours on a date or range of dates.' })
export class ScheduleExceptionInput {
  @Field(() => DateScalar, { description: 'First day.' })
  startDate!: string;

  @Field(() => DateScalar, { description: 'Last day (inclusive).' })
  endDate!: string;

  @Field({ defaultValue: true, description: 'Closed all day; otherwise give opens and closes.' })
  closed: boolean = true;

  @Field(() => LocalTimeScalar, { nullable: true, description: 'Special opening time.' })
  @IsOptional()
  opens?: string | null;

  @Field(() => LocalTimeScalar, { nullable: true, description: 'Special closing time.' })
  @IsOptional()
  closes?: string | null;

  @Field({ defaultValue: false, description: 'The special span closes on the next day.' })
  overMidnight: boolean = false;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Why, shown to the public.' })
  @IsOptional()
  @ValidateNested()
  reason?: LocalizedTextInput | null;
}

@InputType({ description: 'The whole schedule: it replaces the previous rules and exceptions.' })
export class ScheduleInput {
  @Field({ defaultValue: false, description: 'Open around the clock; rules are ignored.' })
  alwaysOpen: boolean = false;

  @Field(() => HolidayPolicy, {
    defaultValue: HolidayPolicy.CLOSED_ON_HOLIDAYS,
    description: 'How Finnish public holidays affect the hours.',
  })
  holidayPolicy: HolidayPolicy = HolidayPolicy.CLOSED_ON_HOLIDAYS;

  @Field(() => [ScheduleRuleInput], { description: 'Recurring spans.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  rules!: ScheduleRuleInput[];

  @Field(() => [ScheduleExceptionInput], {
    defaultValue: [],
    description: 'Closures and special hours.',
  })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  exceptions!: ScheduleExceptionInput[];
}

@InputType({
  description: 'Replaces the opening hours of a record (station, service at station, reception).',
})
export class SetScheduleInput {
  @Field(() => ID, { description: 'The record whose hours these are.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => Int, {
    description: 'The version of the record you read; stale versions are refused.',
  })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => ScheduleInput, { nullable: true, description: 'The new hours; null removes them.' })
  @IsOptional()
  @ValidateNested()
  schedule?: ScheduleInput | null;
}
