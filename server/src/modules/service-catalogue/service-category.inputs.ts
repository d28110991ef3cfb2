import { IsBoolean, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { BaseFilter, UpdateBase } from '../../common/filter';
import { NotCleared, OptionalIdField, OptionalTextField } from '../../common/input-fields';
import { createSortInput } from '../../common/list';
import { LocalizedTextInput } from '../../common/localized-text';

const CODE = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;
const CODE_MESSAGE =
  'code must be lower-case words of letters, digits and hyphens joined by dots, e.g. "finances.debt"';

@InputType({ description: 'Which service categories to list.' })
export class ServiceCategoryFilter extends BaseFilter {
  @OptionalIdField('Only the direct subcategories of this one.')
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

  @OptionalTextField('What the topic covers.')
  description?: LocalizedTextInput | null;

  @OptionalIdField('The broader category; none for a top level.')
  parentId?: string | null;
}

@InputType({
  description: 'Changes to a service category; omitted fields stay as they are, null clears one.',
})
export class UpdateServiceCategoryInput extends UpdateBase {
  @Field(() => String, { nullable: true, description: 'Stable code, lower-case and dotted.' })
  @NotCleared()
  @Matches(CODE, { message: CODE_MESSAGE })
  @MaxLength(100)
  code?: string;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Name; replaces the old one.' })
  @NotCleared()
  @ValidateNested()
  name?: LocalizedTextInput;

  @OptionalTextField('What it covers; null clears.')
  description?: LocalizedTextInput | null;

  @OptionalIdField('The broader category; null makes it a top-level one.')
  parentId?: string | null;
}
