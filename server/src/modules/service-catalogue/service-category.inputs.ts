import {
  IsBoolean,
  IsDefined,
  IsOptional,
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

const CODE = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;
const CODE_MESSAGE =
  'code must be lower-case words of letters, digits and hyphens joined by dots, e.g. "finances.debt"';

@InputType({ description: 'Which service categories to list.' })
export class ServiceCategoryFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Only the direct subcategories of this one.' })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be a UUID' })
  parentId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'When true, only top-level categories (those without a parent).',
  })
  @IsOptional()
  @IsBoolean()
  rootsOnly?: boolean;

  @Field(() => [String], { nullable: true, description: 'Only categories with these codes.' })
  @IsOptional()
  codes?: string[];
}

export enum ServiceCategorySortField {
  NAME = 'NAME',
  CODE = 'CODE',
}
export const ServiceCategorySort = createSortInput(
  'ServiceCategory',
  ServiceCategorySortField,
  ServiceCategorySortField.NAME,
);

@InputType({ description: 'A new service category.' })
export class CreateServiceCategoryInput {
  @Field({ description: 'Stable code, lower-case and dotted, e.g. "finances.debt".' })
  @Matches(CODE, { message: CODE_MESSAGE })
  @MaxLength(100)
  code!: string;

  @Field(() => LocalizedTextInput, { description: 'Name of the topic.' })
  @ValidateNested()
  name!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'What the topic covers.' })
  @IsOptional()
  @ValidateNested()
  description?: LocalizedTextInput | null;

  @Field(() => ID, { nullable: true, description: 'The broader category; none for a top level.' })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be a UUID' })
  parentId?: string | null;
}

@InputType({
  description: 'Changes to a service category; omitted fields stay as they are, null clears one.',
})
export class UpdateServiceCategoryInput extends UpdateBase {
  @Field(() => String, { nullable: true, description: 'Stable code, lower-case and dotted.' })
  @ValidateIf(sent)
  @IsDefined({ message: 'code cannot be cleared' })
  @Matches(CODE, { message: CODE_MESSAGE })
  @MaxLength(100)
  code?: string;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Name; replaces the old one.' })
  @ValidateIf(sent)
  @IsDefined({ message: 'name cannot be cleared' })
  @ValidateNested()
  name?: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'What it covers; null clears.' })
  @IsOptional()
  @ValidateNested()
  description?: LocalizedTextInput | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The broader category; null makes it a top-level one.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be a UUID' })
  parentId?: string | null;
}
