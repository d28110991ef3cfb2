import {
  IsDefined,
  IsOptional,
  IsUUID,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { sent } from '../../common/validation';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, UpdateBase } from '../../common/filter';
import { createSortInput } from '../../common/list';
import { LocalizedTextInput } from '../../common/localized-text';
import { LanguageStatus } from './municipality.entity';

const CODE = /^[0-9]{3}$/;
const CODE_MESSAGE = 'code must be the official three-digit municipality code, e.g. "179"';

@InputType({ description: 'Which municipalities to list.' })
export class MunicipalityFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Only municipalities of this region.' })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId?: string;

  @Field(() => [String], { nullable: true, description: 'Only municipalities with these codes.' })
  @IsOptional()
  codes?: string[];

  @Field(() => LanguageStatus, {
    nullable: true,
    description: 'Only municipalities with this language status.',
  })
  @IsOptional()
  language?: LanguageStatus;
}

export enum MunicipalitySortField {
  NAME = 'NAME',
  CODE = 'CODE',
}
export const MunicipalitySort = createSortInput(
  'Municipality',
  MunicipalitySortField,
  MunicipalitySortField.NAME,
);

@InputType({ description: 'A new municipality.' })
export class CreateMunicipalityInput {
  @Field({ description: 'Official three-digit municipality code.' })
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => LocalizedTextInput, {
    description: 'Name in Finnish, and in Swedish where the municipality is not Finnish-speaking.',
  })
  @ValidateNested()
  name!: LocalizedTextInput;

  @Field(() => LanguageStatus, { description: 'Finnish, Swedish or bilingual.' })
  language!: LanguageStatus;

  @Field(() => ID, { description: 'The welfare region the municipality belongs to.' })
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId!: string;
}

@InputType({ description: 'Changes to a municipality; omitted fields stay as they are.' })
export class UpdateMunicipalityInput extends UpdateBase {
  @Field(() => String, { nullable: true, description: 'Official three-digit municipality code.' })
  @ValidateIf(sent)
  @IsDefined({ message: 'code cannot be cleared' })
  @Matches(CODE, { message: CODE_MESSAGE })
  code?: string;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Name; replaces the old one.' })
  @ValidateIf(sent)
  @IsDefined({ message: 'name cannot be cleared' })
  @ValidateNested()
  name?: LocalizedTextInput;

  @Field(() => LanguageStatus, { nullable: true, description: 'Finnish, Swedish or bilingual.' })
  @ValidateIf(sent)
  @IsDefined({ message: 'language cannot be cleared' })
  language?: LanguageStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'The welfare region to move the municipality to.',
  })
  @ValidateIf(sent)
  @IsDefined({ message: 'regionId cannot be cleared' })
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId?: string;
}
