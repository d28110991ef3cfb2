import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, UpdateBase } from '../../common/filter';
import { IdField, IsId, NotCleared, OptionalIdField } from '../../common/input-fields';
import { createSortInput } from '../../common/list';
import { LocalizedTextInput } from '../../common/localized-text';
import { LanguageStatus } from './municipality.entity';

const CODE = /^[0-9]{3}$/;
const CODE_MESSAGE = 'code must be the official three-digit municipality code, e.g. "179"';

@InputType({ description: 'Which municipalities to list.' })
export class MunicipalityFilter extends BaseFilter {
  @OptionalIdField('Only municipalities of this region.')
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

  @IdField('The welfare region the municipality belongs to.')
  regionId!: string;
}

@InputType({ description: 'Changes to a municipality; omitted fields stay as they are.' })
export class UpdateMunicipalityInput extends UpdateBase {
  @Field(() => String, { nullable: true, description: 'Official three-digit municipality code.' })
  @NotCleared()
  @Matches(CODE, { message: CODE_MESSAGE })
  code?: string;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Name; replaces the old one.' })
  @NotCleared()
  @ValidateNested()
  name?: LocalizedTextInput;

  @Field(() => LanguageStatus, { nullable: true, description: 'Finnish, Swedish or bilingual.' })
  @NotCleared()
  language?: LanguageStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'The welfare region to move the municipality to.',
  })
  @NotCleared()
  @IsId()
  regionId?: string;
}
