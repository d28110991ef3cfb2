import { IsEmail, IsOptional, IsUrl, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { BaseFilter, UpdateBase } from '../../common/filter';
import {
  NotCleared,
  OptionalIdField,
  OptionalTextField,
  SourceField,
} from '../../common/input-fields';
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

  @OptionalIdField('Only organizations of this region.')
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

  @OptionalTextField('What it does.')
  description?: LocalizedTextInput | null;

  @OptionalIdField('The welfare region it works in, if one.')
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

  @SourceField('Which source document this comes from.')
  source?: string | null;
}

@InputType({
  description: 'Changes to an organization; omitted fields stay as they are, null clears one.',
})
export class UpdateOrganizationInput extends UpdateBase {
  @Field(() => OrganizationKind, { nullable: true, description: 'What kind of provider.' })
  @NotCleared()
  kind?: OrganizationKind;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Name; replaces the old one.' })
  @NotCleared()
  @ValidateNested()
  name?: LocalizedTextInput;

  @OptionalTextField('What it does; null clears.')
  description?: LocalizedTextInput | null;

  @OptionalIdField('The welfare region; null for none.')
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

  @SourceField('Source document; null clears.')
  source?: string | null;
}
