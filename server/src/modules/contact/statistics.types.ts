import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { Region } from '../region/region.entity';
import { ServiceCategory } from '../service-catalogue/service-category.entity';
import { Station } from '../station/station.entity';
import { AgeGroup, ContactChannel, ContactSource } from './contact.enums';

@ObjectType({ description: 'Contacts about one topic (a contact with two topics counts in both).' })
export class TopicCount {
  @Field(() => ServiceCategory, { description: 'The topic.' })
  topic!: ServiceCategory;

  @Field(() => Int, { description: 'How many contacts.' })
  count!: number;
}

@ObjectType({ description: 'Contacts through one channel.' })
export class ChannelCount {
  @Field(() => ContactChannel, { description: 'The channel.' })
  channel!: ContactChannel;

  @Field(() => Int, { description: 'How many contacts.' })
  count!: number;
}

@ObjectType({ description: 'Contacts at one station.' })
export class StationCount {
  @Field(() => Station, { description: 'The station.' })
  station!: Station;

  @Field(() => Int, { description: 'How many contacts.' })
  count!: number;
}

@ObjectType({ description: 'Contacts by who referred the client.' })
export class SourceCount {
  @Field(() => ContactSource, { description: 'Who referred.' })
  referredBy!: ContactSource;

  @Field(() => Int, { description: 'How many contacts.' })
  count!: number;
}

@ObjectType({ description: 'Contacts by age group.' })
export class AgeGroupCount {
  @Field(() => AgeGroup, { description: 'The age group.' })
  ageGroup!: AgeGroup;

  @Field(() => Int, { description: 'How many contacts.' })
  count!: number;
}

@ObjectType({ description: 'Contacts in one calendar month.' })
export class MonthCount {
  @Field({ description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => Int, { description: 'How many contacts.' })
  count!: number;
}

@ObjectType({ description: 'Referrals and consultations sent in the period (anonymous figures).' })
export class ReferralFigures {
  @Field(() => Int, { description: 'Sent in the period: referrals and consultations.' })
  total!: number;

  @Field(() => Int, { description: 'Of which referrals (with consent).' })
  referrals!: number;

  @Field(() => Int, { description: 'Of which anonymous consultations.' })
  consultations!: number;

  @Field(() => Int, { description: 'Of which closed by now.' })
  closed!: number;

  @Field(() => Int, { description: 'Of which completed.' })
  completed!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Completed / closed, 0-1; null when none has closed.',
  })
  completedShare?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median hours from sending to the first contact; null when none was contacted.',
  })
  medianHoursToFirstContact?: number | null;
}

@ObjectType({ description: 'Anonymous contact statistics of a region (or all) for a period.' })
export class ContactStatistics {
  @Field(() => DateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the period.' })
  to!: string;

  @Field(() => Region, { nullable: true, description: 'The region; null: all regions.' })
  region?: Region | null;

  @Field(() => Int, { description: 'Contacts in the period.' })
  total!: number;

  @Field(() => [TopicCount], { description: 'By topic, most common first.' })
  byTopic!: TopicCount[];

  @Field(() => [ChannelCount], { description: 'By channel, every channel listed.' })
  byChannel!: ChannelCount[];

  @Field(() => [StationCount], { description: 'By station, most contacts first.' })
  byStation!: StationCount[];

  @Field(() => [SourceCount], { description: 'By who referred, every source listed.' })
  bySource!: SourceCount[];

  @Field(() => [AgeGroupCount], { description: 'By age group, every group listed.' })
  byAgeGroup!: AgeGroupCount[];

  @Field(() => [MonthCount], { description: 'By month, every month of the period listed.' })
  byMonth!: MonthCount[];

  @Field(() => ReferralFigures, { description: 'Referrals and consultations sent in the period.' })
  referrals!: ReferralFigures;
}
