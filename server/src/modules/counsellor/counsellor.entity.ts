import {
  Collection,
  Embedded,
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  Property,
  Ref,
  Index,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { LocalizedText } from '../../common/localized-text';
import { Region } from '../region/region.entity';
import { ConsultationChannel } from './counsellor.enums';
import type { Reception } from './reception.entity';

@Entity()
@ObjectType({ description: 'A social counsellor (sosiaaliohjaaja) or social worker.' })
export class Counsellor extends BaseEntity<'languages' | 'consultationChannels' | 'active'> {
  @Field({ description: 'Full name, as used at work.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => LocalizedText, { description: 'Job title, e.g. "sosiaaliohjaaja".' })
  @Embedded(() => LocalizedText, { prefix: 'title_' })
  title!: LocalizedText;

  @Index()
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;

  @Field(() => String, { nullable: true, description: 'Work phone.' })
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Work email.' })
  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Field(() => [String], { description: 'Languages spoken with clients, ISO 639-1 codes.' })
  @Property({ type: 'text[]' })
  languages: string[] = ['fi'];

  @Field(() => [ConsultationChannel], { description: 'How professionals can consult them.' })
  @Enum({ items: () => ConsultationChannel, array: true })
  consultationChannels: ConsultationChannel[] = [];

  @Field({ description: 'Inactive counsellors are hidden from the public directory.' })
  @Property()
  active: boolean = true;

  @Field(() => String, { nullable: true, description: 'Which source document this comes from.' })
  @Property({ type: 'text', nullable: true })
  source?: string | null;

  @OneToMany('Reception', 'counsellor')
  receptions = new Collection<Reception>(this);
}
