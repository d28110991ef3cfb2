import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, UpdateBase } from '../../common/filter';
import { createSortInput } from '../../common/list';
import { LocalizedTextInput } from '../../common/localized-text';
import { IsLanguageList, PHONE } from '../../common/validation';
import { ConsultationChannel } from './counsellor.enums';

/** Validates optional text only when filled: null or '' clears it. */
export const WhenFilled = () => ValidateIf((_o, value) => value != null && value !== '');

const NAME_MESSAGE = 'name must be 1-200 characters and not blank';
const PHONE_MESSAGE = 'phone may contain digits, spaces, parentheses, hyphens and a leading +';
const EMAIL_MESSAGE = 'email must be an email address';

@InputType({ description: 'Which counsellors to list.' })
export class CounsellorFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Only counsellors of this welfare region.' })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only counsellors who hold a reception at this station.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'stationId must be a UUID' })
  stationId?: string;

  @Field({ nullable: true, description: 'Only active (true) or only inactive (false) ones.' })
  @IsOptional()
  active?: boolean;

  @Field(() => [String], {
    nullable: true,
    description: 'Only counsellors who speak any of these languages (ISO 639-1 codes).',
  })
  @IsLanguageList()
  languages?: string[];
}

export enum CounsellorSortField {
  NAME = 'NAME',
  UPDATED_AT = 'UPDATED_AT',
}
export const CounsellorSort = createSortInput(
  'Counsellor',
  CounsellorSortField,
  CounsellorSortField.NAME,
);

@InputType({ description: 'A new counsellor.' })
export class CreateCounsellorInput {
  @Field({ description: 'Full name, as used at work (1-200 characters).' })
  @Length(1, 200, { message: NAME_MESSAGE })
  @Matches(/\S/, { message: NAME_MESSAGE })
  name!: string;

  @Field(() => LocalizedTextInput, { description: 'Job title, e.g. "sosiaaliohjaaja".' })
  @ValidateNested()
  title!: LocalizedTextInput;

  @Field(() => ID, { description: 'The welfare region they work for.' })
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId!: string;

  @Field(() => String, { nullable: true, description: 'Work phone.' })
  @WhenFilled()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Work email.' })
  @WhenFilled()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  email?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Languages spoken with clients, ISO 639-1 codes; at least one. Default ["fi"].',
  })
  @IsLanguageList()
  languages?: string[] | null;

  @Field(() => [ConsultationChannel], {
    nullable: true,
    description: 'How professionals can consult them. Default none.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  consultationChannels?: ConsultationChannel[];

  @Field({ nullable: true, description: 'Shown in the public directory. Default true.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'Which source document this comes from.' })
  @WhenFilled()
  @MaxLength(500)
  source?: string | null;
}

@InputType({ description: 'Changes to a counsellor; omitted fields stay as they are.' })
export class UpdateCounsellorInput extends UpdateBase {
  @Field({ nullable: true, description: 'Full name (1-200 characters).' })
  @IsOptional()
  @Length(1, 200, { message: NAME_MESSAGE })
  @Matches(/\S/, { message: NAME_MESSAGE })
  name?: string;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Job title.' })
  @IsOptional()
  @ValidateNested()
  title?: LocalizedTextInput;

  @Field(() => ID, { nullable: true, description: 'The welfare region they work for.' })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId?: string;

  @Field(() => String, { nullable: true, description: 'Work phone; null or "" clears it.' })
  @WhenFilled()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Work email; null or "" clears it.' })
  @WhenFilled()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  email?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Languages spoken with clients, ISO 639-1 codes; at least one.',
  })
  @IsLanguageList()
  languages?: string[] | null;

  @Field(() => [ConsultationChannel], {
    nullable: true,
    description: 'How professionals can consult them.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  consultationChannels?: ConsultationChannel[];

  @Field({ nullable: true, description: 'Shown in the public directory.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Which source document this comes from; null or "" clears it.',
  })
  @WhenFilled()
  @MaxLength(500)
  source?: string | null;
}
