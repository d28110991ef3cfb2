import { Max, Min } from 'class-validator';
import { ClassType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

@InputType({ description: 'Which slice of a list to return.' })
export class PageInput {
  @Field(() => Int, { defaultValue: 0, description: 'How many items to skip.' })
  @Min(0)
  offset: number = 0;

  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items to return, 1-${MAX_PAGE_SIZE}.`,
  })
  @Min(1)
  @Max(MAX_PAGE_SIZE, { message: `limit must not be greater than ${MAX_PAGE_SIZE}` })
  limit: number = DEFAULT_PAGE_SIZE;
}

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, {
  name: 'SortOrder',
  description: 'Ascending or descending.',
  valuesConfig: {
    ASC: { description: 'Smallest or first in the alphabet first.' },
    DESC: { description: 'Largest or last in the alphabet first.' },
  },
});

export interface SortLike<F extends string = string> {
  field: F;
  order: SortOrder;
}

/** `{ items, total }` for one entity type, e.g. StationList. */
export function createListType<T extends object>(itemType: ClassType<T>, name: string) {
  @ObjectType(`${name}List`, { description: `A page of ${name} records and the total count.` })
  class ListType {
    @Field(() => [itemType], { description: 'The records of this page.' })
    items!: T[];

    @Field(() => Int, { description: 'How many records match the filter, over all pages.' })
    total!: number;
  }
  return ListType;
}

/** `{ field, order }` sort input with an enum of the sortable fields of one entity. */
export function createSortInput<E extends Record<string, string>>(
  name: string,
  fields: E,
  defaultField: E[keyof E],
) {
  const valuesConfig = Object.fromEntries(
    Object.keys(fields).map((key) => [
      key,
      { description: `Sort by ${key.toLowerCase().replace(/_/g, ' ')}.` },
    ]),
  ) as Partial<Record<keyof E, { description: string }>>;
  registerEnumType(fields, {
    name: `${name}SortField`,
    description: `Sortable ${name} fields.`,
    valuesConfig,
  });

  @InputType(`${name}Sort`, { description: `How to order ${name} records.` })
  class SortInput {
    @Field(() => fields, { defaultValue: defaultField, description: 'Field to sort by.' })
    field: E[keyof E] = defaultField;

    @Field(() => SortOrder, { defaultValue: SortOrder.ASC, description: 'Direction.' })
    order: SortOrder = SortOrder.ASC;
  }
  return SortInput;
}

export interface Page<T> {
  items: T[];
  total: number;
}
