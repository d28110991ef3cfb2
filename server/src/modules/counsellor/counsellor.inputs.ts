import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsOptional,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { BaseFilter, UpdateBase } from '../../common/filter';
import {
  ActiveField,
  IdField,
  OptionalIdField,
  OptionalTextField,
  SourceField,
} from '../../common/input-fields';
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
  @OptionalIdField('Only counsellors of this welfare region.')
  regionId?: string;

  @OptionalIdField('Only counsellors who hold a reception at this station.')
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

  @IdField('The welfare region they work for.')
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

  @ActiveField('Shown in the public directory. Default true.')
  active?: boolean;

  @SourceField('Which source document this comes from.')
  source?: string | null;
}

@InputType({ description: 'Changes to a counsellor; omitted fields stay as they are.' })
export class UpdateCounsellorInput extends UpdateBase {
  @Field({ nullable: true, description: 'Full name (1-200 characters).' })
  @IsOptional()
  @Length(1, 200, { message: NAME_MESSAGE })
  @Matches(/\S/, { message: NAME_MESSAGE })
  name?: string;

  @OptionalTextField('Job title.')
  title?: LocalizedTextInput;

  @OptionalIdField('The welfare region they work for.')
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

  @ActiveField('Shown in the public directory.')
  active?: boolean;

  @SourceField('Which source document this comes from; null or "" clears it.')
  source?: string | null;
}
