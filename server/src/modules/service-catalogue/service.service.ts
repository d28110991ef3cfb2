import { QueryOrder, ref } from '@mikro-orm/core';
import type { Collection, EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { regional, thirdSector, type WriteScope } from '../../common/authorization';
import { CrudService, countLabel, throwIfAny } from '../../common/crud.service';
import { BadUserInputError, FieldErrors } from '../../common/errors';
import { toLocalizedText } from '../../common/localized-text';
import { ZONE } from '../../common/scalars';
import type { PageInput, SortLike } from '../../common/list';
import type { NearInput } from '../directory/geo';
import { narrowedTo, servicesOpenAt } from '../directory/open-at';
import { inCategories, nearestFirst, serviceSearchConditions } from '../directory/search';
import { Organization } from '../organization/organization.entity';
import { Municipality } from '../region/municipality.entity';
import { Region } from '../region/region.entity';
import { ServiceAtStation } from './service-at-station.entity';
import { ServiceCategory } from './service-category.entity';
import { Service } from './service.entity';
import { ServiceArea, ServiceSector } from './service.enums';
import {
  CreateServiceInput,
  ServiceFilter,
  ServiceSortField,
  UpdateServiceInput,
} from './service.inputs';

type ServiceInput = CreateServiceInput | UpdateServiceInput;

/** Fields that may be omitted from an update but never cleared with null. */
const NOT_CLEARABLE = ['name', 'organizationId', 'sector', 'languages', 'free', 'area', 'status'];

export class ServiceService extends CrudService<
  Service,
  CreateServiceInput,
  UpdateServiceInput,
  ServiceFilter
> {
  protected readonly entity = Service;
  protected readonly label = 'Service';
  protected readonly searchPaths = ['name.fi', 'name.sv', 'name.en', 'description.fi'];

  protected where(filter: ServiceFilter): FilterQuery<Service>[] {
    const conditions: FilterQuery<Service>[] = [];
    const f = filter;
    if (f.organizationId) conditions.push({ organization: f.organizationId });
    if (f.categoryIds) conditions.push({ categories: { $some: { id: { $in: f.categoryIds } } } });
    if (f.categoryCodes) {
      conditions.push({ categories: { $some: inCategories(f.categoryCodes) } });
    }
    if (f.sectors) conditions.push({ sector: { $in: f.sectors } });
    if (f.statuses) conditions.push({ status: { $in: f.statuses } });
    if (f.regionId) conditions.push({ region: f.regionId });
    if (f.municipalityId) conditions.push({ municipalities: { $some: { id: f.municipalityId } } });
    if (f.accessModes) conditions.push({ accessModes: { $overlap: f.accessModes } });
    if (f.languages) conditions.push({ languages: { $overlap: f.languages } });
    conditions.push(...serviceSearchConditions(f));
    this.near = f.near ?? null;
    return conditions;
  }

  /** The point of the filter being listed: services delivered nearest come first. */
  private near: NearInput | null = null;

  /** "Open at" needs the opening-hours engine: resolved to ids before the list query. */
  override async list(
    filter?: ServiceFilter | null,
    sort?: SortLike | null,
    page?: PageInput | null,
  ) {
    const open = filter?.openAt ? await servicesOpenAt(this.em, filter.openAt) : null;
    return super.list(open && filter ? narrowedTo(filter, open) : filter, sort, page);
  }

  protected orderBy(field: string, order: 'asc' | 'desc'): QueryOrderMap<Service> {
    return nearestFirst(this.near, 'service', this.sortOrder(field, order));
  }

  private sortOrder(field: string, order: 'asc' | 'desc'): QueryOrderMap<Service> {
    switch (field) {
      case ServiceSortField.LAST_VERIFIED:
        // Never-verified services go last in both directions.
        return {
          lastVerified: order === 'asc' ? QueryOrder.ASC_NULLS_LAST : QueryOrder.DESC_NULLS_LAST,
        };
      case ServiceSortField.UPDATED_AT:
        return { updatedAt: order };
      default:
        return { name: { fi: order } };
    }
  }

  protected async apply(
    em: EntityManager,
    service: Service,
    input: ServiceInput,
    creating: boolean,
  ): Promise<void> {
    const fields: FieldErrors = {};
    for (const key of NOT_CLEARABLE) {
      if (input[key as keyof ServiceInput] === null) add(fields, key, `${key} cannot be cleared`);
    }
    if (input.lastVerified && input.lastVerified > DateTime.now().setZone(ZONE).toISODate()!) {
      add(fields, 'lastVerified', 'lastVerified must not be in the future');
    }
    const organization = input.organizationId
      ? await this.collect(
          fields,
          this.reference(em, Organization, input.organizationId, 'organizationId'),
        )
      : undefined;
    const region = input.regionId
      ? await this.collect(fields, this.reference(em, Region, input.regionId, 'regionId'))
      : undefined;
    const categories = input.categoryIds
      ? await this.references(em, ServiceCategory, input.categoryIds, 'categoryIds', fields)
      : undefined;
    const municipalities = input.municipalityIds
      ? await this.references(em, Municipality, input.municipalityIds, 'municipalityIds', fields)
      : undefined;
    throwIfAny(fields);

    if (input.name) service.name = toLocalizedText(input.name);
    if (input.description !== undefined) service.description = localized(input.description);
    if (organization) service.organization = ref(organization);
    if (input.sector) service.sector = input.sector;
    if (input.categoryIds !== undefined) await replace(service.categories, categories ?? []);
    if (input.targetGroups !== undefined) service.targetGroups = trimmed(input.targetGroups);
    if (input.minAge !== undefined) service.minAge = input.minAge;
    if (input.maxAge !== undefined) service.maxAge = input.maxAge;
    if (input.languages) service.languages = [...new Set(input.languages)];
    if (input.cost !== undefined) service.cost = localized(input.cost);
    if (input.free != null) service.free = input.free;
    if (input.accessModes !== undefined) service.accessModes = [...new Set(input.accessModes)];
    if (input.phone !== undefined) service.phone = input.phone?.trim() || null;
    if (input.email !== undefined) service.email = input.email?.trim() || null;
    if (input.website !== undefined) service.website = input.website?.trim() || null;
    if (input.area) service.area = input.area;
    if (input.regionId !== undefined) service.region = region ? ref(region) : null;
    if (input.municipalityIds !== undefined) {
      await replace(service.municipalities, municipalities ?? []);
    }
    if (input.status) service.status = input.status;
    if (input.lastVerified !== undefined) service.lastVerified = input.lastVerified;
    if (input.source !== undefined) service.source = input.source?.trim() || null;
    // A change of only the categories or municipalities must still bump the version.
    if (!creating) service.updatedAt = new Date();

    await this.checkRules(service, municipalities, creating, fields);
    throwIfAny(fields);
  }

  /** Rules across fields, checked on the values the service will have after the write. */
  private async checkRules(
    service: Service,
    municipalities: Municipality[] | undefined,
    creating: boolean,
    fields: FieldErrors,
  ): Promise<void> {
    if (service.minAge != null && service.maxAge != null && service.minAge > service.maxAge) {
      add(fields, 'maxAge', 'maxAge must not be less than minAge');
    }
    if (service.area === ServiceArea.REGION && !service.region) {
      add(fields, 'regionId', 'regionId is required when area is REGION');
    }
    if (service.area === ServiceArea.MUNICIPALITIES) {
      const count = municipalities
        ? municipalities.length
        : creating
          ? 0
          : await service.municipalities.loadCount();
      if (count === 0) {
        add(fields, 'municipalityIds', 'at least one municipality is required for MUNICIPALITIES');
      }
    }
  }

  /**
   * The service's region, or its provider's when it has none (neither: a national service);
   * THIRD_SECTOR services are kept by the region's counsellors too.
   */
  protected async scopeOf(_em: EntityManager, service: Service): Promise<WriteScope> {
    const regionId = service.region?.id ?? (await service.organization.loadOrFail()).region?.id;
    return service.sector === ServiceSector.THIRD_SECTOR
      ? thirdSector(regionId)
      : regional(regionId);
  }

  protected async dependents(em: EntityManager, service: Service): Promise<string[]> {
    const deliveries = await em.count(ServiceAtStation, { service });
    return countLabel(deliveries, 'station', 'stations');
  }

  /** Awaits a reference lookup, moving its field error into `fields` instead of throwing. */
  private async collect<R>(fields: FieldErrors, lookup: Promise<R>): Promise<R | undefined> {
    try {
      return await lookup;
    } catch (error) {
      if (!(error instanceof BadUserInputError)) throw error;
      Object.assign(fields, error.extensions.fields as FieldErrors);
      return undefined;
    }
  }

  /** Loads every referenced record in one query; names the missing ids under `field`. */
  private async references<R extends { id: string }>(
    em: EntityManager,
    type: EntityClass<R>,
    ids: string[],
    field: string,
    fields: FieldErrors,
  ): Promise<R[]> {
    const unique = [...new Set(ids)];
    const found = unique.length
      ? await em.find(type, { id: { $in: unique } } as unknown as FilterQuery<R>)
      : [];
    const missing = unique.filter((id) => !found.some((record) => record.id === id));
    if (missing.length) add(fields, field, `no such record: ${missing.join(', ')}`);
    return found;
  }
}

function add(fields: FieldErrors, field: string, message: string): void {
  (fields[field] ??= []).push(message);
}

/**
 * Replaces a collection's items. Loads it first: `set()` on an unloaded collection compares with
 * nothing, so setting it to empty would not delete the stored links.
 */
async function replace<T extends object>(collection: Collection<T>, items: T[]): Promise<void> {
  if (!collection.isInitialized()) await collection.init();
  collection.set(items);
}

function localized(input: CreateServiceInput['cost']) {
  return input ? toLocalizedText(input) : null;
}

function trimmed(values: string[] | null): string[] {
  return [...new Set((values ?? []).map((value) => value.trim()).filter(Boolean))];
}
