/** Domain records -> HSDS objects, in the language asked for. */
import type { Reception } from '../counsellor/reception.entity';
import type { Organization } from '../organization/organization.entity';
import type { ServiceAtStation } from '../service-catalogue/service-at-station.entity';
import type { ServiceCategory } from '../service-catalogue/service-category.entity';
import type { Service } from '../service-catalogue/service.entity';
import { ServiceArea } from '../service-catalogue/service.enums';
import type { Station } from '../station/station.entity';
import {
  derivedId,
  email,
  languages,
  optional,
  phone,
  sentence,
  webAddress,
  word,
} from './hsds.fields';
import { Language, localized } from './hsds.language';
import { location, locationBase } from './hsds.location';
import { scheduleData, toHsdsSchedules } from './hsds.schedule';
import type * as H from './hsds.types';
import {
  ACCESS_MODE_WORDS,
  ORGANIZATION_KIND_WORDS,
  TARGET_GROUP_WORDS,
  WORDS,
} from './hsds.words';

/** The one taxonomy: Tukiverkko's topic categories. */
export const TAXONOMY_ID = derivedId('taxonomy', 'tukiverkko-topics');

export function organizationBase(org: Organization, l: Language): H.HsdsOrganizationBase {
  const kind = word(ORGANIZATION_KIND_WORDS, org.kind, l);
  return {
    id: org.id,
    name: localized(org.name, l) ?? '',
    // Required by HSDS; an organization without one is described by its kind.
    description: localized(org.description, l) ?? kind,
    ...email(org.email),
    ...optional('website', webAddress(org.website)),
    legal_status: kind,
  };
}

export function organization(org: Organization, stations: Station[], l: Language) {
  const result: H.HsdsOrganization = {
    ...organizationBase(org, l),
    phones: phone({ organization_id: org.id }, org.phone),
    locations: stations.map((station) => location(station, l)),
  };
  return result;
}

export function taxonomy(l: Language): H.HsdsTaxonomy {
  return {
    id: TAXONOMY_ID,
    name: WORDS.taxonomyName[l],
    description: WORDS.taxonomyDescription[l],
  };
}

export function taxonomyTerm(category: ServiceCategory, l: Language, detail = false) {
  const name = localized(category.name, l) ?? category.code;
  const term: H.HsdsTaxonomyTerm = {
    id: category.id,
    code: category.code,
    name,
    description: localized(category.description, l) ?? name,
    ...optional('parent_id', category.parent?.id),
    taxonomy: WORDS.taxonomyName[l],
    taxonomy_id: TAXONOMY_ID,
    language: l,
    ...(detail ? { taxonomy_detail: taxonomy(l) } : {}),
  };
  return term;
}

/** Target groups and age range in words; the ages are also minimum_age / maximum_age. */
function eligibility(service: Service, l: Language): string | undefined {
  const groups = service.targetGroups.map((g) => word(TARGET_GROUP_WORDS, g, l));
  const min = service.minAge ?? null;
  const max = service.maxAge ?? null;
  const parts = [
    ...(groups.length ? [`${WORDS.targetGroups[l]}: ${groups.join(', ')}.`] : []),
    ...(min !== null || max !== null ? [`${WORDS.ages(min, max)[l]}.`] : []),
  ];
  return parts.length ? parts.join(' ') : undefined;
}

export function serviceListItem(service: Service, l: Language): H.HsdsServiceListItem {
  return {
    id: service.id,
    organization_id: service.organization.id,
    name: localized(service.name, l) ?? '',
    ...optional('description', localized(service.description, l)),
    ...optional('url', webAddress(service.website)),
    ...email(service.email),
    status: 'active',
    ...optional(
      'application_process',
      sentence(service.accessModes.map((m) => word(ACCESS_MODE_WORDS, m, l))),
    ),
    ...optional(
      'fees_description',
      localized(service.cost, l) ?? (service.free ? WORDS.free[l] : undefined),
    ),
    ...optional('eligibility_description', eligibility(service, l)),
    ...optional('minimum_age', service.minAge),
    ...optional('maximum_age', service.maxAge),
    ...optional('assured_date', service.lastVerified),
    last_modified: service.updatedAt.toISOString(),
    organization: organizationBase(service.organization.getEntity(), l),
  };
}

