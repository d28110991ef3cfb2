import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { likePattern } from '../../common/filter';
import { Reception } from '../counsellor/reception.entity';
import { Organization } from '../organization/organization.entity';
import { ServiceAtStation } from '../service-catalogue/service-at-station.entity';
import { ServiceCategory } from '../service-catalogue/service-category.entity';
import { Service } from '../service-catalogue/service.entity';
import { ServiceSector, ServiceStatus } from '../service-catalogue/service.enums';
import { Station } from '../station/station.entity';
import type { Language } from './hsds.language';
import * as map from './hsds.mapper';
import type { ListParams, PageParams, ServiceListParams, TermListParams } from './hsds.params';
import type * as H from './hsds.types';

/** What the public may see: the same rules as the public directory. */
const PUBLIC_SERVICE: FilterQuery<Service> = { status: ServiceStatus.ACTIVE };
const PUBLIC_DELIVERY: FilterQuery<ServiceAtStation> = {
  active: true,
  station: { active: true },
  service: { status: ServiceStatus.ACTIVE },
};

/** A delivery with everything its full HSDS form shows, loaded in one query per list. */
const DELIVERY_POPULATE = [
  'schedule.rules',
  'station.municipality',
  'station.region',
  'station.schedule.rules',
] as const;

const byName = { name: { fi: 'asc' } } as const;

/**
 * Reads the public directory for the HSDS endpoints. Every answer costs a fixed number of queries
 * however many records it holds: lists are one count and one page query, and the nested parts of
 * a service are loaded for all its deliveries at once.
 */
export class HsdsService {
  constructor(
    private readonly em: EntityManager,
    private readonly language: Language,
  ) {}

  async services(params: ServiceListParams): Promise<H.HsdsPage<H.HsdsServiceListItem>> {
    const where: FilterQuery<Service>[] = [PUBLIC_SERVICE];
    if (params.search) where.push(textSearch(['name', 'description'], params.search));
    if (params.taxonomyTermId) where.push({ categories: { $some: { id: params.taxonomyTermId } } });
    if (params.organizationId) where.push({ organization: params.organizationId });
    if (params.modifiedAfter) where.push({ updatedAt: { $gte: params.modifiedAfter } });
    const total = await this.em.count(Service, { $and: where });
    const items = await this.pageOf(total, params, (limit, offset) =>
      this.em.find(
        Service,
        { $and: where },
        {
          populate: ['organization'],
          orderBy: [byName, { id: 'asc' }],
          limit,
          offset,
        },
      ),
    );
    return page(
      items.map((s) => map.serviceListItem(s, this.language)),
      total,
      params,
    );
  }

  async service(id: string): Promise<H.HsdsService | null> {
    const service = await this.em.findOne(
      Service,
      { $and: [{ id }, PUBLIC_SERVICE] },
      { populate: ['organization', 'categories', 'region', 'municipalities'] },
    );
    if (!service) return null;
    const deliveries = await this.deliveries({ service: id });
    const receptions = await this.receptionsOf(deliveries);
    return map.service(service, deliveries, receptions, this.language);
  }

  async serviceAtLocations(
    params: ServiceListParams,
  ): Promise<H.HsdsPage<H.HsdsServiceAtLocationListItem>> {
    const where: FilterQuery<ServiceAtStation>[] = [PUBLIC_DELIVERY];
    if (params.search) {
      const pattern = textSearch(['name'], params.search);
      where.push({
        $or: [{ service: pattern }, { station: pattern }],
      } as FilterQuery<ServiceAtStation>);
    }
    if (params.taxonomyTermId) {
      where.push({ service: { categories: { $some: { id: params.taxonomyTermId } } } });
    }
    if (params.organizationId) where.push({ service: { organization: params.organizationId } });
    if (params.modifiedAfter) where.push({ updatedAt: { $gte: params.modifiedAfter } });
    const total = await this.em.count(ServiceAtStation, { $and: where });
    const items = await this.pageOf(total, params, (limit, offset) =>
      this.em.find(
        ServiceAtStation,
        { $and: where },
        {
          populate: ['station'],
          orderBy: [{ service: byName }, { station: byName }, { id: 'asc' }],
          limit,
          offset,
        },
      ),
    );
    return page(
      items.map((d) => map.serviceAtLocationListItem(d, this.language)),
      total,
      params,
    );
  }

  async serviceAtLocation(id: string): Promise<H.HsdsServiceAtLocation | null> {
    const [delivery] = await this.deliveries({ id });
    if (!delivery) return null;
    const receptions = await this.receptionsOf([delivery]);
    return map.serviceAtLocation(delivery, receptions.get(delivery.id) ?? [], this.language);
  }

  async organizations(params: ListParams): Promise<H.HsdsPage<H.HsdsOrganizationBase>> {
    const where: FilterQuery<Organization> = params.search
      ? textSearch(['name'], params.search)
      : {};
    const total = await this.em.count(Organization, where);
    const items = await this.pageOf(total, params, (limit, offset) =>
      this.em.find(Organization, where, { orderBy: [byName, { id: 'asc' }], limit, offset }),
    );
    return page(
      items.map((o) => map.organizationBase(o, this.language)),
      total,
      params,
    );
  }

  /** An organization with the active stations it operates as its locations. */
  async organization(id: string): Promise<H.HsdsOrganization | null> {
    const organization = await this.em.findOne(Organization, { id });
    if (!organization) return null;
    const stations = await this.em.find(
      Station,
      { operator: id, active: true },
      { populate: ['municipality', 'region', 'schedule.rules'], orderBy: [byName, { id: 'asc' }] },
    );
    return map.organization(organization, stations, this.language);
  }

