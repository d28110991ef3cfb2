import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { BaseFilter, UpdateBase } from '../../common/filter';
import {
  AbstractClass,
  IdField,
  OptionalIdField,
  OptionalTextField,
  SourceField,
} from '../../common/input-fields';
import { createSortInput } from '../../common/list';
import { LocalizedTextInput } from '../../common/localized-text';
import { DateScalar, DateTimeScalar } from '../../common/scalars';
import { IsLanguageList, PHONE } from '../../common/validation';
import { NearInput } from '../directory/geo';
import { AccessMode, ServiceArea, ServiceSector, ServiceStatus } from './service.enums';

const EACH_UUID = (what: string) => ({ each: true, message: `each ${what} id must be a UUID` });

@InputType({ description: 'Which services to list; all given conditions must hold.' })
export class ServiceFilter extends BaseFilter {
  @OptionalIdField('Only services of this provider.')
  organizationId?: string;

  @Field(() => [ID], { nullable: true, description: 'Only services in any of these categories.' })
  @IsOptional()
  @IsUUID('all', EACH_UUID('category'))
  categoryIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'Only services in any of the categories with these codes or their subcategories ' +
      '(["finances"] also finds "finances.debt").',
  })
  @IsOptional()
  categoryCodes?: string[];

  @Field(() => [ServiceSector], { nullable: true, description: 'Only these sectors.' })
  @IsOptional()
  sectors?: ServiceSector[];

  @Field(() => [ServiceStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  statuses?: ServiceStatus[];

  @OptionalIdField('Only services of this welfare region.')
  regionId?: string;

  @OptionalIdField('Only services whose listed municipalities include this one.')
  municipalityId?: string;

  @Field(() => [AccessMode], { nullable: true, description: 'Only services with any of these.' })
  @IsOptional()
  accessModes?: AccessMode[];

  @Field(() => [String], {
    nullable: true,
    description: 'Only services in any of these languages (ISO 639-1).',
  })
  @IsLanguageList()
  languages?: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search in the Finnish and Swedish name and description: word forms and ' +
      'prefixes match ("velka" finds "velkaneuvonta"); every word must match.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Only services available to residents of the municipality with this code: national ' +
      'ones, those of its welfare region, those listing it, and those delivered at a station in it.',
  })
  @IsOptional()
  @Matches(/^[0-9]{3}$/, { message: 'servesMunicipalityCode must be three digits, e.g. "179"' })
  servesMunicipalityCode?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Only services for any of these target groups, e.g. ["working-age"].',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  targetGroups?: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'Only services open to a person of this age (within minAge..maxAge).',
  })
  @IsOptional()
  @Min(0)
  @Max(120)
  age?: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Only services delivered at a station where they are open at this instant (the ' +
      "delivery's own hours, else the station's).",
  })
  @IsOptional()
  openAt?: Date;

  @Field(() => NearInput, {
    nullable: true,
    description:
      'Only services delivered at a station within radiusKm of the point, the nearest delivery ' +
      'first (the sort orders equally distant ones).',
  })
  @IsOptional()
  @ValidateNested()
  near?: NearInput;
}

export enum ServiceSortField {
  NAME = 'NAME',
  LAST_VERIFIED = 'LAST_VERIFIED',
  UPDATED_AT = 'UPDATED_AT',
}
export const ServiceSort = createSortInput('Service', ServiceSortField, ServiceSortField.NAME);

/**
 * The optional fields shared by create and update. On update an omitted field stays as it is and
 * null clears it (an empty list for list fields); `ServiceService` refuses null where a value is
 * required.
 */
