import { Embedded, Entity, Enum, ManyToOne, OneToOne, Property, Ref, Index } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { LocalizedText } from '../../common/localized-text';
import { Schedule } from '../schedule/schedule.entity';
import { Station } from '../station/station.entity';
import { Counsellor } from './counsellor.entity';
import { ReceptionMode } from './counsellor.enums';

@Entity()
@ObjectType({ description: "A counsellor's recurring presence at a station." })
export class Reception extends BaseEntity<'modes' | 'targetGroups' | 'free' | 'active'> {
  @Index()
  @ManyToOne(() => Counsellor, { ref: true, deleteRule: 'restrict' })
  counsellor!: Ref<Counsellor>;

  @Index()
  @ManyToOne(() => Station, { ref: true, deleteRule: 'restrict' })
  station!: Ref<Station>;

  @Field(() => [ReceptionMode], { description: 'Walk-in, appointment, phone, remote.' })
  @Enum({ items: () => ReceptionMode, array: true })
  modes: ReceptionMode[] = [];

  @Field(() => [String], { description: 'Who it is for, e.g. "working-age", "under-65".' })
  @Property({ type: 'text[]' })
  targetGroups: string[] = [];

  @Field(() => LocalizedText, { nullable: true, description: 'How to book a time.' })
  @Embedded(() => LocalizedText, { prefix: 'booking_', nullable: true })
  bookingInstructions?: LocalizedText | null;

  @Field(() => LocalizedText, { nullable: true, description: 'Other notes for clients.' })
  @Embedded(() => LocalizedText, { prefix: 'notes_', nullable: true })
  notes?: LocalizedText | null;

  @Field({ description: 'Free of charge for the client.' })
  @Property()
  free: boolean = true;

  @Field({ description: 'Inactive receptions are hidden from the public directory.' })
  @Property()
  active: boolean = true;

  @Field(() => String, { nullable: true, description: 'Which source document this comes from.' })
  @Property({ type: 'text', nullable: true })
  source?: string | null;

  @OneToOne(() => Schedule, { ref: true, owner: true, nullable: true, orphanRemoval: true })
  schedule?: Ref<Schedule> | null;
}
