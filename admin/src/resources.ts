/**
 * How each react-admin resource maps onto the GraphQL API. The resource name is the list query
 * (`stations`); the type name gives the rest by the API conventions: `station(id)`,
 * `createStation(input: CreateStationInput!)`, `updateStation(input: UpdateStationInput!)`,
 * `deleteStation(id)`, and the `StationFilter` / `StationSort` arguments of the list.
 */
export interface ResourceDefinition {
  /** GraphQL object type, e.g. "Station". */
  type: string;
  /** The one-record query when it is not the type in lower camel case. */
  single?: string;
  /**
   * Selection set of one record; must include `id` (and `version` when writable), and
   * `missingTranslations` where the type has it (the missing-Swedish flag reads it).
   */
  fields: string;
  /** react-admin sort field (a `source`) -> value of the `<Type>SortField` enum. */
  sortFields: Record<string, string>;
  /**
   * react-admin filter key -> the filter field it sets, or a function giving the fields. Keys not
   * listed are dropped, so that a stray form value never makes the query invalid.
   */
  filters: Record<string, string | ((value: unknown) => Record<string, unknown>)>;
  /** Fields that create and update may send; everything else in a record is read-only. */
  inputFields: string[];
  /** Of the input fields, those only create may send (update has no such field). */
  createOnlyFields?: string[];
  /**
   * Reference ids the form edits, read from the nested objects the API returns: `regionId` from
   * `region { id }`, `categoryIds` from `categories { id }`.
   */
  references?: Record<string, string>;
  /** Owner of a schedule: its hours are replaced with `set<Type>Schedule`. */
  hasSchedule?: boolean;
}

const LOCALIZED = '{ fi sv en }';
const ids = { ids: 'ids', q: 'q' };
const statusOf = (value: unknown) => ({ statuses: [value] });

