import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { UpdateBase } from '../../common/filter';
import { createSortInput } from '../../common/list';
import { LANGUAGE_CODE, PHONE } from '../../common/validation';
import { ConsentMethod, ReferralKind, ReferralStatus, ReferralUrgency } from './referral.enums';

// Messages never quote the submitted value: it may be a client's personal data.
const NAME_MESSAGE = 'name must be 1-200 characters and not blank';
const PHONE_MESSAGE = 'phone may contain digits, spaces, parentheses, hyphens and a leading +';
const UUID = (field: string) => ({ message: `${field} must be a UUID` });
const EACH_UUID = (field: string) => ({ each: true, message: `each of ${field} must be a UUID` });

@InputType({ description: "The client's consent to be contacted by the counsellor." })
export class ConsentInput {
  @Field(() => ConsentMethod, { description: 'How the client consented.' })
  @IsIn(Object.values(ConsentMethod))
  method!: ConsentMethod;
}

@InputType({ description: 'Who the counsellor should contact: only with recorded consent.' })
export class ReferralClientInput {
  @Field({ description: "The client's name (1-200 characters)." })
  @Length(1, 200, { message: NAME_MESSAGE })
  @Matches(/\S/, { message: NAME_MESSAGE })
  name!: string;

  @Field({ description: 'Phone number the counsellor calls.' })
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone!: string;

  @Field(() => String, { nullable: true, description: 'Preferred language (ISO 639-1).' })
  @IsOptional()
  @Matches(LANGUAGE_CODE, { message: 'language must be a two-letter ISO 639-1 code' })
  language?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the client can be reached, e.g. "weekday mornings" (at most 200).',
  })
  @IsOptional()
  @MaxLength(200, { message: 'contactTimes must be at most 200 characters' })
  contactTimes?: string | null;
}

@InputType({
  description:
    "A referral (kind REFERRAL: consent and client required) or an anonymous consultation (kind CONSULTATION: neither allowed). Name the receiving counsellor, a station, or just the region's guidance queue.",
})
export class SendReferralInput {
  @Field(() => ReferralKind, { description: 'Referral or consultation.' })
  @IsIn(Object.values(ReferralKind))
  kind!: ReferralKind;

  @Field(() => ID, { description: 'The station the professional sends from (in their region).' })
  @IsUUID('all', UUID('sendingStationId'))
  sendingStationId!: string;

  @Field(() => ID, { nullable: true, description: 'The counsellor asked to act.' })
  @IsOptional()
  @IsUUID('all', UUID('counsellorId'))
  counsellorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The station where the client should be met.' })
  @IsOptional()
  @IsUUID('all', UUID('receivingStationId'))
  receivingStationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The region whose guidance queue receives it (implied by a counsellor or station).',
  })
  @IsOptional()
  @IsUUID('all', UUID('regionId'))
  regionId?: string | null;

  @Field(() => [ID], { description: 'Topics (service categories), 1-10.' })
  @ArrayMinSize(1, { message: 'pick at least one topic' })
  @ArrayMaxSize(10, { message: 'pick at most 10 topics' })
  @IsUUID('all', EACH_UUID('topicIds'))
  topicIds!: string[];

  @Field(() => ReferralUrgency, {
    defaultValue: ReferralUrgency.NON_URGENT,
    description: 'How soon.',
  })
  @IsIn(Object.values(ReferralUrgency))
  urgency: ReferralUrgency = ReferralUrgency.NON_URGENT;

  @Field(() => String, {
    nullable: true,
    description:
      'A short message (at most 1000 characters). In a consultation it must not identify anyone.',
  })
  @IsOptional()
  @MaxLength(1000, { message: 'message must be at most 1000 characters' })
  message?: string | null;

  @Field(() => ConsentInput, { nullable: true, description: 'Required for a referral only.' })
  @IsOptional()
  @ValidateNested()
  consent?: ConsentInput | null;

  @Field(() => ReferralClientInput, {
    nullable: true,
    description: 'Required for a referral only.',
  })
  @IsOptional()
  @ValidateNested()
  client?: ReferralClientInput | null;
}

@InputType({ description: 'A status change: the referral, the version you read, and a note.' })
export class ReferralTransitionInput extends UpdateBase {
  @Field(() => String, {
    nullable: true,
    description: 'A note for the history (at most 1000 characters; erased with the personal data).',
  })
  @IsOptional()
  @MaxLength(1000, { message: 'note must be at most 1000 characters' })
  note?: string | null;
}

