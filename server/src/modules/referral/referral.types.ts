import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';
import { createListType } from '../../common/list';
import { User } from '../auth/user.entity';
import { Service } from '../service-catalogue/service.entity';
import { ConsentMethod } from './referral.enums';
import { Referral } from './referral.entity';

export const ReferralList = createListType(Referral, 'Referral');

@ObjectType({ description: 'A staff member taking part in a referral: its sender or an actor.' })
export class ReferralParty {
  @Field(() => ID, { description: 'The user id.' })
  id!: string;

  @Field({ description: 'Full name.' })
  name!: string;

  @Field({ description: 'Work email, for questions about the referral.' })
  email!: string;

  static of(user: User): ReferralParty {
    return Object.assign(new ReferralParty(), { id: user.id, name: user.name, email: user.email });
  }
}

@ObjectType({ description: "The client's consent to be contacted, as recorded by the sender." })
export class ReferralConsent {
  @Field(() => ConsentMethod, { description: 'How the client consented.' })
  method!: ConsentMethod;

  @Field(() => DateTimeScalar, { description: 'When the consent was recorded.' })
  recordedAt!: Date;

  @Field(() => ReferralParty, {
    nullable: true,
    description: 'Who recorded it; null once that user has been deleted.',
  })
  recordedBy?: ReferralParty | null;
}

@ObjectType({
  description:
    "The client's personal data. Every read is written to the access log; erased a retention " +
    'period after the referral closes.',
})
export class ReferralClient {
  @Field(() => String, { nullable: true, description: "The client's name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number to call the client on.' })
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Preferred language, an ISO 639-1 code such as "fi" or "sv".',
  })
  language?: string | null;

  @Field(() => String, { nullable: true, description: 'When the client can be reached.' })
  contactTimes?: string | null;
}

@ObjectType({ description: 'What followed a completed referral (anonymous, kept for statistics).' })
export class ReferralOutcome {
  @Field(() => [Service], { description: 'Services the client was guided to.' })
  services!: Service[];

  @Field({ description: 'A joint reception with other professionals followed.' })
  jointReception!: boolean;

  @Field({ description: 'A home visit followed.' })
  homeVisit!: boolean;

  @Field({ description: 'A network meeting followed.' })
  networkMeeting!: boolean;
}
