import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { AgeGroup, ContactChannel, ContactSource } from './contact.enums';

const UUID = (field: string) => ({ message: `${field} must be a UUID` });

@InputType({ description: 'One anonymous contact: a few clicks, no personal data.' })
export class RecordContactInput {
  @Field(() => DateScalar, { description: 'The day of the contact (not in the future).' })
  date!: string;

  @Field(() => ID, { description: 'The station, one of your region.' })
  @IsUUID('all', UUID('stationId'))
  stationId!: string;

  @Field(() => ContactChannel, { description: 'How you met the client.' })
  @IsIn(Object.values(ContactChannel))
  channel!: ContactChannel;

  @Field(() => [ID], { description: 'Topics discussed (service categories), 1-10.' })
  @ArrayMinSize(1, { message: 'pick at least one topic' })
  @ArrayMaxSize(10, { message: 'pick at most 10 topics' })
  @IsUUID('all', { each: true, message: 'each of topicIds must be a UUID' })
  topicIds!: string[];

  @Field(() => AgeGroup, { description: "The client's age group." })
  @IsIn(Object.values(AgeGroup))
  ageGroup!: AgeGroup;

  @Field(() => ContactSource, { description: 'Who referred the client.' })
  @IsIn(Object.values(ContactSource))
  referredBy!: ContactSource;
}

@InputType({ description: 'Which contact records to list; always only those you may see.' })
export class ContactRecordFilter {
  @Field(() => ID, { nullable: true, description: 'Only contacts at this station.' })
  @IsOptional()
  @IsUUID('all', UUID('stationId'))
  stationId?: string;

  @Field(() => DateScalar, { nullable: true, description: 'From this day on.' })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Up to and including this day.' })
  to?: string;
}

@InputType({ description: 'The period and region of the statistics.' })
export class ContactStatisticsFilter {
  @Field(() => ID, {
    nullable: true,
    description:
      'The region; default: your own. Only national administrators may omit it for all regions or name another.',
  })
  @IsOptional()
  @IsUUID('all', UUID('regionId'))
  regionId?: string | null;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the period (inclusive).' })
  to!: string;
}
