import {
  IsDefined,
  IsEmail,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { sent } from '../../common/validation';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, UpdateBase } from '../../common/filter';
import { createSortInput } from '../../common/list';
import { LocalizedTextInput } from '../../common/localized-text';
import { DateScalar } from '../../common/scalars';
import { PHONE } from '../../common/validation';
import { OrganizationKind } from './organization.entity';

const PHONE_MESSAGE = 'phone must be digits, spaces, hyphens and parentheses, optionally after +';
const EMAIL_MESSAGE = 'email must be an email address such as info@example.fi';
const WEBSITE_MESSAGE = 'website must be an http or https address';
const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

@InputType({ description: 'Which organizations to list.' })
export class OrganizationFilter extends BaseFilter {
  @Field(() => [OrganizationKind], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  kinds?: OrganizationKind[];

  @Field(() => ID, { nullable: true, description: 'Only organizations of this region.' })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId?: string;
}

export enum OrganizationSortField {
  NAME = 'NAME',
  KIND = 'KIND',
  VERIFIED_AT = 'VERIFIED_AT',
}
export const OrganizationSort = createSortInput(
  'Organization',
  OrganizationSortField,
  OrganizationSortField.NAME,
);

@InputType({ description: 'A new organization.' })
export class CreateOrganizationInput {
  @Field(() => OrganizationKind, { description: 'What kind of provider this is.' })
  kind!: OrganizationKind;

  @Field(() => LocalizedTextInput, { description: 'Name.' })
  @ValidateNested()
  name!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'What it does.' })
  @IsOptional()
  @ValidateNested()
  description?: LocalizedTextInput | null;

  @Field(() => ID, { nullable: true, description: 'The welfare region it works in, if one.' })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Public phone number.' })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Public email address.' })
  @IsOptional()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Web site address (http or https).' })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: WEBSITE_MESSAGE })
  @MaxLength(500)
  website?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the details were last checked.' })
  @IsOptional()
  verifiedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Which source document this comes from.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  source?: string | null;
}

@InputType({
  description: 'Changes to an organization; omitted fields stay as they are, null clears one.',
})
export class UpdateOrganizationInput extends UpdateBase {
  @Field(() => OrganizationKind, { nullable: true, description: 'What kind of provider.' })
  @ValidateIf(sent)
  @IsDefined({ message: 'kind cannot be cleared' })
  kind?: OrganizationKind;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Name; replaces the old one.' })
  @ValidateIf(sent)
  @IsDefined({ message: 'name cannot be cleared' })
  @ValidateNested()
  name?: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'What it does; null clears.' })
  @IsOptional()
  @ValidateNested()
  description?: LocalizedTextInput | null;

  @Field(() => ID, { nullable: true, description: 'The welfare region; null for none.' })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Public phone number; null clears.' })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Public email address; null clears.' })
  @IsOptional()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Web site address; null clears.' })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: WEBSITE_MESSAGE })
  @MaxLength(500)
  website?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When last checked; null clears.' })
  @IsOptional()
  verifiedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Source document; null clears.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  source?: string | null;
}
