import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { BaseFilter, UpdateBase } from '../../common/filter';
import { NotCleared } from '../../common/input-fields';
import { createSortInput } from '../../common/list';
import { LocalizedTextInput } from '../../common/localized-text';

const CODE = /^[a-z][a-z0-9-]{1,62}$/;
const CODE_MESSAGE = 'code must be lower-case letters, digits and hyphens, e.g. "keski-suomi"';

@InputType({ description: 'Which regions to list.' })
export class RegionFilter extends BaseFilter {
  @Field(() => [String], { nullable: true, description: 'Only regions with these codes.' })
  @IsOptional()
  codes?: string[];
}

export enum RegionSortField {
  NAME = 'NAME',
  CODE = 'CODE',
}
export const RegionSort = createSortInput('Region', RegionSortField, RegionSortField.NAME);

@InputType({ description: 'A new welfare region.' })
export class CreateRegionInput {
  @Field({ description: 'Short stable code, lower-case with hyphens.' })
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => LocalizedTextInput, { description: 'Official name.' })
  @ValidateNested()
  name!: LocalizedTextInput;
}

@InputType({ description: 'Changes to a region; omitted fields stay as they are.' })
export class UpdateRegionInput extends UpdateBase {
  @Field(() => String, { nullable: true, description: 'Short stable code.' })
  @NotCleared()
  @Matches(CODE, { message: CODE_MESSAGE })
  code?: string;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Official name.' })
  @NotCleared()
  @ValidateNested()
  name?: LocalizedTextInput;
}