export const resources = {
  regions: {
    type: 'Region',
    fields: `id version code name ${LOCALIZED}`,
    sortFields: { code: 'CODE', 'name.fi': 'NAME' },
    filters: { ...ids },
    inputFields: ['code', 'name'],
  },
  municipalities: {
    type: 'Municipality',
    fields: `id version code language name ${LOCALIZED} region { id name ${LOCALIZED} }`,
    sortFields: { code: 'CODE', 'name.fi': 'NAME' },
    filters: { ...ids, regionId: 'regionId', language: 'language' },
    inputFields: [],
    references: { regionId: 'region' },
  },
  stations: {
    type: 'Station',
    fields: `id version name ${LOCALIZED} active operatorKind streetAddress postalCode postOffice
      phone latitude longitude languages source accessibility ${LOCALIZED}
      municipality { id language name ${LOCALIZED} } region { id name ${LOCALIZED} }
      operator { id name ${LOCALIZED} } hoursSummary ${LOCALIZED} missingTranslations updatedAt`,
    sortFields: {
      'name.fi': 'NAME',
      'municipality.name.fi': 'MUNICIPALITY',
      updatedAt: 'UPDATED_AT',
    },
    filters: {
      ...ids,
      regionId: 'regionId',
      municipalityId: 'municipalityId',
      active: 'active',
      operatorKind: 'operatorKind',
    },
    inputFields: [
      'name',
      'municipalityId',
      'streetAddress',
      'postalCode',
      'postOffice',
      'phone',
      'latitude',
      'longitude',
      'accessibility',
      'languages',
      'operatorKind',
      'operatorId',
      'active',
      'source',
    ],
    references: { municipalityId: 'municipality', regionId: 'region', operatorId: 'operator' },
    hasSchedule: true,
  },
  servicesAtStations: {
    type: 'ServiceAtStation',
    fields: `id version active notes ${LOCALIZED} hoursSummary ${LOCALIZED} missingTranslations
      updatedAt service { id name ${LOCALIZED} }
      station { id name ${LOCALIZED} region { id } municipality { id language } }`,
    sortFields: { updatedAt: 'UPDATED_AT' },
    filters: { ...ids, stationId: 'stationId', serviceId: 'serviceId', active: 'active' },
    inputFields: ['serviceId', 'stationId', 'notes', 'active'],
    createOnlyFields: ['serviceId', 'stationId'],
    references: { serviceId: 'service', stationId: 'station' },
    hasSchedule: true,
  },
  counsellors: {
    type: 'Counsellor',
    fields: `id version name title ${LOCALIZED} phone email languages consultationChannels active
      source region { id name ${LOCALIZED} } updatedAt`,
    sortFields: { name: 'NAME', updatedAt: 'UPDATED_AT' },
    filters: { ...ids, regionId: 'regionId', stationId: 'stationId', active: 'active' },
    inputFields: [
      'name',
      'title',
      'regionId',
      'phone',
      'email',
      'languages',
      'consultationChannels',
      'active',
      'source',
    ],
    references: { regionId: 'region' },
  },
  receptions: {
    type: 'Reception',
    fields: `id version active modes targetGroups free source bookingInstructions ${LOCALIZED}
      notes ${LOCALIZED} hoursSummary ${LOCALIZED} missingTranslations createdAt
      counsellor { id name }
      station { id name ${LOCALIZED} region { id } municipality { id language } }`,
    sortFields: {
      'counsellor.name': 'COUNSELLOR',
      'station.name.fi': 'STATION',
      createdAt: 'CREATED_AT',
    },
    filters: {
      ...ids,
      regionId: 'regionId',
      municipalityId: 'municipalityId',
      stationId: 'stationId',
      counsellorId: 'counsellorId',
      active: 'active',
    },
    inputFields: [
      'counsellorId',
      'stationId',
      'modes',
      'targetGroups',
      'free',
      'bookingInstructions',
      'notes',
      'active',
      'source',
    ],
    references: { counsellorId: 'counsellor', stationId: 'station' },
    hasSchedule: true,
  },
  serviceCategories: {
    type: 'ServiceCategory',
    fields: `id version code name ${LOCALIZED} description ${LOCALIZED} parent { id name ${LOCALIZED} }`,
    sortFields: { code: 'CODE', 'name.fi': 'NAME' },
    filters: { ...ids, parentId: 'parentId', rootsOnly: 'rootsOnly' },
    inputFields: ['code', 'name', 'description', 'parentId'],
    references: { parentId: 'parent' },
  },
  services: {
    type: 'Service',
    fields: `id version name ${LOCALIZED} description ${LOCALIZED} cost ${LOCALIZED} sector status
      area free accessModes targetGroups languages minAge maxAge phone email website lastVerified
      source updatedAt missingTranslations organization { id name ${LOCALIZED} kind }
      region { id name ${LOCALIZED} }
      categories { id name ${LOCALIZED} } municipalities { id language name ${LOCALIZED} }`,
    sortFields: { 'name.fi': 'NAME', lastVerified: 'LAST_VERIFIED', updatedAt: 'UPDATED_AT' },
    filters: {
      ...ids,
      regionId: 'regionId',
      municipalityId: 'municipalityId',
      organizationId: 'organizationId',
      categoryId: (value) => ({ categoryIds: [value] }),
      status: statusOf,
      sector: (value) => ({ sectors: [value] }),
    },
    inputFields: [
      'name',
      'organizationId',
      'sector',
      'status',
      'categoryIds',
      'area',
      'regionId',
      'municipalityIds',
      'description',
      'cost',
      'free',
      'accessModes',
      'targetGroups',
      'languages',
      'minAge',
      'maxAge',
      'phone',
      'email',
      'website',
      'lastVerified',
      'source',
    ],
    references: {
      organizationId: 'organization',
      regionId: 'region',
      categoryIds: 'categories',
      municipalityIds: 'municipalities',
    },
  },
  organizations: {
    type: 'Organization',
    fields: `id version name ${LOCALIZED} description ${LOCALIZED} kind phone email website
      verifiedAt source region { id name ${LOCALIZED} } missingTranslations updatedAt`,
    sortFields: { 'name.fi': 'NAME', kind: 'KIND', verifiedAt: 'VERIFIED_AT' },
    filters: { ...ids, regionId: 'regionId', kind: (value) => ({ kinds: [value] }) },
    inputFields: [
      'name',
      'kind',
      'regionId',
      'description',
      'phone',
      'email',
      'website',
      'verifiedAt',
      'source',
    ],
    references: { regionId: 'region' },
  },
  users: {
    type: 'User',
    fields: `id version email name role active lastLoginAt region { id name ${LOCALIZED} }
      counsellor { id name }`,
    sortFields: { email: 'EMAIL', name: 'NAME', role: 'ROLE', lastLoginAt: 'LAST_LOGIN_AT' },
    filters: { ...ids, role: 'role', regionId: 'regionId', active: 'active' },
    // The password is write-only: set on create, changed on update only when typed.
    inputFields: ['email', 'name', 'role', 'regionId', 'counsellorId', 'active', 'password'],
    references: { regionId: 'region', counsellorId: 'counsellor' },
  },
  auditEvents: {
    type: 'AuditEvent',
    fields: 'id at actorEmail action entityType entityId changes',
    sortFields: {},
    filters: {
      entityType: 'entityType',
      entityId: 'entityId',
      action: 'action',
      regionId: 'regionId',
    },
    inputFields: [],
  },
} satisfies Record<string, ResourceDefinition>;

export type ResourceName = keyof typeof resources;

export function resourceDefinition(resource: string): ResourceDefinition {
  if (!Object.hasOwn(resources, resource)) {
    throw new Error(`The console knows no resource "${resource}"`);
  }
  return resources[resource as ResourceName];
}
