/**
 * The HSDS 3.0 objects this API emits: the subset of each schema's fields that Tukiverkko has data
 * for, with the schema's own names (reference/hsds-3.0/*.json). Optional fields are left out of
 * the JSON when there is nothing to say, rather than sent as null: the schemas do not allow null.
 */

export interface HsdsPhone {
  id: string;
  number: string;
  location_id?: string;
  service_id?: string;
  organization_id?: string;
  contact_id?: string;
  type?: string;
}

export interface HsdsLanguage {
  id: string;
  service_id?: string;
  location_id?: string;
  name: string;
  code: string;
}

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  version?: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  parent_id?: string;
  taxonomy: string;
  taxonomy_id: string;
  language: string;
  taxonomy_detail?: HsdsTaxonomy;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: string;
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
}

export interface HsdsSchedule {
  id: string;
  service_id?: string;
  location_id?: string;
  service_at_location_id?: string;
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  wkst?: 'MO';
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  description: string;
  attending_type?: string;
  notes: string;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical';
}

export interface HsdsAccessibility {
  id: string;
  location_id: string;
  description: string;
}

/** A location's one-to-one fields, as nested in the list of services at locations. */
export interface HsdsLocationBase {
  id: string;
  location_type: 'physical';
  organization_id?: string;
  name: string;
  latitude?: number;
  longitude?: number;
}

export interface HsdsLocation extends HsdsLocationBase {
  languages: HsdsLanguage[];
  addresses: HsdsAddress[];
  accessibility: HsdsAccessibility[];
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
}

export interface HsdsContact {
  id: string;
  service_at_location_id: string;
  name: string;
  title?: string;
  email?: string;
  phones: HsdsPhone[];
}

export interface HsdsServiceAtLocationBase {
  id: string;
  service_id: string;
  location_id: string;
  description?: string;
}

export interface HsdsServiceAtLocationListItem extends HsdsServiceAtLocationBase {
  location: HsdsLocationBase;
}

export interface HsdsServiceAtLocation extends HsdsServiceAtLocationBase {
  contacts: HsdsContact[];
  schedules: HsdsSchedule[];
  location: HsdsLocation;
}

export interface HsdsOrganizationBase {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  legal_status: string;
}

export interface HsdsOrganization extends HsdsOrganizationBase {
  phones: HsdsPhone[];
  locations: HsdsLocation[];
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  extent_type?: string;
}

export interface HsdsCostOption {
  id: string;
  service_id: string;
  option: string;
  currency: 'EUR';
  amount: number;
}

/** A service's one-to-one fields: what the paged /services list carries (compiled service_list). */
export interface HsdsServiceListItem {
  id: string;
  organization_id: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status: 'active';
  application_process?: string;
  fees_description?: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  last_modified: string;
  organization: HsdsOrganizationBase;
}

export interface HsdsService extends HsdsServiceListItem {
  phones: HsdsPhone[];
  service_areas: HsdsServiceArea[];
  service_at_locations: HsdsServiceAtLocation[];
  languages: HsdsLanguage[];
  cost_options: HsdsCostOption[];
  attributes: HsdsAttribute[];
}

/** The paging envelope of every list (the `Page` schema of the HSDS OpenAPI description). */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}
