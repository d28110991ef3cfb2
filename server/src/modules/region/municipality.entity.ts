import {
  Check,
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
import { Region } from './region.entity';
import type { Station } from '../station/station.entity';

export enum LanguageStatus {
  FI = 'FI',
  SV = 'SV',
  BILINGUAL = 'BILINGUAL',
}
registerEnumType(LanguageStatus, {
  name: 'LanguageStatus',
  description: 'Official language status of a municipality.',
  valuesConfig: {
    FI: { description: 'Finnish-speaking.' },
    SV: { description: 'Swedish-speaking.' },
    BILINGUAL: { description: 'Officially bilingual: public texts need Swedish too.' },
  },
});

@Entity()
@Check({ name: 'municipality_code_format', expression: "code ~ '^[0-9]{3}$'" })
@ObjectType({ description: 'A municipality (kunta), member of one welfare region.' })
export class Municipality extends BaseEntity {
  @Field({ description: 'Official three-digit municipality code, e.g. "179" (Jyväskylä).' })
  @Property({ type: 'varchar', length: 3, unique: true })
  code!: string;

  @Field(() => LocalizedText, { description: 'Name in Finnish and Swedish.' })
  @Embedded(() => LocalizedText, { prefix: 'name_' })
  name!: LocalizedText;

  @Field(() => LanguageStatus, { description: 'Finnish, Swedish or bilingual.' })
  @Enum({ items: () => LanguageStatus, nativeEnumName: 'language_status' })
  language!: LanguageStatus;

  @Index()
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;

  @OneToMany('Station', 'municipality')
  stations = new Collection<Station>(this);
}
