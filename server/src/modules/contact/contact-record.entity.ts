import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  Property,
  Ref,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { DateScalar } from '../../common/scalars';
import { User } from '../auth/user.entity';
import { Counsellor } from '../counsellor/counsellor.entity';
import { Region } from '../region/region.entity';
import { ServiceCategory } from '../service-catalogue/service-category.entity';
import { Station } from '../station/station.entity';
import { AgeGroup, ContactChannel, ContactSource } from './contact.enums';

/**
 * One counsellor contact, for statistics only. Deliberately anonymous: no name, no birth date, no
 * free text about the client; an age group instead of an age.
 */
@Entity()
@Index({ properties: ['region', 'date'] })
@ObjectType({ description: 'One anonymous counsellor contact, recorded for statistics.' })
export class ContactRecord extends BaseEntity {
  @Field(() => DateScalar, { description: 'The day of the contact.' })
  @Property({ type: 'date' })
  date!: string;

  @Index()
  @ManyToOne(() => Station, { ref: true, deleteRule: 'restrict' })
  station!: Ref<Station>;

  /** The station's region, kept so that statistics and scoping need no join. */
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;

  @Field(() => ContactChannel, { description: 'How the counsellor met the client.' })
  @Enum({ items: () => ContactChannel, nativeEnumName: 'contact_channel' })
  channel!: ContactChannel;

  @ManyToMany(() => ServiceCategory, undefined, { pivotTable: 'contact_record_topic' })
  topics = new Collection<ServiceCategory>(this);

  @Field(() => AgeGroup, { description: "The client's age group." })
  @Enum({ items: () => AgeGroup, nativeEnumName: 'age_group' })
  ageGroup!: AgeGroup;

  @Field(() => ContactSource, { description: 'Who referred the client.' })
  @Enum({ items: () => ContactSource, nativeEnumName: 'contact_source' })
  referredBy!: ContactSource;

  /** The counsellor who met the client (the recording user's counsellor record). */
  @ManyToOne(() => Counsellor, { ref: true, nullable: true, deleteRule: 'set null' })
  counsellor?: Ref<Counsellor> | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  recordedBy?: Ref<User> | null;

  @Field(() => String, {
    nullable: true,
    description: 'For seeded records: where they come from (illustrative data says so).',
  })
  @Property({ type: 'text', nullable: true })
  source?: string | null;
}
