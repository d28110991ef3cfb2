import { Check, Entity, Enum, Index, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { DateTimeScalar } from '../../common/scalars';
import { Counsellor } from '../counsellor/counsellor.entity';
import { Region } from '../region/region.entity';
import { Role } from './role';

@Entity({ tableName: 'app_user' })
@Check({
  name: 'app_user_region_by_role',
  expression: "(role = 'NATIONAL_ADMIN') = (region_id is null)",
})
@ObjectType({ description: 'A person who signs in to the console.' })
export class User extends BaseEntity<'active'> {
  @Field({ description: 'Sign-in email address (lower case).' })
  @Property({ type: 'text', unique: true })
  email!: string;

  @Field({ description: 'Full name, shown in the console and the audit trail.' })
  @Property({ type: 'text' })
  name!: string;

  /** Argon2id hash; never exposed through GraphQL, never logged. */
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => Role, { description: 'What the user may do.' })
  @Enum({ items: () => Role, nativeEnumName: 'user_role' })
  role!: Role;

  @Index()
  @ManyToOne(() => Region, { ref: true, nullable: true, deleteRule: 'restrict' })
  region?: Ref<Region> | null;

  @Index()
  @ManyToOne(() => Counsellor, { ref: true, nullable: true, deleteRule: 'set null' })
  counsellor?: Ref<Counsellor> | null;

  @Field({ description: 'Inactive users cannot sign in.' })
  @Property()
  active: boolean = true;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Last successful sign-in.' })
  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt?: Date | null;
}
