import { Collection, Embedded, Entity, OneToMany, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { LocalizedText } from '../../common/localized-text';
import type { Municipality } from './municipality.entity';
import type { Station } from '../station/station.entity';

@Entity()
@ObjectType({
  description:
    'A welfare region (hyvinvointialue) or the City of Helsinki: organises the services.',
})
export class Region extends BaseEntity {
  @Field({ description: 'Short stable code, e.g. "keski-suomi".' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => LocalizedText, { description: 'Official name.' })
  @Embedded(() => LocalizedText, { prefix: 'name_' })
  name!: LocalizedText;

  @OneToMany('Municipality', 'region')
  municipalities = new Collection<Municipality>(this);

  @OneToMany('Station', 'region')
  stations = new Collection<Station>(this);
}