@InputType({ description: 'Declining a referral: the reason is required.' })
export class DeclineReferralInput extends UpdateBase {
  @Field({ description: 'Why it is declined (1-1000 characters).' })
  @Length(1, 1000, { message: 'reason must be 1-1000 characters' })
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}

@InputType({ description: 'Directing the client to another service instead.' })
export class RedirectReferralInput extends ReferralTransitionInput {
  @Field(() => ID, { description: 'The service the client was directed to.' })
  @IsUUID('all', UUID('serviceId'))
  serviceId!: string;
}

@InputType({ description: 'What followed: services guided to, and meetings.' })
export class ReferralOutcomeInput {
  @Field(() => [ID], { defaultValue: [], description: 'Services the client was guided to.' })
  @ArrayMaxSize(20, { message: 'at most 20 services' })
  @IsUUID('all', EACH_UUID('serviceIds'))
  serviceIds!: string[];

  @Field({ defaultValue: false, description: 'A joint reception followed.' })
  @IsBoolean()
  jointReception: boolean = false;

  @Field({ defaultValue: false, description: 'A home visit followed.' })
  @IsBoolean()
  homeVisit: boolean = false;

  @Field({ defaultValue: false, description: 'A network meeting followed.' })
  @IsBoolean()
  networkMeeting: boolean = false;
}

@InputType({ description: 'Completing a referral, with its outcome.' })
export class CompleteReferralInput extends ReferralTransitionInput {
  @Field(() => ReferralOutcomeInput, { description: 'What followed.' })
  @ValidateNested()
  outcome!: ReferralOutcomeInput;
}

@InputType({ description: "Handing a referral of the region's queue to a counsellor." })
export class AssignReferralInput extends ReferralTransitionInput {
  @Field(() => ID, { description: 'A counsellor of the referral’s region.' })
  @IsUUID('all', UUID('counsellorId'))
  counsellorId!: string;
}

@InputType({ description: 'Turning a consultation into a referral of the same case.' })
export class ConvertConsultationInput extends UpdateBase {
  @Field(() => ConsentInput, { description: "The client's consent, now recorded." })
  @ValidateNested()
  consent!: ConsentInput;

  @Field(() => ReferralClientInput, { description: 'Who the counsellor should contact.' })
  @ValidateNested()
  client!: ReferralClientInput;

  @Field(() => String, {
    nullable: true,
    description: 'A new message (at most 1000 characters); the old one is kept when omitted.',
  })
  @IsOptional()
  @MaxLength(1000, { message: 'message must be at most 1000 characters' })
  message?: string | null;

  @Field(() => ReferralUrgency, { nullable: true, description: 'A new urgency, if it changed.' })
  @IsOptional()
  @IsIn(Object.values(ReferralUrgency))
  urgency?: ReferralUrgency | null;
}

export enum ReferralBox {
  INBOX = 'INBOX',
  SENT = 'SENT',
}
registerEnumType(ReferralBox, {
  name: 'ReferralBox',
  description: 'Which of your referrals.',
  valuesConfig: {
    INBOX: {
      description:
        "Sent to you: a counsellor's referrals, a region administrator's guidance queue (no counsellor named).",
    },
    SENT: { description: 'The ones you sent.' },
  },
});

@InputType({ description: 'Which referrals to list; always only those you may see.' })
export class ReferralFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these records.' })
  @IsOptional()
  @IsUUID('all', EACH_UUID('ids'))
  ids?: string[];

  @Field(() => ReferralBox, { nullable: true, description: 'Your inbox or the ones you sent.' })
  @IsOptional()
  @IsIn(Object.values(ReferralBox))
  box?: ReferralBox;

  @Field(() => [ReferralKind], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  kinds?: ReferralKind[];

  @Field(() => [ReferralStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  statuses?: ReferralStatus[];

  @Field({ nullable: true, description: 'Only open (true) or only closed (false) ones.' })
  @IsOptional()
  open?: boolean;

  @Field(() => ID, { nullable: true, description: 'Only those received by this region.' })
  @IsOptional()
  @IsUUID('all', UUID('regionId'))
  regionId?: string;
}

export enum ReferralSortField {
  SENT_AT = 'SENT_AT',
  UPDATED_AT = 'UPDATED_AT',
  URGENCY = 'URGENCY',
  STATUS = 'STATUS',
}
export const ReferralSort = createSortInput(
  'Referral',
  ReferralSortField,
  ReferralSortField.SENT_AT,
);