  taxonomies(params: ListParams): H.HsdsPage<H.HsdsTaxonomy> {
    const all = [map.taxonomy(this.language)];
    const offset = (params.page - 1) * params.perPage;
    return page(all.slice(offset, offset + params.perPage), all.length, params);
  }

  taxonomy(id: string): H.HsdsTaxonomy | null {
    return id === map.TAXONOMY_ID ? map.taxonomy(this.language) : null;
  }

  async taxonomyTerms(params: TermListParams): Promise<H.HsdsPage<H.HsdsTaxonomyTerm>> {
    const where: FilterQuery<ServiceCategory>[] = [];
    // Only one taxonomy: asking for another one finds nothing.
    if (params.taxonomyId && params.taxonomyId !== map.TAXONOMY_ID) return page([], 0, params);
    if (params.search) {
      const condition = textSearch(['name'], params.search) as { $or: object[] };
      where.push({ $or: [...condition.$or, { code: { $ilike: likePattern(params.search) } }] });
    }
    if (params.parentId) where.push({ parent: params.parentId });
    const all = where.length ? { $and: where } : {};
    const total = await this.em.count(ServiceCategory, all);
    const items = await this.pageOf(total, params, (limit, offset) =>
      this.em.find(ServiceCategory, all, { orderBy: { code: 'asc' }, limit, offset }),
    );
    return page(
      items.map((c) => map.taxonomyTerm(c, this.language)),
      total,
      params,
    );
  }

  async taxonomyTerm(id: string): Promise<H.HsdsTaxonomyTerm | null> {
    const category = await this.em.findOne(ServiceCategory, { id });
    return category ? map.taxonomyTerm(category, this.language, true) : null;
  }

  /** The page's records, without asking the database for a page past the end. */
  private async pageOf<T>(
    total: number,
    params: PageParams,
    load: (limit: number, offset: number) => Promise<T[]>,
  ): Promise<T[]> {
    const offset = (params.page - 1) * params.perPage;
    return offset < total ? load(params.perPage, offset) : [];
  }

  private deliveries(where: FilterQuery<ServiceAtStation>): Promise<ServiceAtStation[]> {
    return this.em.find(
      ServiceAtStation,
      { $and: [where, PUBLIC_DELIVERY] },
      {
        populate: DELIVERY_POPULATE,
        orderBy: [{ station: byName }, { id: 'asc' }],
      },
    );
  }

  /**
   * The public receptions at these deliveries' stations, keyed by the delivery they belong to.
   * A reception has no link to a catalogue service of its own: it is the counsellor guidance of
   * the station, so it goes to that station's public-sector service of the counsellor's region
   * (the oldest one, should there be several). A reception with no such service at its station is
   * not published here; the GraphQL API still has it.
   */
  private async receptionsOf(deliveries: ServiceAtStation[]): Promise<Map<string, Reception[]>> {
    const result = new Map<string, Reception[]>();
    const stationIds = [...new Set(deliveries.map((d) => d.station.id))];
    if (stationIds.length === 0) return result;
    const receptions = await this.em.find(
      Reception,
      { station: { $in: stationIds }, active: true, counsellor: { active: true } },
      {
        populate: ['counsellor', 'schedule.rules'],
        orderBy: [{ counsellor: { name: 'asc' } }, { id: 'asc' }],
      },
    );
    if (receptions.length === 0) return result;
    const candidates = await this.em.find(
      ServiceAtStation,
      {
        station: { $in: stationIds },
        active: true,
        service: { status: ServiceStatus.ACTIVE, sector: ServiceSector.PUBLIC },
      },
      { populate: ['service'] },
    );
    const shown = new Set(deliveries.map((d) => d.id));
    for (const reception of receptions) {
      const delivery = guidanceDelivery(candidates, reception);
      if (!delivery || !shown.has(delivery.id)) continue;
      result.set(delivery.id, [...(result.get(delivery.id) ?? []), reception]);
    }
    return result;
  }
}

/** The delivery a reception belongs to (see receptionsOf), or none. */
export function guidanceDelivery(
  candidates: ServiceAtStation[],
  reception: Reception,
): ServiceAtStation | undefined {
  const region = reception.counsellor.getEntity().region.id;
  return candidates
    .filter((d) => d.station.id === reception.station.id)
    .map((d) => ({ d, s: d.service.getEntity() }))
    .filter(({ s }) => s.region?.id === region)
    .sort(
      (a, b) => a.s.createdAt.getTime() - b.s.createdAt.getTime() || a.s.id.localeCompare(b.s.id),
    )
    .at(0)?.d;
}

/** `{ $or: [{ name: { fi: { $ilike } } }, ...] }` over the localized fields given. */
function textSearch(fields: string[], search: string): { $or: object[] } {
  const pattern = { $ilike: likePattern(search) };
  return {
    $or: fields.flatMap((field) =>
      (['fi', 'sv', 'en'] as const).map((lang) => ({ [field]: { [lang]: pattern } })),
    ),
  };
}

function page<T>(contents: T[], total: number, params: PageParams): H.HsdsPage<T> {
  const totalPages = Math.max(1, Math.ceil(total / params.perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: params.page,
    size: contents.length,
    first_page: params.page === 1,
    last_page: params.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
