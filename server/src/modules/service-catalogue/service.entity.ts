import {
  Check,
  Collection,
  Embedded,
  Entity,
  Enum,
  ManyToMany,
  ManyToOne,
  OneToMany,
  Property,
  Ref,
  Index,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { SERVICE_SEARCH, searchIndexDdl, searchIndexName } from '../directory/text-search';
import { LocalizedText } from '../../common/localized-text';
import { DateScalar } from '../../common/scalars';
import { Organization } from '../organization/organization.entity';
import { Municipality } from '../region/municipality.entity';
import { Region } from '../region/region.entity';
import { ServiceCategory } from './service-category.entity';
import { AccessMode, ServiceArea, ServiceSector, ServiceStatus } from './service.enums';
import type { ServiceAtStation } from './service-at-station.entity';

@Entity()
@Check({
  name: 'service_age_range',
  expression: 'min_age is null or max_age is null or min_age <= max_age',
})
@Check({
  name: 'service_min_age',
  expression: 'min_age is null or (min_age >= 0 and min_age <= 120)',
})
@Check({
  name: 'service_max_age',
  expression: 'max_age is null or (max_age >= 0 and max_age <= 120)',
})
// Full-text search in Finnish and Swedish (see directory/text-search.ts).
@Index({
  name: searchIndexName(SERVICE_SEARCH, 'finnish'),
  expression: searchIndexDdl(SERVICE_SEARCH, 'finnish'),
})
@Index({
  name: searchIndexName(SERVICE_SEARCH, 'swedish'),
  expression: searchIndexDdl(SERVICE_SEARCH, 'swedish'),
})
@ObjectType({ description: 'A catalogue entry: a public or third-sector service people can use.' })
export class Service extends BaseEntity<
  'targetGroups' | 'languages' | 'free' | 'accessModes' | 'area' | 'status'
> {
  @Field(() => LocalizedText, { description: 'Name of the service.' })
  @Embedded(() => LocalizedText, { prefix: 'name_' })
  name!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true, description: 'What the service offers.' })
  @Embedded(() => LocalizedText, { prefix: 'description_', nullable: true })
  description?: LocalizedText | null;

  @Index()
  @ManyToOne(() => Organization, { ref: true, deleteRule: 'restrict' })
  organization!: Ref<Organization>;

  @Field(() => ServiceSector, { description: 'Public, third sector or private.' })
  @Enum({ items: () => ServiceSector, nativeEnumName: 'service_sector' })
  sector!: ServiceSector;

  @ManyToMany(() => ServiceCategory)
  categories = new Collection<ServiceCategory>(this);

  @Field(() => [String], { description: 'Who it is for, e.g. "working-age", "pensioners".' })
  @Property({ type: 'text[]' })
  targetGroups: string[] = [];

  @Field(() => Int, { nullable: true, description: 'Youngest age served.' })
  @Property({ type: 'smallint', nullable: true })
  minAge?: number | null;

  @Field(() => Int, { nullable: true, description: 'Oldest age served (e.g. 64 for "under 65").' })
  @Property({ type: 'smallint', nullable: true })
  maxAge?: number | null;

  @Field(() => [String], { description: 'Languages served, ISO 639-1 codes.' })
  @Property({ type: 'text[]' })
  languages: string[] = ['fi'];

  @Field(() => LocalizedText, { nullable: true, description: 'What it costs; null = not known.' })
  @Embedded(() => LocalizedText, { prefix: 'cost_', nullable: true })
  cost?: LocalizedText | null;

  @Field({ description: 'Free of charge for the client.' })
  @Property()
  free: boolean = false;

  @Field(() => [AccessMode], { description: 'How to get the service.' })
  @Enum({ items: () => AccessMode, array: true })
  accessModes: AccessMode[] = [];

  @Field(() => String, { nullable: true, description: 'Public phone number.' })
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Public email address.' })
  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Web page of the service.' })
  @Property({ type: 'text', nullable: true })
  website?: string | null;

  @Field(() => ServiceArea, { description: 'Where the service is available.' })
  @Enum({ items: () => ServiceArea, nativeEnumName: 'service_area' })
  area: ServiceArea = ServiceArea.STATIONS;

  @Index()
  @ManyToOne(() => Region, { ref: true, nullable: true, deleteRule: 'restrict' })
  region?: Ref<Region> | null;

  @ManyToMany(() => Municipality)
  municipalities = new Collection<Municipality>(this);

  @Field(() => ServiceStatus, { description: 'Whether it is offered and public.' })
  @Enum({ items: () => ServiceStatus, nativeEnumName: 'service_status' })
  status: ServiceStatus = ServiceStatus.ACTIVE;

  @Field(() => DateScalar, { nullable: true, description: 'When the details were last checked.' })
  @Property({ type: 'date', nullable: true })
  lastVerified?: string | null;

  @Field(() => String, { nullable: true, description: 'Which source document this comes from.' })
  @Property({ type: 'text', nullable: true })
  source?: string | null;

  @OneToMany('ServiceAtStation', 'service')
  stations = new Collection<ServiceAtStation>(this);
}
