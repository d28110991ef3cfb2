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
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { LocalizedText } from '../../common/localized-text';
import { DateScalar } from '../../common/scalars';
import { Region } from '../region/region.entity';
import type { Service } from '../service-catalogue/service.entity';

export enum OrganizationKind {
  WELFARE_REGION = 'WELFARE_REGION',
  KELA = 'KELA',
  MUNICIPALITY = 'MUNICIPALITY',
  PARISH = 'PARISH',
  NGO = 'NGO',
  PRIVATE = 'PRIVATE',
  STATE = 'STATE',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of provider an organization is.',
  valuesConfig: {
    WELFARE_REGION: { description: 'A welfare region itself.' },
    KELA: { description: 'Kela, the Social Insurance Institution.' },
    MUNICIPALITY: { description: 'A municipality (kunta).' },
    PARISH: { description: 'A parish (seurakunta).' },
    NGO: { description: 'A non-governmental organization (järjestö), the third sector.' },
    PRIVATE: { description: 'A private company, e.g. a contracted health station operator.' },
    STATE: { description: 'Another state authority.' },
  },
});

@Entity()
@ObjectType({ description: 'A provider of services: the region, Kela, a municipality, an NGO...' })
export class Organization extends BaseEntity {
  @Field(() => OrganizationKind, { description: 'What kind of provider this is.' })
  @Enum({ items: () => OrganizationKind, nativeEnumName: 'organization_kind' })
  kind!: OrganizationKind;

  @Field(() => LocalizedText, { description: 'Name.' })
  @Embedded(() => LocalizedText, { prefix: 'name_' })
  name!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true, description: 'What the organization does.' })
  @Embedded(() => LocalizedText, { prefix: 'description_', nullable: true })
  description?: LocalizedText | null;

  @Index()
  @ManyToOne(() => Region, { ref: true, nullable: true, deleteRule: 'restrict' })
  region?: Ref<Region> | null;

  @Field(() => String, { nullable: true, description: 'Public phone number.' })
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Public email address.' })
  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Web site address.' })
  @Property({ type: 'text', nullable: true })
  website?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the details were last checked.' })
  @Property({ type: 'date', nullable: true })
  verifiedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Which source document this comes from.' })
  @Property({ type: 'text', nullable: true })
  source?: string | null;

  @OneToMany('Service', 'organization')
  services = new Collection<Service>(this);
}
