import {
  Check,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  Property,
  Ref,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { DateTimeScalar } from '../../common/scalars';
import { User } from '../auth/user.entity';
import { Counsellor } from '../counsellor/counsellor.entity';
import { Region } from '../region/region.entity';
import { ServiceCategory } from '../service-catalogue/service-category.entity';
import { Service } from '../service-catalogue/service.entity';
import { Station } from '../station/station.entity';
import { ConsentMethod, ReferralKind, ReferralStatus, ReferralUrgency } from './referral.enums';
import type { ReferralEvent } from './referral-event.entity';

/**
 * A referral or a consultation from health care to social guidance. The client's personal data
 * (PERSONAL_FIELDS) is `hidden`: never serialized, never copied into the audit trail, reachable
 * through GraphQL only by the field resolvers that write the access log.
 */
@Entity()
@Check({
  name: 'referral_consultation_is_anonymous',
  expression:
    "kind = 'REFERRAL' or (client_name is null and client_phone is null and " +
    'client_language is null and client_contact_times is null and consent_method is null)',
})
@Check({
  name: 'referral_needs_consent',
  expression:
    "kind = 'CONSULTATION' or (consent_method is not null and consent_recorded_at is not null)",
})
@Index({ properties: ['region', 'status'] })
@Index({ properties: ['counsellor', 'status'] })
@Index({ properties: ['closedAt'] })
@ObjectType({
  description:
    'A referral (the counsellor is asked to contact a consenting client) or an anonymous ' +
    'consultation. Visible only to its sender, its receiving counsellor and the administrators ' +
    'of its region; never to the public API.',
})
export class Referral extends BaseEntity<
  'status' | 'urgency' | 'sentAt' | 'startedAsConsultation'
> {
  @Field(() => ReferralKind, { description: 'Referral (with consent) or anonymous consultation.' })
  @Enum({ items: () => ReferralKind, nativeEnumName: 'referral_kind' })
  kind!: ReferralKind;

  @Field(() => ReferralStatus, { description: 'Where it is in its lifecycle.' })
  @Enum({ items: () => ReferralStatus, nativeEnumName: 'referral_status' })
  status: ReferralStatus = ReferralStatus.SENT;

  @Field(() => ReferralUrgency, { description: 'How soon the counsellor should act.' })
  @Enum({ items: () => ReferralUrgency, nativeEnumName: 'referral_urgency' })
  urgency: ReferralUrgency = ReferralUrgency.NON_URGENT;

  @Index()
  @ManyToOne(() => Station, { ref: true, deleteRule: 'restrict' })
  sendingStation!: Ref<Station>;

  @Index()
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  sender?: Ref<User> | null;

  /** The receiving region: its administrators see the referral; without a counsellor, its queue. */
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;

  @Index()
  @ManyToOne(() => Station, { ref: true, nullable: true, deleteRule: 'restrict' })
  receivingStation?: Ref<Station> | null;

  @ManyToOne(() => Counsellor, { ref: true, nullable: true, deleteRule: 'set null' })
  counsellor?: Ref<Counsellor> | null;

  @ManyToMany(() => ServiceCategory, undefined, { pivotTable: 'referral_topic' })
  topics = new Collection<ServiceCategory>(this);

  @Enum({ items: () => ConsentMethod, nativeEnumName: 'consent_method', nullable: true })
  consentMethod?: ConsentMethod | null;

  @Property({ type: 'timestamptz', nullable: true })
  consentRecordedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  consentRecordedBy?: Ref<User> | null;

  @Property({ type: 'text', nullable: true, hidden: true })
  clientName?: string | null;

  @Property({ type: 'text', nullable: true, hidden: true })
  clientPhone?: string | null;

  /** ISO 639-1 code of the language the client prefers. */
  @Property({ type: 'text', nullable: true, hidden: true })
  clientLanguage?: string | null;

  /** When the client can be reached, in their own words ("weekday mornings"). */
  @Property({ type: 'text', nullable: true, hidden: true })
  clientContactTimes?: string | null;

  @Property({ type: 'text', nullable: true, hidden: true })
  message?: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was sent (again, after a conversion).' })
  @Property({ type: 'timestamptz' })
  sentAt: Date = new Date();

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the receiving side took it.' })
  @Property({ type: 'timestamptz', nullable: true })
  receivedAt?: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the counsellor first made contact.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  firstContactAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was closed.' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the retention job erased its personal data; null while it still has it.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  personalDataErasedAt?: Date | null;

  @ManyToOne(() => Service, { ref: true, nullable: true, deleteRule: 'set null' })
  redirectedTo?: Ref<Service> | null;

  @ManyToMany(() => Service, undefined, { pivotTable: 'referral_outcome_service' })
  outcomeServices = new Collection<Service>(this);

  @Property({ type: 'boolean', nullable: true })
  outcomeJointReception?: boolean | null;

  @Property({ type: 'boolean', nullable: true })
  outcomeHomeVisit?: boolean | null;

  @Property({ type: 'boolean', nullable: true })
  outcomeNetworkMeeting?: boolean | null;

  @Field({ description: 'It began as an anonymous consultation and was turned into a referral.' })
  @Property()
  startedAsConsultation: boolean = false;

  @OneToMany('ReferralEvent', 'referral')
  events = new Collection<ReferralEvent>(this);
}
