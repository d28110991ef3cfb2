import {
  Collection,
  Embedded,
  Entity,
  ManyToOne,
  OneToMany,
  Property,
  Ref,
  Index,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { LocalizedText } from '../../common/localized-text';

@Entity()
@ObjectType({
  description: 'A topic in the hierarchical taxonomy: Kela benefits, housing, debt...',
})
export class ServiceCategory extends BaseEntity {
  @Field({ description: 'Stable code, e.g. "finances.debt".' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => LocalizedText, { description: 'Name of the topic.' })
  @Embedded(() => LocalizedText, { prefix: 'name_' })
  name!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true, description: 'What the topic covers.' })
  @Embedded(() => LocalizedText, { prefix: 'description_', nullable: true })
  description?: LocalizedText | null;

  @Index()
  @ManyToOne(() => ServiceCategory, { ref: true, nullable: true, deleteRule: 'restrict' })
  parent?: Ref<ServiceCategory> | null;

  @OneToMany(() => ServiceCategory, (category) => category.parent)
  children = new Collection<ServiceCategory>(this);
}
