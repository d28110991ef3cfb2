/**
 * How each react-admin resource maps onto the GraphQL API. The resource name is the list query
 * (`regions`); the type name gives the rest by the API conventions: `region(id)`,
 * `createRegion(input: CreateRegionInput!)`, `updateRegion(input: UpdateRegionInput!)`,
 * `deleteRegion(id)`, and the `RegionFilter` / `RegionSort` arguments of the list.
 */
export interface ResourceDefinition {
  /** GraphQL object type, e.g. "Region". */
  type: string;
  /** Selection set of one record; must include `id` and `version`. */
  fields: string;
  /** react-admin sort field (a `source`) -> value of the `<Type>SortField` enum. */
  sortFields: Record<string, string>;
  /** Fields that create and update may send; everything else in a record is read-only. */
  inputFields: string[];
}

export const resources = {
  regions: {
    type: 'Region',
    fields: 'id version code name { fi sv en }',
    sortFields: { code: 'CODE', name: 'NAME', 'name.fi': 'NAME' },
    inputFields: ['code', 'name'],
  },
} satisfies Record<string, ResourceDefinition>;

export type ResourceName = keyof typeof resources;

export function resourceDefinition(resource: string): ResourceDefinition {
  if (!Object.hasOwn(resources, resource)) {
    throw new Error(`The console knows no resource "${resource}"`);
  }
  return resources[resource as ResourceName];
}
