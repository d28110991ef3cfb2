import {
  Check,
  Collection,
  Embedded,
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  OneToOne,
  Property,
  Ref,
  Index,
} from '@mikro-orm/core';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { STATION_SEARCH, searchIndexDdl, searchIndexName } from '../directory/text-search';
import { LocalizedText } from '../../common/localized-text';
import { Municipality } from '../region/municipality.entity';
import { Region } from '../region/region.entity';
import { Organization } from '../organization/organization.entity';
import { Schedule } from '../schedule/schedule.entity';
import type { ServiceAtStation } from '../service-catalogue/service-at-station.entity';
import type { Reception } from '../counsellor/reception.entity';

export enum OperatorKind {
  OWN = 'OWN',
  CONTRACTED = 'CONTRACTED',
}
registerEnumType(OperatorKind, {
  name: 'OperatorKind',
  description: 'Whether the region runs the station itself or buys it from a contractor.',
  valuesConfig: {
    OWN: { description: 'Run by the welfare region (or city) itself.' },
    CONTRACTED: { description: 'Run by a contracted provider (e.g. Oma Lääkärisi).' },
  },
});

@Entity()
@Check({ name: 'station_postal_code_format', expression: "postal_code ~ '^[0-9]{5}$'" })
@Check({ name: 'station_latitude_range', expression: 'abs(latitude) <= 90::double precision' })
@Check({ name: 'station_longitude_range', expression: 'abs(longitude) <= 180::double precision' })
@Check({
  name: 'station_coordinates_together',
  expression: '(latitude is null) = (longitude is null)',
})
// The default order of every station list (name, then id): a page of 50 reads 50 index entries
// instead of sorting every station.
@Index({ name: 'station_name_fi_id_index', properties: ['name.fi', 'id'] as never })
// Stations near a point are read by a latitude-longitude box first (directory/geo.ts).
@Index({ name: 'station_latitude_longitude_index', properties: ['latitude', 'longitude'] })
// Full-text search in Finnish and Swedish (see directory/text-search.ts).
@Index({
  name: searchIndexName(STATION_SEARCH, 'finnish'),
  expression: searchIndexDdl(STATION_SEARCH, 'finnish'),
})
@Index({
  name: searchIndexName(STATION_SEARCH, 'swedish'),
  expression: searchIndexDdl(STATION_SEARCH, 'swedish'),
})
@ObjectType({ description: 'A health station or sote centre: a place where people get help.' })
export class Station extends BaseEntity<'languages' | 'operatorKind' | 'active'> {
  @Field(() => LocalizedText, { description: 'Name of the station.' })
  @Embedded(() => LocalizedText, { prefix: 'name_' })
  name!: LocalizedText;

  @Index()
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;

  @Index()
  @ManyToOne(() => Municipality, { ref: true, deleteRule: 'restrict' })
  municipality!: Ref<Municipality>;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  @Property({ type: 'text', nullable: true })
  streetAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'Five-digit Finnish postal code.' })
  @Property({ type: 'varchar', length: 5, nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Post office (postitoimipaikka).' })
  @Property({ type: 'text', nullable: true })
  postOffice?: string | null;

  @Field(() => Float, { nullable: true, description: 'WGS84 latitude.' })
  @Property({ type: 'double', nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'WGS84 longitude.' })
  @Property({ type: 'double', nullable: true })
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: 'Public phone number.' })
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Field(() => LocalizedText, { nullable: true, description: 'Accessibility information.' })
  @Embedded(() => LocalizedText, { prefix: 'accessibility_', nullable: true })
  accessibility?: LocalizedText | null;

  @Field(() => [String], { description: 'Languages served, ISO 639-1 codes such as "fi", "sv".' })
  @Property({ type: 'text[]' })
  languages: string[] = ['fi'];

  @Field(() => OperatorKind, { description: 'Run by the region itself or contracted.' })
  @Enum({ items: () => OperatorKind, nativeEnumName: 'operator_kind' })
  operatorKind: OperatorKind = OperatorKind.OWN;

  @Index()
  @ManyToOne(() => Organization, { ref: true, nullable: true, deleteRule: 'restrict' })
  operator?: Ref<Organization> | null;

  @Field({ description: 'Inactive stations are hidden from the public directory.' })
  @Property()
  active: boolean = true;

  @Field(() => String, { nullable: true, description: 'Which source document this comes from.' })
  @Property({ type: 'text', nullable: true })
  source?: string | null;

  @OneToOne(() => Schedule, { ref: true, owner: true, nullable: true, orphanRemoval: true })
  schedule?: Ref<Schedule> | null;

  @OneToMany('ServiceAtStation', 'station')
  services = new Collection<ServiceAtStation>(this);

  @OneToMany('Reception', 'station')
  receptions = new Collection<Reception>(this);
}
