import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { BaseFilter, UpdateBase } from '../../common/filter';
import {
  AbstractClass,
  ActiveField,
  IdField,
  OptionalIdField,
  OptionalTextField,
  SourceField,
} from '../../common/input-fields';
import { createSortInput } from '../../common/list';
import { LocalizedTextInput } from '../../common/localized-text';
import { DateTimeScalar } from '../../common/scalars';
import { IsLanguageList, PHONE, POSTAL_CODE } from '../../common/validation';
import { NearInput } from '../directory/geo';
import { OperatorKind } from './station.entity';

@InputType({ description: 'Which stations to list.' })
export class StationFilter extends BaseFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Text in the name (fi, sv, en), street address or post office.',
  })
  declare q?: string;

  @OptionalIdField('Only stations in this region.')
  regionId?: string;

  @OptionalIdField('Only stations in this municipality.')
  municipalityId?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Only stations in the municipalities with these official codes, e.g. ["179"].',
  })
  @IsOptional()
  @Matches(/^[0-9]{3}$/, { each: true, message: 'each municipality code must be three digits' })
  municipalityCodes?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or inactive (false).' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => OperatorKind, { nullable: true, description: 'Only own or only contracted.' })
  @IsOptional()
  @IsEnum(OperatorKind)
  operatorKind?: OperatorKind;

  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search in the Finnish and Swedish name, street address and post office: word ' +
      'forms and prefixes match ("Lohjan", "terveysasemalla", "häls"); every word must match.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Only stations serving in any of these languages (ISO 639-1).',
  })
  @IsLanguageList()
  languages?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'Only stations delivering a public service in any of these topics or their subtopics ' +
      '(category codes, e.g. ["finances"] also finds "finances.debt").',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  categoryCodes?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Only stations delivering a service for any of these target groups.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  targetGroups?: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'Only stations delivering a service open to a person of this age.',
  })
  @IsOptional()
  @Min(0)
  @Max(120)
  age?: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Only stations open at this instant (by the station's own opening hours).",
  })
  @IsOptional()
  openAt?: Date;

  @Field(() => NearInput, {
    nullable: true,
    description:
      'Only stations with coordinates within radiusKm of the point, nearest first (the sort ' +
      'orders equally distant ones).',
  })
  @IsOptional()
  @ValidateNested()
  near?: NearInput;
}

export enum StationSortField {
  NAME = 'NAME',
  MUNICIPALITY = 'MUNICIPALITY',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
export const StationSort = createSortInput('Station', StationSortField, StationSortField.NAME);

/**
 * The station fields shared by create and update, all optional; null clears a value on update.
 * A mixin, so that the update input can also extend UpdateBase.
 */
function withStationFields<TBase extends AbstractClass>(Base: TBase) {
  @InputType()
  abstract class StationFields extends Base {
    @Field(() => String, { nullable: true, description: 'Street address.' })
    @IsOptional()
    @IsString()
    @MaxLength(200)
    streetAddress?: string | null;

    @Field(() => String, { nullable: true, description: 'Five-digit Finnish postal code.' })
    @IsOptional()
    @Matches(POSTAL_CODE, { message: 'postalCode must be five digits, e.g. "40100"' })
    postalCode?: string | null;

    @Field(() => String, { nullable: true, description: 'Post office (postitoimipaikka).' })
    @IsOptional()
    @IsString()
    @MaxLength(100)
    postOffice?: string | null;

    @Field(() => Float, { nullable: true, description: 'WGS84 latitude, -90..90; with longitude.' })
    @IsOptional()
    @Min(-90)
    @Max(90)
    latitude?: number | null;

    @Field(() => Float, {
      nullable: true,
      description: 'WGS84 longitude, -180..180; with latitude.',
    })
    @IsOptional()
    @Min(-180)
    @Max(180)
    longitude?: number | null;

    @Field(() => String, { nullable: true, description: 'Public phone number.' })
    @IsOptional()
    @Matches(PHONE, { message: 'phone must be a phone number such as "+358 14 266 0000"' })
    phone?: string | null;

    @OptionalTextField('Accessibility information.')
    accessibility?: LocalizedTextInput | null;

    @Field(() => [String], { nullable: true, description: 'Languages served, ISO 639-1 codes.' })
    @IsLanguageList()
    languages?: string[] | null;

    @Field(() => OperatorKind, { nullable: true, description: 'Run by the region or contracted.' })
    @IsOptional()
    @IsEnum(OperatorKind)
    operatorKind?: OperatorKind | null;

    @OptionalIdField('The organization that runs the station.')
    operatorId?: string | null;

    @ActiveField('Shown in the public directory.')
    active?: boolean | null;

    @SourceField('Which source document this comes from.')
    source?: string | null;
  }
  return StationFields;
}

@InputType({ description: 'A new health station; its region is that of its municipality.' })
export class CreateStationInput extends withStationFields(Object) {
  @Field(() => LocalizedTextInput, {
    description: 'Name; Swedish is required in bilingual and Swedish-speaking municipalities.',
  })
  @ValidateNested()
  name!: LocalizedTextInput;

  @IdField('The municipality the station is in.')
  municipalityId!: string;
}

@InputType({ description: 'Changes to a station; omitted fields stay as they are.' })
export class UpdateStationInput extends withStationFields(UpdateBase) {
  @Field(() => LocalizedTextInput, {
    nullable: true,
    description: 'Name; Swedish is required in bilingual and Swedish-speaking municipalities.',
  })
  @IsOptional()
  @ValidateNested()
  name?: LocalizedTextInput;

  @OptionalIdField('Moves the station; its region follows.')
  municipalityId?: string;
}
