import { randomUUID } from 'node:crypto';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Ref,
} from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';
import { User } from '../auth/user.entity';
import { ReferralAction, ReferralStatus } from './referral.enums';
import { Referral } from './referral.entity';

/**
 * One entry of a referral's history: who did what, when, from which status to which. Written in
 * the same transaction as the change it records; only the retention job touches it afterwards
 * (it erases the note).
 */
@Entity()
@ObjectType({ description: 'One step of a referral: who did what and when.' })
export class ReferralEvent {
  [OptionalProps]?: 'id' | 'at';

  @Field(() => ID, { description: 'Identifier of the event.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Referral, { ref: true, deleteRule: 'cascade' })
  referral!: Ref<Referral>;

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  /** Null for the retention job, and once the user has been deleted. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  actor?: Ref<User> | null;

  @Field(() => ReferralAction, { description: 'What was done.' })
  @Enum({ items: () => ReferralAction, nativeEnumName: 'referral_action' })
  action!: ReferralAction;

  @Field(() => ReferralStatus, { nullable: true, description: 'Status before; null when sent.' })
  @Enum({ items: () => ReferralStatus, nativeEnumName: 'referral_status', nullable: true })
  fromStatus?: ReferralStatus | null;

  @Field(() => ReferralStatus, { description: 'Status after.' })
  @Enum({ items: () => ReferralStatus, nativeEnumName: 'referral_status' })
  toStatus!: ReferralStatus;

  /** Free text (a reason to decline, what was agreed): personal data, see PERSONAL_FIELDS. */
  @Property({ type: 'text', nullable: true, hidden: true })
  note?: string | null;
}
