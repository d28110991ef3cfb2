import {
  Embedded,
  Entity,
  ManyToOne,
  OneToOne,
  Property,
  Ref,
  Unique,
  Index,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { LocalizedText } from '../../common/localized-text';
import { Schedule } from '../schedule/schedule.entity';
import { Station } from '../station/station.entity';
import { Service } from './service.entity';

@Entity()
@Unique({ name: 'service_at_station_service_station_unique', properties: ['service', 'station'] })
@ObjectType({ description: 'A service delivered at one station, with its own hours and notes.' })
export class ServiceAtStation extends BaseEntity<'active'> {
  @Index()
  @ManyToOne(() => Service, { ref: true, deleteRule: 'restrict' })
  service!: Ref<Service>;

  @Index()
  @ManyToOne(() => Station, { ref: true, deleteRule: 'restrict' })
  station!: Ref<Station>;

  @Field(() => LocalizedText, { nullable: true, description: 'Notes for this station.' })
  @Embedded(() => LocalizedText, { prefix: 'notes_', nullable: true })
  notes?: LocalizedText | null;

  @Field({ description: 'Inactive deliveries are hidden from the public directory.' })
  @Property()
  active: boolean = true;

  @OneToOne(() => Schedule, { ref: true, owner: true, nullable: true, orphanRemoval: true })
  schedule?: Ref<Schedule> | null;
}