function serviceAreas(service: Service, l: Language): H.HsdsServiceArea[] {
  const area = (key: string, name: string | undefined) =>
    name ? [{ id: derivedId('service-area', service.id, key), service_id: service.id, name }] : [];
  switch (service.area) {
    case ServiceArea.NATIONAL:
      return area('national', WORDS.national[l]);
    case ServiceArea.REGION:
      return area('region', localized(service.region?.getEntity().name, l));
    case ServiceArea.MUNICIPALITIES:
      return service.municipalities.getItems().flatMap((m) => area(m.code, localized(m.name, l)));
    default:
      // Delivered only at its stations: the service_at_locations say where.
      return [];
  }
}

/** The full service: `receptions` are the counsellor receptions attached to each delivery. */
export function service(
  service: Service,
  deliveries: ServiceAtStation[],
  receptions: Map<string, Reception[]>,
  l: Language,
): H.HsdsService {
  const categories = [...service.categories.getItems()].sort((a, b) =>
    a.code.localeCompare(b.code),
  );
  return {
    ...serviceListItem(service, l),
    phones: phone({ service_id: service.id }, service.phone),
    service_areas: serviceAreas(service, l),
    service_at_locations: deliveries.map((d) =>
      serviceAtLocation(d, receptions.get(d.id) ?? [], l),
    ),
    languages: languages(service.languages, { service_id: service.id }, l),
    cost_options: service.free
      ? [
          {
            id: derivedId('cost', service.id),
            service_id: service.id,
            option: WORDS.free[l],
            currency: 'EUR',
            amount: 0,
          },
        ]
      : [],
    attributes: categories.map((category) => ({
      id: derivedId('attribute', service.id, category.id),
      link_id: service.id,
      link_type: 'topic',
      link_entity: 'service',
      taxonomy_term_id: category.id,
      taxonomy_term: taxonomyTerm(category, l),
    })),
  };
}

function serviceAtLocationBase(sal: ServiceAtStation, l: Language): H.HsdsServiceAtLocationBase {
  return {
    id: sal.id,
    service_id: sal.service.id,
    location_id: sal.station.id,
    ...optional('description', localized(sal.notes, l)),
  };
}

export function serviceAtLocationListItem(sal: ServiceAtStation, l: Language) {
  const item: H.HsdsServiceAtLocationListItem = {
    ...serviceAtLocationBase(sal, l),
    location: locationBase(sal.station.getEntity(), l),
  };
  return item;
}

/**
 * A delivery at a station with its own hours and, as further schedules and contacts of the same
 * delivery, the receptions of the counsellors who give that service there.
 */
export function serviceAtLocation(
  sal: ServiceAtStation,
  receptions: Reception[],
  l: Language,
): H.HsdsServiceAtLocation {
  const link = { service_id: sal.service.id, service_at_location_id: sal.id };
  const own = sal.schedule?.getEntity();
  const contacts = new Map<string, H.HsdsContact>();
  const schedules = toHsdsSchedules(own ? scheduleData(own) : null, link, l);
  for (const reception of receptions) {
    const counsellor = reception.counsellor.getEntity();
    const title = localized(counsellor.title, l);
    const who =
      title && !counsellor.name.toLowerCase().includes(title.toLowerCase())
        ? `${counsellor.name}, ${title}`
        : counsellor.name;
    const contactId = derivedId('contact', sal.id, counsellor.id);
    contacts.set(contactId, {
      id: contactId,
      service_at_location_id: sal.id,
      name: counsellor.name,
      ...optional('title', title),
      ...email(counsellor.email),
      phones: phone({ contact_id: contactId }, counsellor.phone),
    });
    const groups = reception.targetGroups.map((g) => word(TARGET_GROUP_WORDS, g, l));
    const schedule = reception.schedule?.getEntity();
    schedules.push(
      ...toHsdsSchedules(schedule ? scheduleData(schedule) : null, link, l, {
        lead: who,
        attendingType: [
          sentence(reception.modes.map((m) => word(ACCESS_MODE_WORDS, m, l))),
          localized(reception.bookingInstructions, l),
        ]
          .filter(Boolean)
          .join(' '),
        notes: [
          groups.length ? `${WORDS.targetGroups[l]}: ${groups.join(', ')}.` : '',
          localized(reception.notes, l) ?? '',
        ]
          .filter(Boolean)
          .join(' '),
        idWhenNoHours: reception.id,
      }),
    );
  }
  return {
    ...serviceAtLocationBase(sal, l),
    contacts: [...contacts.values()],
    schedules,
    location: location(sal.station.getEntity(), l),
  };
}