function withServiceFields<TBase extends AbstractClass>(Base: TBase) {
  @InputType()
  abstract class ServiceFields extends Base {
    @OptionalTextField('What the service offers.')
    description?: LocalizedTextInput | null;

    @Field(() => [ID], { nullable: true, description: 'Topics; replaces the whole set.' })
    @IsOptional()
    @ArrayMaxSize(50)
    @IsUUID('all', EACH_UUID('category'))
    categoryIds?: string[] | null;

    @Field(() => [String], { nullable: true, description: 'Who it is for, at most 20 groups.' })
    @IsOptional()
    @ArrayMaxSize(20)
    @IsString({ each: true })
    @Length(1, 60, { each: true, message: 'each target group must be 1-60 characters' })
    targetGroups?: string[] | null;

    @Field(() => Int, { nullable: true, description: 'Youngest age served, 0-120.' })
    @IsOptional()
    @Min(0)
    @Max(120)
    minAge?: number | null;

    @Field(() => Int, { nullable: true, description: 'Oldest age served, 0-120.' })
    @IsOptional()
    @Min(0)
    @Max(120)
    maxAge?: number | null;

    @Field(() => [String], { nullable: true, description: 'Languages served, ISO 639-1 codes.' })
    @IsLanguageList()
    @ArrayMinSize(1, { message: 'languages must list at least one language' })
    languages?: string[] | null;

    @OptionalTextField('What it costs.')
    cost?: LocalizedTextInput | null;

    @Field(() => Boolean, { nullable: true, description: 'Free of charge for the client.' })
    @IsOptional()
    free?: boolean | null;

    @Field(() => [AccessMode], { nullable: true, description: 'How to get the service.' })
    @IsOptional()
    accessModes?: AccessMode[] | null;

    @Field(() => String, { nullable: true, description: 'Public phone number.' })
    @IsOptional()
    @Matches(PHONE, { message: 'phone must be a phone number such as +358 9 123 4567' })
    phone?: string | null;

    @Field(() => String, { nullable: true, description: 'Public email address.' })
    @IsOptional()
    @IsEmail({}, { message: 'email must be an email address' })
    email?: string | null;

    @Field(() => String, { nullable: true, description: 'Web page, http or https.' })
    @IsOptional()
    @MaxLength(2000)
    @IsUrl(
      { protocols: ['http', 'https'], require_protocol: true },
      { message: 'website must be an http or https address' },
    )
    website?: string | null;

    @Field(() => ServiceArea, { nullable: true, description: 'Where the service is available.' })
    @IsOptional()
    area?: ServiceArea | null;

    @OptionalIdField('Welfare region; required for area REGION.')
    regionId?: string | null;

    @Field(() => [ID], {
      nullable: true,
      description: 'Municipalities served; required for area MUNICIPALITIES; replaces the set.',
    })
    @IsOptional()
    @ArrayMaxSize(400)
    @IsUUID('all', EACH_UUID('municipality'))
    municipalityIds?: string[] | null;

    @Field(() => ServiceStatus, {
      nullable: true,
      description: 'Whether it is offered and public.',
    })
    @IsOptional()
    status?: ServiceStatus | null;

    @Field(() => DateScalar, { nullable: true, description: 'When last checked; not in future.' })
    @IsOptional()
    lastVerified?: string | null;

    @SourceField('Which source document this comes from.')
    source?: string | null;
  }
  return ServiceFields;
}

@InputType({ description: 'A new catalogue entry.' })
export class CreateServiceInput extends withServiceFields(class {}) {
  @Field(() => LocalizedTextInput, { description: 'Name of the service.' })
  @ValidateNested()
  name!: LocalizedTextInput;

  @IdField('The provider organization.')
  organizationId!: string;

  @Field(() => ServiceSector, { description: 'Public, third sector or private.' })
  sector!: ServiceSector;
}

@InputType({ description: 'Changes to a service; omitted fields stay as they are, null clears.' })
export class UpdateServiceInput extends withServiceFields(UpdateBase) {
  @OptionalTextField('Name of the service.')
  name?: LocalizedTextInput | null;

  @OptionalIdField('The provider organization.')
  organizationId?: string | null;

  @Field(() => ServiceSector, { nullable: true, description: 'Public, third sector or private.' })
  @IsOptional()
  sector?: ServiceSector | null;
}
